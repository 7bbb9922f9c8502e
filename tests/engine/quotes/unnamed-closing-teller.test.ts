/**
 * A pronoun after a sentence whose closing teller is an unnamed source (issue 13, round 50c): "The minister had been
 * saying the rules were fair, the spokesman said." ⏎ "“…,” he added." is the spokesman's: the minister who opens the
 * sentence is in what the spokesman reports, as with a named teller ("…, Tom Bell said."). Sentences written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

describe('invertedTeller: an unnamed source that closes the sentence after a comma tells it', () => {
  test.each<[string, string, string | null]>([
    [
      '"…, the spokesman said." after a sentence opened by another unnamed person',
      'A senior minister defended the rules on Monday. Later, the mayor\'s official spokesman urged calm.\nThe minister had been saying the rules were fair to all, the spokesman said. “Nobody is being singled out,” he added.',
      "mayor's official spokesman",
    ],
    [
      '"…, said the spokeswoman." with the verb before the source',
      'A cabinet minister spoke at the summit. Later, a council spokeswoman answered questions.\nThe minister had misread the figures, said the spokeswoman. “The budget is safe,” she added.',
      'council spokeswoman',
    ],
    [
      'a named teller still tells the sentence',
      'A senior minister defended the rules on Monday.\nThe minister had been saying the rules were fair to all, party chairman Tom Bell said. “Nobody is being singled out,” he added.',
      'Tom Bell',
    ],
  ])('%s', (_label, article, speaker) => {
    const quote = quotesOfLines(article).at(-1);
    expect(quote?.speaker ?? null).toBe(speaker);
  });
});
