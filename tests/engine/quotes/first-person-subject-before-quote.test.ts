/**
 * A sentence that opens with the speaker's own "we" or "I" right before a quote, after a quote of the sentence before
 * (issue 13, round 38j): "Games are “big business”, the paper quoted Ms Roe as saying. We “would like to join in”." is
 * Ms Roe's, by next-sentence-after-quote. Sentences written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

describe('next-sentence-after-quote: a first-person subject right before the quote', () => {
  test.each<[string, string, string | null]>([
    ['"We “…”." after a quoted speaker', 'The firm wants to grow.\nGames are “big business”, said Ann Roe. We “would like to join in”.', 'Ann Roe'],
    ['"I “…”." after a quoted speaker', 'The firm wants to grow.\nGames are “big business”, said Ann Roe. I “will not wait for long”.', 'Ann Roe'],
    ['"They “…”." is someone else', 'The firm wants to grow.\nGames are “big business”, said Ann Roe. They “would like to join in”.', null],
    ['"We then “…”." has a word between the subject and the quote', 'The firm wants to grow.\nGames are “big business”, said Ann Roe. We then “would like to join in”.', null],
  ])('%s', (_label, article, speaker) => {
    const quote = quotesOfLines(article).at(-1);
    expect(quote?.speaker ?? null).toBe(speaker);
  });
});
