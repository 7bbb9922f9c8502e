/**
 * Crowds named by a plural common noun as speakers (issue 13, round 35): "lenders have said", "Lawyers for news
 * organisations said", "G7 ministers called for … and said", "…," said campaigners. A crowd never takes the words of a
 * person named for it, and "the" before a noun for bodies points back to bodies the article names.
 */
import { describe, expect, test } from 'vitest';
import { byBlankLines, quotesOfTexts } from '../../support/engine-stages.ts';
import { findPluralSpeakers } from '../../../src/engine/actors/find-plural-speakers.ts';
import { tokenizeText } from '../../../src/engine/actors/index.ts';
import { findQuoteSpans } from '../../../src/engine/quotes/01-find-quote-spans.ts';
import { findNameRuns } from '../../../src/engine/actors/02-find-name-runs.ts';
import { classifyNameRuns } from '../../../src/engine/actors/03-classify-name-runs.ts';

const crowdsOf = (text: string): string[] => {
  const paragraph = tokenizeText(0, text, findQuoteSpans(text));
  return findPluralSpeakers(paragraph, classifyNameRuns(paragraph, findNameRuns(paragraph)), []).map((c) => c.surface);
};

const last = (text: string): [string | null, string | undefined] => {
  const q = quotesOfTexts(byBlankLines(text)).at(-1)!;
  return [q.speaker, q.resolution];
};

describe('findPluralSpeakers', () => {
  test.each([
    ['a crowd ending the sentence', 'Sales slowed in May, mortgage lenders have said.', 'mortgage lenders'],
    ['a crowd with a "for" phrase', 'Lawyers for local newspapers said the files should be opened.', 'Lawyers for local newspapers'],
    ['a capitalised word describing the crowd at the sentence start', 'G20 ministers called for calm.', 'G20 ministers'],
    ['a quantifier is no part of the name', 'Some campaigners argued the fee was unfair.', 'campaigners'],
    ['a number bounded by "more than"', 'More than 30 Dunmore teachers urged parents to stay calm.', 'Dunmore teachers'],
    ['"the" before a noun for people', 'The delegates said the vote was fair.', 'delegates'],
    ['a crowd after the verb behind a quote', '"We will not move," said protesters at Carrow Bridge.', 'protesters at Carrow Bridge'],
  ])('finds %s', (_label, text, surface) => {
    expect(crowdsOf(text)).toEqual([surface]);
  });

  test.each([
    ['"the" before a noun for bodies', 'The two firms said the merger was off.'],
    ['"the" before a quantifier', 'The three lawyers said the merger was off.'],
    ['a verb that tells of a deed', 'US firms added 146,000 jobs in January.'],
    ['a number of a survey', 'Sales fell, the survey of 5,196 firms found.'],
    ['a possessive', "The researchers' report said little."],
    ['the object of a verb of saying after a named person', 'Tom Ware, head of the council, said residents face a long wait.'],
    ['a person named inside the phrase', 'Lawyers for Ann Marsh said the ruling was unfair.'],
    ['no speech verb', 'Lenders are cautious this spring.'],
    ['an adverb opening the sentence is not describing', 'Recently lenders said rates would rise.'],
  ])('finds nothing: %s', (_label, text) => {
    expect(crowdsOf(text)).toEqual([]);
  });
});

describe('crowds as speakers', () => {
  test.each([
    ['ending the sentence', 'House prices were steady in April.\n\nApprovals showed a "spring slowdown" in April, lenders have said.', 'lenders'],
    ['with a "for" phrase', 'The trial opens on Monday.\n\nLawyers for local newspapers said it was "essential" that the files be opened.', 'Lawyers for local newspapers'],
    ['called for … and said', 'The talks ended in Rome.\n\nG20 ministers called for calmer markets and said "sudden swings" hurt trade.', 'G20 ministers'],
    ['after the verb behind a quote', 'The bridge closed at noon.\n\n"We will not move," said protesters at Carrow Bridge.', 'protesters at Carrow Bridge'],
    ['"the" and a noun for members of a legislature after the verb', 'The letter reached the board.\n\n"The wards must stay open," wrote the lawmakers.', 'lawmakers'],
    ['a noun for members of a legislature before the verb', 'The vote was close.\n\nThe bill was "a start", parliamentarians said.', 'parliamentarians'],
  ])('a crowd speaks: %s', (_label, text, speaker) => {
    expect(last(text)).toEqual([speaker, 'plural-group']);
  });

  test.each([
    ['the firms named before', 'Harlow Pharma and Denton Labs halted the trial.\n\nThe two firms said the drug was "safe to use".'],
    ['a person the crowd speaks for', 'The trial opens on Monday.\n\nLawyers for Ann Marsh said the ruling was "deeply unfair".'],
    ['lawmakers who only hear the words', 'The vote was close.\n\nThe minister told the lawmakers the bill was "a start".'],
  ])('no crowd speaks: %s', (_label, text) => {
    expect(last(text)[1]).not.toBe('plural-group');
  });
});
