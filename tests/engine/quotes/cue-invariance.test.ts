/**
 * Cue invariance: the same speaker when the same thing is written slightly differently — a sentence adverb between
 * the subject and its verb of saying, another tense or an auxiliary, a passive frame ("was quoted as saying",
 * "is alleged to have said"), the owner of a document named as a modifier ("The WHO statement said"), a time phrase
 * between a document and its agent ("a statement on Monday by …"). News-shaped sentences written for these tests;
 * the last table runs the rewrites adverb and tense of src/cli/perturb/cues.ts on small articles and checks nothing moves.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';
import { perturbText, type Perturbation } from '../../../src/cli/perturb/cues.ts';

/** [quote text, speaker name, rule] of each quote of an article whose paragraphs are its lines. */
function quotesOf(article: string): [string, string | null, string | null][] {
  return quotesOfLines(article).map((q) => [q.text, q.speaker, q.speaker === null ? null : (q.rule ?? null)]);
}
/** [quote text, speaker name] of each quote. */
function speakersOf(article: string): [string, string | null][] {
  return quotesOfLines(article).map((q) => [q.text, q.speaker]);
}

type Row = [name: string, article: string, expected: [string, string | null][]];

describe('a sentence adverb between the subject and its verb of saying', () => {
  test.each<Row>([
    ['NAME meanwhile told: “Q”', 'Mayor Lena Fischer meanwhile told the council: “We will not close the library.”', [['We will not close the library.', 'Lena Fischer']]],
    ['“Q,” he meanwhile said', 'Coach Sean Brennan watched from the stand.\n“We were second best for an hour,” he meanwhile said.', [['We were second best for an hour,', 'Sean Brennan']]],
    ['NAME likewise said that “Q”', 'Farmer Tom Reyes likewise said the drought had been “the worst in living memory”.', [['the worst in living memory', 'Tom Reyes']]],
    ['NAME nevertheless insisted: “Q”', 'Minister Rana Mehmood nevertheless insisted: “The budget is balanced.”', [['The budget is balanced.', 'Rana Mehmood']]],
    ['NAME has since said “Q”', 'Chief executive Derek Holt has since said the plant was “never at risk”.', [['never at risk', 'Derek Holt']]],
    ['NAME afterwards told: “Q”', 'Goalkeeper Ana Ruiz afterwards told reporters: “I just guessed right.”', [['I just guessed right.', 'Ana Ruiz']]],
  ])('%s', (_name, article, expected) => {
    expect(speakersOf(article)).toEqual(expected);
  });
});

describe('an unnamed speaker with a sentence adverb before its verb is still found, and the adverb is no part of it', () => {
  test.each<Row>([
    ['critics meanwhile say', 'The council approved the tower. Critics meanwhile say the plan is “a giveaway to developers”.', [['a giveaway to developers', 'Critics']]],
    ['the judges later wrote', 'The jury retired for an hour. The judges later wrote that the film was “a triumph of patience”.', [['a triumph of patience', 'judges']]],
    ['One of the victims meanwhile said', 'Six died in the fire. One of the victims meanwhile said: “We had no warning at all.”', [['We had no warning at all.', 'One of the victims']]],
    ['a spokeswoman has said', 'The musical opens in May.\nA spokeswoman has said the plans were at a “very early stage”.', [['very early stage', 'spokeswoman']]],
    ['a spokesman meanwhile said', 'The musical opens in May.\nA spokesman meanwhile said the cast was “not yet chosen”.', [['not yet chosen', 'spokesman']]],
    ['another member of the board later says', 'The board met in May. Another member of the board later says she was told: “Keep your head down.”', [['Keep your head down.', 'Another member of the board']]],
  ])('%s', (_name, article, expected) => {
    expect(speakersOf(article)).toEqual(expected);
  });
});

describe('passive frames: the subject of "was quoted as saying", "is alleged to have said" speaks', () => {
  test.each<[string, string, [string, string | null, string | null][]]>([
    ['NAME was quoted as saying: “Q”', 'Union leader Gary Lutz was quoted as saying: “We will strike in March.”', [['We will strike in March.', 'Gary Lutz', 'passive-frame-subject']]],
    ['“Q,” NAME was quoted as saying', '“Not at this level,” coach Gary Price was quoted as saying.', [['Not at this level,', 'Gary Price', 'passive-frame-subject']]],
    ['“Q,” she was widely quoted as saying', 'Economist Claire Dubois spoke in Paris.\n“It is a gamble with savers’ money,” she was widely quoted as saying.', [['It is a gamble with savers’ money,', 'Claire Dubois', 'passive-frame-subject']]],
    ['NAME was reported as saying that “Q”', 'Senator Dale Whitcomb was reported as saying that the bill was “a land grab”.', [['a land grab', 'Dale Whitcomb', 'name-said-partial-quote']]],
    ['NAME is alleged to have said “Q”', 'Police chief Ivan Petrov is alleged to have said the protesters were “a rabble”.', [['a rabble', 'Ivan Petrov', 'name-said-partial-quote']]],
    ['NAME is understood to have told X that “Q”', 'Striker Omar Khalid is understood to have told the club that he was “ready to leave”.', [['ready to leave', 'Omar Khalid', 'name-said-partial-quote']]],
    // near misses: an active verb of quoting gives the words to its object, not to its subject
    ['OUTLET quoted NAME as saying: “Q” (the object speaks)', 'The Harbour Herald quoted Senator Ann Vale as saying: “This is over.”', [['This is over.', 'Ann Vale', 'name-said-before-quote']]],
  ])('%s', (_name, article, expected) => {
    expect(quotesOf(article)).toEqual(expected);
  });
});

