/**
 * ", said NAME." ending a sentence (issue 13, round 38k): a name right after the verb that ends the sentence is the
 * teller of the sentence's quotes, not a name before the comma ("… the paper was Courier-owned, said Ann Roe.") nor the
 * name that opens the sentence before a quoted predicate. Sentences written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

describe('tellerAfterComma: ", said NAME." beats a name before the comma', () => {
  test.each<[string, string, string | null]>([
    [
      'a name opening the sentence before a quoted predicate, an organisation before the comma',
      'Ann Roe spoke to the Daily Courier on Monday.\nTom Bell “should have stepped down at once” when he learned the owner was the Courier, said Ann Roe.',
      'Ann Roe',
    ],
    [
      'a person before the comma',
      'The board met.\nThe vote was “a farce” and the loser was Tom Bell, said Ann Roe.',
      'Ann Roe',
    ],
    [
      'a name after the verb with more words after it is what is said, not the teller',
      'The board met.\nTom Bell called the vote “a farce”, said Ann Roe was wrong.',
      'Tom Bell',
    ],
  ])('%s', (_label, article, speaker) => {
    const quote = quotesOfLines(article).at(-1);
    expect(quote?.speaker ?? null).toBe(speaker);
  });
});
