import { describe, expect, test } from 'vitest';
import { findNameRuns } from '../../../src/engine/actors/02-find-name-runs.ts';
import { findNumberedBodies, findNumberedNames, numberedNameSpan, numberedNameStart } from '../../../src/engine/actors/numbered-names.ts';
import { actorsOfParagraphs, byBlankLines, quotesOfLines, tokenizedParagraphs } from '../../support/engine-stages.ts';

const paragraphsOf = (article: string) => tokenizedParagraphs(byBlankLines(article));
const runsOf = (article: string): string[] => {
  const paragraphs = paragraphsOf(article);
  const forms = findNumberedNames(paragraphs);
  return paragraphs.flatMap((p) => findNameRuns(p, forms).map((r) => p.tokens.slice(r.first, r.last + 1).map((t) => t.text).join(' ')));
};
const names = (article: string): string[] => actorsOfParagraphs(article).map((a) => a.name);

describe('findNumberedNames', () => {
  test.each([
    ['speaks', 'Kestrel 7 said the tour would go ahead.', 'kestrel 7'],
    ['thanks, a verb of saying', 'Marlon 2000 thanked the crowd for coming.', 'marlon 2000'],
    ['owns a person', "Harbour 9's spokeswoman, Ann Vale, left.", 'harbour 9'],
    ['owns a show', "She spoke on Wave 3's Morning Hour.", 'wave 3'],
    ['is told', 'He told Metro 24 the plan was safe.', 'metro 24'],
    ['is cited with "according to"', 'According to Lumen 8, the vote was close.', 'lumen 8'],
    ['heads a body', 'The Drift 12 Project found the wreck.', 'drift 12'],
  ])('finds a form that %s', (_label, text, form) => {
    expect([...findNumberedNames(paragraphsOf(text))]).toEqual([form]);
  });

  test.each([
    ['a product that crashes', 'Windows 95 crashed twice.'],
    ['a craft that lands', 'Apollo 11 landed on the Moon.'],
    ['a date before a verb', 'On January 5 said no one anything.'],
    ['a treaty article cited', 'According to Article 50, the country may leave.'],
    ['a score', 'The team won 3-1 said the coach.'],
    ['a figure', 'Sales at Norvik 3.5 said little.'],
    ['a chapter that owns', "Chapter 11's rules apply."],
    ['a year after a function word', 'In 2016 said nothing.'],
  ])('finds no form in %s', (_label, text) => {
    expect([...findNumberedNames(paragraphsOf(text))]).toEqual([]);
  });
});

describe('findNumberedBodies', () => {
  test.each([
    ['a form that heads a body', 'The Drift 12 Project found the wreck.', ['drift 12']],
    ['a form that speaks', 'Kestrel 7 said the tour would go ahead.', []],
    ['a station', 'He works for Radio 4 News now.', ['radio 4']],
  ])('reads %s', (_label, text, forms) => {
    expect([...findNumberedBodies(paragraphsOf(text))]).toEqual(forms);
  });
});

describe('numberedNameSpan', () => {
  test.each([
    ['a station after an outlet', 'He spoke to BBC Radio 4 listeners.', 'BBC Radio 4'],
    ['a station alone', 'Tunes on Radio 2 are old.', 'Radio 2'],
    ['a station after an acronym', 'She works for RTE Radio 1 now.', 'RTE Radio 1'],
    ['a station after a connector', 'He hosts Homegrown on Radio 1 each week.', 'Radio 1'],
    ['a station after a capital that opens the question', 'Have Radio 2 listeners heard of them?', 'Radio 2'],
    ['a station with its possessive', "Radio 1's controller left.", 'Radio 1'],
    ['a known institution', 'Aides at Number 10 were angry.', 'Number 10'],
    ['a known outlet', 'The film aired on Channel 4 last night.', 'Channel 4'],
    ['a form the article lets speak, written elsewhere', 'Kestrel 7 said yes.\n\nFans of Kestrel 7 cheered.', 'Kestrel 7'],
    ['a form that heads a body', 'Divers of the Drift 12 Project sailed.', 'Drift 12 Project'],
  ])('joins %s', (_label, text, name) => {
    expect(runsOf(text)).toContain(name);
  });

  test.each([
    ['a product', 'Windows 95 was slow.', 'Windows'],
    ['a version after a part word that owns', "Series 3's finale aired.", 'Series'],
    ['a room', 'They met in Room 101 at noon.', 'Room'],
  ])('leaves the number out of %s', (_label, text, name) => {
    expect(runsOf(text)).toContain(name);
  });

  test('returns undefined when no number follows', () => {
    const [p] = paragraphsOf('Jane Roe spoke.');
    expect(numberedNameSpan(p!.tokens, 0, 1, new Set())).toBeUndefined();
  });
});

describe('numberedNameStart', () => {
  test.each([
    ['a known institution that opens with a number', 'He lives at 10 Downing Street now.', 3],
  ])('opens %s at the number', (_label, text, index) => {
    const [p] = paragraphsOf(text);
    expect(numberedNameStart(p!.tokens, index + 1, index + 2)).toBe(index);
  });

  test.each([
    ['a year before a party', 'In 2020 Republican Party members met.', 2],
    ['a year before a body', 'The 2008 US Senate race was close.', 2],
  ])('leaves out %s', (_label, text, first) => {
    const [p] = paragraphsOf(text);
    expect(numberedNameStart(p!.tokens, first, first + 1)).toBeUndefined();
  });
});

describe('names that end in a number, as actors and speakers', () => {
  test.each([
    ['a station that speaks', 'Radio 1 said the show would go on.', 'Radio 1'],
    ['the seat of government that speaks', 'Number 10 said an error was made.', 'Downing Street'],
    ['a body that heads its name', 'The Drift 12 Project announced the find on Sunday.', 'Drift 12 Project'],
    ['a person whose name ends in a number', 'Marlon 2000 thanked the crowd for coming.', 'Marlon 2000'],
    ['a person whose name ends in a number, written again later', 'Tickets sold out fast.\n\nLater Kavi 500 thanked fans. Kavi 500 has toured for years.', 'Kavi 500'],
  ])('finds %s', (_label, text, name) => {
    expect(names(text)).toContain(name);
  });

  test.each([
    ['a console', 'Sales of the PlayStation 2 rose, said Mia Hart.'],
    ['a craft', 'Apollo 11 landed in 1969.'],
    ['a law', 'Section 28 was repealed, Jo Bell said.'],
    ['a date', 'On January 5 the talks ended.'],
  ])('makes no actor of %s', (_label, text) => {
    expect(names(text).filter((n) => /\d/.test(n))).toEqual([]);
  });

  test.each([
    ['a partial quote after "thanked"', 'Marlon 2000 thanked fans "for coming out in the rain".', 'Marlon 2000'],
    ['a quote after "said"', '"We will be back next year," Kavi 500 said.', 'Kavi 500'],
  ])('a person whose name ends in a number is the speaker of %s', (_label, text, speaker) => {
    expect(quotesOfLines(text).map((q) => q.speaker)).toEqual([speaker]);
  });

  test('makes no person of the short form of a body, a common word and a number', () => {
    const actors = actorsOfParagraphs('The Deep 40 Project found the wreck in May.\n\nDeep 40 sailed to the site again.');
    expect(actors.filter((a) => a.kind === 'person').map((a) => a.name)).toEqual([]);
  });

  test('a station that speaks is the speaker of its quote', () => {
    const quotes = quotesOfLines('Radio 1 said the three hosts had "deep musical knowledge" of the genre.');
    expect(quotes.map((q) => q.speaker)).toEqual(['Radio 1']);
  });
});
