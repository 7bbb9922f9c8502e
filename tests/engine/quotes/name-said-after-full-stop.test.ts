/**
 * "“We are ready.” Director Roe said.": a quotation that closes its sentence with a full stop, then a sentence that is
 * only the speaker and a verb of saying (issue 13, round 20) — the same split as "“Where was he?” Tyagi asked.".
 * A sentence that goes on after the verb reports other words and is left alone. Sentences written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

describe('“Q.” NAME said.: a name and verb in a sentence of their own', () => {
  test.each<[string, string, string | null]>([
    ['a title before a surname', 'Agency head Ana Roe opened the summit in Lagos.\n“Clean water is the first duty of any state.” Director Roe said. She asked donors to pledge more.', 'Ana Roe'],
    ['a full name', 'The talks ended on Friday.\n“We made real progress this week.” Peter Oduya said.', 'Peter Oduya'],
    ['a verb other than said', 'The talks ended on Friday.\n“Nobody left the table angry.” Peter Oduya added.', 'Peter Oduya'],
  ])('%s', (_label, article, speaker) => {
    const [quote] = quotesOfLines(article);
    expect(quote?.speaker ?? null).toBe(speaker);
  });

  test.each<[string, string]>([
    ['bare sentence', 'The talks ended on Friday.\n“We made real progress this week.” Peter Oduya said.'],
    ['title before the name', 'Agency head Ana Roe opened the summit.\n“Clean water comes first.” Director Roe said.'],
  ])('recorded as name-after-question: %s', (_label, article) => {
    const [quote] = quotesOfLines(article);
    expect(quote?.rule).toBe('name-after-question');
  });

  test('a sentence that goes on after the verb reports other words: not this rule', () => {
    const [quote] = quotesOfLines('The talks ended on Friday.\n“We made real progress.” Peter Oduya said the next round would start in May.');
    expect(quote?.rule).not.toBe('name-after-question');
  });
});
