/**
 * The perturbation check's rewrite join-paragraphs (src/cli/perturb/join-paragraphs.ts): each keeps every quotation's text as it is, so the
 * answer keys score the rewritten texts too (`npm run perturb` runs it over every keyed corpus).
 */
import { describe, expect, test } from 'vitest';
import { joinParagraphs } from '../../../src/cli/perturb/join-paragraphs.ts';

const quotesOf = (text: string) => text.match(/“[^”]*”|"[^"]*"/g) ?? [];

describe('joinParagraphs', () => {
  test.each<[string, string, number, string]>([
    ['joins body paragraphs two at a time with seed 0', 'Title\n\nOne.\n\nTwo.\n\nThree.', 0, 'Title\n\nOne. Two.\n\nThree.'],
    ['joins three with seed 1', 'Title\n\nOne.\n\nTwo.\n\nThree.\n\nFour.', 1, 'Title\n\nOne. Two. Three.\n\nFour.'],
    ['keeps a short date line after the headline', 'Title\n\nMonday, May 4, 2020\n\nOne.\n\nTwo.', 0, 'Title\n\nMonday, May 4, 2020\n\nOne. Two.'],
    ['reads a line break without a blank line as a paragraph break too', 'Title\n\nOne.\nTwo.\nThree.', 0, 'Title\n\nOne. Two.\n\nThree.'],
    ['keeps a final newline', 'Title\n\nOne.\n\nTwo.\n', 0, 'Title\n\nOne. Two.\n'],
  ])('%s', (_name, text, seed, expected) => {
    expect(joinParagraphs(text, seed)).toBe(expected);
  });

  test.each<[string, string]>([
    ['quotes across the joined lines', 'Title\n\n“We will win,” said Ann Lee.\n\n“Nobody can stop us.”\n\nThe vote is on Monday.\n\nShe added: “It is close.”'],
  ])('keeps every quotation: %s', (_name, text) => {
    for (const seed of [0, 1, 2, 7]) expect(quotesOf(joinParagraphs(text, seed))).toEqual(quotesOf(text));
  });
});
