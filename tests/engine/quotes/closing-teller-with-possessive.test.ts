/**
 * A pronoun after a sentence whose teller closes it after a comma, with role words opened by a possessive and the name
 * between commas or not (issue 13, round 38j): "The woman waited a year to sue, her lawyer, Tom Bell, said." ⏎
 * "… “…,” he said." is Tom Bell's, though an unnamed person opens the sentence: she is in what he reports (only when her noun shows her gender).
 * Sentences written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

describe('invertedTeller: a closing teller whose role words open with a possessive', () => {
  test.each<[string, string, string | null]>([
    [
      'the name between commas after "her lawyer"',
      'A woman is suing the studio.\nThe woman waited a year to sue, her lawyer, Tom Bell, said. The studio “failed to keep my client safe,” he said.',
      'Tom Bell',
    ],
    [
      'the name right after "her lawyer"',
      'A woman is suing the studio.\nThe woman waited a year to sue, her lawyer Tom Bell said. The studio “failed to keep my client safe,” he said.',
      'Tom Bell',
    ],
    [
      'an unnamed subject of no known gender still withholds',
      'A man is suing the club.\nThe player felt let down, his agent, Tom Bell, said. “My client was never paid on time,” he said.',
      null,
    ],
    [
      'a pronoun of the other gender is not the teller',
      'A woman is suing the studio.\nThe woman waited a year to sue, her lawyer, Tom Bell, said. “I was scared to speak,” she said.',
      null,
    ],
    [
      'an unnamed subject whose verb has the name as object still withholds',
      'The band cancelled the tour.\nThe band\'s spokesman said the delay was down to advice to Tom Mills. “He needs a rest,” he said.',
      null,
    ],
  ])('%s', (_label, article, speaker) => {
    const quote = quotesOfLines(article).at(-1);
    expect(quote?.speaker ?? null).toBe(speaker);
  });
});
