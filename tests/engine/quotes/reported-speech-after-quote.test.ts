/**
 * "“Q.” But change, he says, will come slowly.": a quotation alone in its sentence with no cue, then reported speech
 * of "he"/"she" in the very next sentence (issue 13, round 40). Sentences written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

describe('a cue-less quote, then "he says" in the next sentence', () => {
  test.each<[string, string, string | null]>([
    ['set off by commas', 'Mara Quist runs a small lab in Turku.\n“Back then every gadget dazzled us. Nobody asked whether it worked.” But real change, she says, will come slowly.', 'Mara Quist'],
    ['ending the sentence', 'Mara Quist told the committee about the new powers.\n“Some of these powers will fall hardest on one community.” It was a fact that had to be faced, she said. Her colleague nodded.', 'Mara Quist'],
    ['a quote reopened before the next sentence', 'Mara Quist runs a small lab in Turku.\n"Back then every gadget dazzled us. "Nobody asked whether it worked." But real change, she says, will come slowly.', 'Mara Quist'],
    ['opening the sentence, present tense', 'Tomas Berg farms 40 acres near the river.\n“The rain came too late for the barley.” He argues the subsidy rules should change.', 'Tomas Berg'],
    ['another person named in the next sentence', 'Tomas Berg farms 40 acres near the river.\n“The rain came too late for the barley.” The rules, he says, suit Ana Lind better.', null],
    ['the quote speaks of a man as he', 'Tomas Berg farms 40 acres near the river.\n“He never paid the workers on time.” The farm, he says, was badly run.', null],
    ['no verb of saying', 'Tomas Berg farms 40 acres near the river.\n“The rain came too late for the barley.” The harvest, he feared, was lost.', null],
    ['past tense opening a new report', 'Tomas Berg farms 40 acres near the river.\n“The rain came too late for the barley.” He said the subsidy rules should change.', null],
  ])('%s', (_label, article, speaker) => {
    const quote = quotesOfLines(article)[0];
    expect(quote?.speaker ?? null).toBe(speaker);
  });

  test('recorded as reported-speech-after-quote', () => {
    const [quote] = quotesOfLines('Mara Quist runs a small lab in Turku.\n“Back then every gadget dazzled us.” But real change, she says, will come slowly.');
    expect(quote?.rule).toBe('reported-speech-after-quote');
  });
});
