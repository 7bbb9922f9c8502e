/**
 * "Mr Roe's father, Azmat, said … “Q”": a person's possessive before a family noun owns the relative, who speaks;
 * the possessor never does. Sentences written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

describe('relativeOfPossessor: the relative named after a possessive and a family noun speaks', () => {
  test.each<[string, string, string | null]>([
    [
      'a given name set off by commas, the quote deep in the reported clause',
      'Tom Vale was freed on Monday. Mr Vale’s mother, Ruth Vale, said she had been told she could see her son and would call him “a hero”.',
      'Ruth Vale',
    ],
    [
      'a full name without commas',
      'Ann Roe was freed on Monday. Ms Roe’s brother Paul Dunn said he had been told he could visit and would tell her it was “over”.',
      'Paul Dunn',
    ],
    [
      'the relative not named: not the possessor',
      'Jim Lake was freed on Monday. Mr Lake’s father said he had been told he could visit and would call him “a survivor”.',
      null,
    ],
  ])('%s', (_label, article, speaker) => {
    const quote = quotesOfLines(article).at(-1);
    expect(quote?.speaker ?? null).toBe(speaker);
  });
});
