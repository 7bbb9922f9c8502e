/**
 * A body's name holding a list after "for" or "of" ("Department for Culture, Media and Sport", "Ministry of Housing,
 * Communities and Local Government") is one name, and its spokeswoman speaks for it; a list of bodies ("the BBC, ITV
 * and Channel 4 said") stays several (issue 13, round 43d). Sentences written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { tokenizeText } from '../../../src/engine/actors/index.ts';
import { findQuoteSpans } from '../../../src/engine/quotes/01-find-quote-spans.ts';
import { findNameRuns } from '../../../src/engine/actors/02-find-name-runs.ts';
import { quotesOfLines } from '../../support/engine-stages.ts';

const runsOf = (text: string): string[] => {
  const paragraph = tokenizeText(0, text, findQuoteSpans(text));
  return findNameRuns(paragraph).map((r) => text.slice(paragraph.tokens[r.first]!.start, paragraph.tokens[r.last]!.end));
};

describe('a list inside a body name', () => {
  test.each<[string, string, string | null]>([
    ['a department "for" a list', 'Later a Department for Culture, Media and Sport spokeswoman said the rules would change.', 'Department for Culture, Media and Sport'],
    ['a ministry "of" a list ending in two words', 'Officials said the Ministry of Housing, Communities and Local Government would act.', 'Ministry of Housing, Communities and Local Government'],
    ['a list of bodies stays several', 'Later the BBC, ITV and Channel 4 said they would join.', null],
    ['a body, then a list of others', 'Later the Department for Transport, Network Rail and the unions met.', null],
    ['a body, then two others with no link word before the comma', 'Later the Home Office, Ofsted and Ofcom said they would meet.', null],
    ['a body, then a name of two words before "and"', 'Later the Department for Transport, Network Rail and Transport for London met.', null],
    ['a body, then a list of more than two words before "and"', 'Later the Department for Transport, Network Rail Infrastructure Group and Arriva met.', null],
  ])('%s', (_label, text, name) => {
    const withComma = runsOf(text).filter((r) => r.includes(','));
    expect(withComma).toEqual(name ? [name] : []);
  });

  test('the spokeswoman of such a body speaks for it', () => {
    const quotes = quotesOfLines('Visa delays hit touring bands.\nA Department for Culture, Media and Sport spokeswoman said: “We are working with the embassy on this.”');
    expect(quotes.at(-1)?.speaker).toBe('Department for Culture, Media and Sport');
  });
});
