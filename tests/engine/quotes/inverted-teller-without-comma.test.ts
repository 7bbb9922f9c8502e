/**
 * An inverted teller with no comma before the verb (issue 13, round 38j): "Prices may only be starting to rise thinks
 * Ann Roe, editor of Net Weekly." ⏎ "“…,” she said." is Ann Roe's. Only verbs that never take a person as their object
 * (`invertedWithoutComma` in speech-verbs.json), and only when the name ends the sentence. Sentences written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

describe('invertedTeller: a verb of saying or thinking with no comma before it', () => {
  test.each<[string, string, string | null]>([
    [
      '"thinks NAME, editor of …" ending the sentence',
      'Readers are unhappy.\nA third of the readers want a new provider and this may be only the start thinks Ann Roe, editor of Net Weekly. “Prices will fall again next year,” she said.',
      'Ann Roe',
    ],
    [
      '"says NAME." ending the sentence',
      'Readers are unhappy.\nA third of the readers want a new provider and this may be only the start says Ann Roe. “Prices will fall again next year,” she said.',
      'Ann Roe',
    ],
    [
      'a name with its own verb after the appositive is what is thought, not who thinks',
      'Readers are unhappy.\nAnn Roe spoke first and the board thinks Tom Bell, the coach, should go. “We need a change,” he said.',
      'Ann Roe',
    ],
    [
      'a verb that takes a person as its object is left out',
      'Readers are unhappy.\nAnn Roe spoke first and the board warned Tom Bell, the coach. “We need a change,” he said.',
      'Ann Roe',
    ],
  ])('%s', (_label, article, speaker) => {
    const quote = quotesOfLines(article).at(-1);
    expect(quote?.speaker ?? null).toBe(speaker);
  });
});
