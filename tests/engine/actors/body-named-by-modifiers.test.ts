/**
 * A modified back reference ("said the radio station") whose noun no organisation's name holds stands for the one
 * organisation nearby whose name holds its modifiers ("Radio 4"); round 50d. News-shaped sentences written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { namedByModifiers } from '../../../src/engine/actors/body-named-by-modifiers.ts';
import { quotesOfTexts } from '../../support/engine-stages.ts';

/** The speaker given to the quote that starts with `opening`, in an article of blank-line paragraphs. */
const speakerOf = (article: string, opening: string): string | null | undefined =>
  quotesOfTexts(article.split(/\n\s*\n/)).find((q) => q.text.startsWith(opening))?.speaker;

describe('namedByModifiers', () => {
  test.each<[string, readonly string[], string, string[], boolean]>([
    ['modifier in the name, noun not', ['radio', '4'], 'station', ['radio'], true],
    ['modifier missing from the name', ['one', 'music'], 'station', ['radio'], false],
    ['the noun in the name is resolved by the noun', ['radio', 'station', 'kxl'], 'station', ['radio'], false],
    ['two modifiers must both be in the name', ['coast', 'radio'], 'station', ['local', 'radio'], false],
    ['no modifiers is no such reference', ['radio', '4'], 'station', [], false],
  ])('%s', (_name, words, head, modifiers, expected) => {
    expect(namedByModifiers(words, { head, modifiers })).toBe(expected);
  });
});

describe('"said the radio station" after the station is named', () => {
  test.each<[string, string, string, string | null]>([
    [
      'the one body nearby whose name holds "radio"',
      'The late-night show moves to Radio 4 in May, beside a new podcast from Blue Note Records.\n\n"Nobody can fill his chair," said the radio station.',
      'Nobody can',
      'Radio 4',
    ],
    [
      'no body named nearby holds the modifier: nobody',
      'The late-night show moves to Channel 9 in May.\n\n"Nobody can fill his chair," said the radio station.',
      'Nobody can',
      null,
    ],
  ])('%s', (_name, article, opening, speaker) => {
    expect(speakerOf(article, opening) ?? null).toBe(speaker);
  });
});