describe('a document phrase: a body named as a modifier owns it; a time phrase may stand before its agent', () => {
  test.each<Row>([
    ['The ACRONYM statement also said: “Q”', 'The Harbour Rowing Federation (HRF) banned the boats on Monday.\nThe HRF statement also said: “Safety comes first.”', [['Safety comes first.', 'Harbour Rowing Federation']]],
    ['A ORG statement said “Q”', 'Dunmore Energy closed two mines.\nA Dunmore Energy statement said the mines were “no longer safe to work”.', [['no longer safe to work', 'Dunmore Energy']]],
    ['according to a statement on Monday by ORG', 'The clinic was shut, according to Dunmore Council.\n“It will reopen next year,” according to a statement on Monday by Dunmore Council.', [['It will reopen next year,', 'Dunmore Council']]],
    ['according to a tweet late on Tuesday night from NAME', 'Senator Ann Vale left the party.\n“I will sit as an independent,” according to a tweet late on Tuesday night from Ann Vale.', [['I will sit as an independent,', 'Ann Vale']]],
    // near misses: a modifier that is not a body, and a document with no owner, name nobody
    ['The June statement said “Q” (a month owns nothing)', 'The June statement said the plan was “on hold”.', [['on hold', null]]],
    ['A statement on Monday said “Q” (no owner)', 'A statement on Monday said the plan was “on hold”.', [['on hold', null]]],
  ])('%s', (_name, article, expected) => {
    expect(speakersOf(article)).toEqual(expected);
  });
});

describe('the perturbation check keeps quote texts and speakers', () => {
  test.each<[string, Perturbation, string, string]>([
    ['adverb before said', 'adverb', 'Ms Ward said it was “wrong”.', 'Ms Ward meanwhile said it was “wrong”.'],
    ['adverb, a quote with a verb inside left alone', 'adverb', '“Bob said no,” he said.', '“Bob said no,” he meanwhile said.'],
    ['tense of said', 'tense', 'Ms Ward said it was “wrong”.', 'Ms Ward has said it was “wrong”.'],
    ['tense of told', 'tense', 'Mr Hale told the BBC: “No.”', 'Mr Hale has told the BBC: “No.”'],
  ])('%s', (_name, kind, text, expected) => {
    expect(perturbText(text, kind).text).toBe(expected);
  });

  const articles = [
    'Mayor Lena Fischer opened the bridge on Monday.\nMs Fischer said: “This bridge joins two towns that needed each other.”\n“It took ten years,” she said.',
    'Coach Sean Brennan was unhappy with the referee.\n“We were robbed,” Brennan said after the match.\nHis captain, Ana Ruiz, told reporters the team had been “second best”.',
    'Dunmore Energy closed two mines on Friday.\nChief executive Derek Holt said the mines were “no longer safe”.\nUnion leader Gary Lutz says the workers were “betrayed”.',
  ];
  test.each(articles.flatMap((a) => (['adverb', 'tense'] as const).map((kind): [Perturbation, string] => [kind, a])))('%s: %s', (kind, article) => {
    const rewritten = perturbText(article, kind);
    expect(rewritten.changes).toBeGreaterThan(0);
    expect(speakersOf(rewritten.text)).toEqual(speakersOf(article));
  });
});

describe('a descriptor before a person whose affiliation ends an unclosed appositive', () => {
  test.each<Row>([
    ['NAME, ORG said: “Q”', 'Mara Quint, Whitby Hotel Association said: “Trade fell by half.”', [['Trade fell by half.', 'Mara Quint']]],
    ['Scottish golfer NAME, ORG said: “Q”', 'Scottish golfer Mara Quint, Whitby Hotel Association said: “Trade fell by half.”', [['Trade fell by half.', 'Mara Quint']]],
    ['veteran chairman NAME, ORG said: “Q”', 'Veteran chairman Tom Vale, Northgate Residents Association said: “Nobody asked us.”', [['Nobody asked us.', 'Tom Vale']]],
  ])('%s', (_name, article, expected) => {
    expect(speakersOf(article)).toEqual(expected);
  });
});
