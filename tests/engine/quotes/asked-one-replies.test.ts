/**
 * "Mr Roe was asked why … He replied: “…”" (issue 13, round 43b): the person a sentence says was asked answers in the
 * next sentence's "he replied" or "she answered". Sentences written for these tests; the near-misses keep the speaker
 * the pronoun resolver gives.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

describe('askedOneReplies: the one asked answers', () => {
  test.each<[string, string, string | null, string | null]>([
    ['a courtesy title, another man named in the question', 'On Monday Mr Dowd was asked why Mr Vale had been allowed to leave. He replied: “It was time to go.”', 'Dowd', 'asked-one-replies'],
    ['a woman named alone, "she answered"', 'Ann Kerr was asked about the plan. She answered: “It is not finished.”', 'Ann Kerr', 'asked-one-replies'],
    ['"had been asked", "responded"', 'Mrs Okafor had been asked whether Mr Vale would stay. She responded: “That is up to him.”', 'Okafor', 'asked-one-replies'],
  ])('%s', (_label, article, speaker, rule) => {
    const [quote] = quotesOfLines(article);
    expect(quote?.speaker ?? null).toBe(speaker);
    expect(quote?.rule ?? null).toBe(rule);
  });

  test.each<[string, string]>([
    ['the courtesy title does not fit the pronoun', 'Mrs Okafor was asked why Mr Vale left. He replied: “Ask her.”'],
    ['no title and two people named', 'Tom Hall was asked why Mark Vale left. He replied: “Ask him.”'],
    ['the person named first did the asking', 'Tom Hall asked why Mark Vale left. He replied: “Ask him.”'],
    ['a verb of saying that is no answer', 'Mr Dowd was asked why Mr Vale had left. He said: “It was time to go.”'],
  ])('leaves the rule out: %s', (_label, article) => {
    const [quote] = quotesOfLines(article);
    expect(quote?.rule ?? null).not.toBe('asked-one-replies');
  });
});
