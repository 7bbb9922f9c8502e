/**
 * A person named in the appositive of a sentence's closing teller ("…, observed Tom Reed, adviser to the bank's
 * chairman, Ian Dale.") describes the teller: the next "he said" continues the teller (issue 13, helper 35d).
 * News-shaped sentences written for these tests; the near-misses keep the pronoun unclear.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

const speakerOf = (article: string, opening: string): string | null | undefined => quotesOfLines(article).find((q) => q.text.startsWith(opening))?.speaker;

describe('"…, observed NAME, role of NAME2." ⏎ "“…,” he said": the teller, not the person in his appositive', () => {
  test.each<[string, string, string, string | null]>([
    [
      'a possessed person in the teller\'s appositive',
      'Somebody will have to pay for the losses, observed Tom Reed, adviser to the fund\'s managing director, Ian Dale. "Nobody should forget the cost," he said.',
      'Nobody should',
      'Tom Reed',
    ],
    [
      'a role of a named body with a person after it',
      'The talks will drag on, says Mark Hale, a colleague of the minister Dan Royce. "It will take months," he said.',
      'It will take',
      'Mark Hale',
    ],
    [
      'a second person joined by "and" after the teller: unclear, as before',
      'The talks will drag on, said Mark Hale, and Dan Royce agreed with him. "It will take months," he said.',
      'It will take',
      null,
    ],
  ])('%s', (_name, article, opening, speaker) => {
    expect(speakerOf(article, opening)).toBe(speaker);
  });
});

describe('inTellerAppositive', () => {
  test('is exported for the pronoun resolver', async () => {
    const module = await import('../../../src/engine/quotes/resolve/teller-appositive.ts');
    expect(typeof module.inTellerAppositive).toBe('function');
  });
});
