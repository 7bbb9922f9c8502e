/**
 * "The Tories said the plan was leaked in what they describe as a “…”" (issue 13, round 43b): "they" opening a free
 * relative clause after "what", inside the words a body's verb of saying reports, is that body. Sentences written for
 * these tests; the near-misses stay as they were.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

describe('freeRelativeSpeaker: "they" after "what" is the body saying the sentence', () => {
  test.each<[string, string, string | null, string | null]>([
    ['"what they describe as"', 'The Greens said a large part of the plan had been leaked in what they describe as a “grave breach of trust”.', 'Green Party', 'free-relative-pronoun'],
    ['"what they called", an article before the body', 'The Harbour Trust said the rules were broken in what they called a “plain scandal” last week.', 'Harbour Trust', 'free-relative-pronoun'],
    ['an auxiliary before the verb of saying', 'The Greens have said the cuts are what they call “a slow death for rural buses”.', 'Green Party', 'free-relative-pronoun'],
    ['another body named between the subject and "they"', 'The Greens said the Harbour Trust had acted in what they called a “plain scandal”.', null, null],
    ['a verb of stance opens the sentence', 'The Greens believe the plan is what they call “a slow death for rural buses”.', null, null],
    ['a person cannot be "they"', 'Ruth Calder said the plan was leaked in what they describe as a “grave breach of trust”.', null, null],
    ['the body is no subject of the sentence', 'A report for the Greens found the cuts were what they call “a slow death for rural buses”.', null, null],
  ])('%s', (_label, article, speaker, rule) => {
    const [quote] = quotesOfLines(article);
    expect(quote?.speaker ?? null).toBe(speaker);
    expect(quote?.rule ?? null).toBe(rule);
  });
});
