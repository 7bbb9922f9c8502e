/**
 * "… showed a “post-holiday lull” in March, indicating a slowing market, lenders have said.": a participle that opens
 * an aside after a comma is no verb of saying of its own; the finite verb after the aside is the attribution's
 * (issue 13, round 37). Sentences written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines, tokenizedParagraphs } from '../../support/engine-stages.ts';
import { opensParticipleAside } from '../../../src/engine/quotes/cues/participle-aside.ts';

describe('opensParticipleAside', () => {
  test.each<[string, string, string, boolean]>([
    ['an -ing form after a comma', 'Sales fell, suggesting a slump.', 'suggesting', true],
    ['an -ing form after a word', 'She kept suggesting a slump.', 'suggesting', false],
    ['a past form after a comma', 'Sales fell, officials said.', 'officials', false],
    ['a capitalised -ing word', 'Sales fell, Reading said.', 'Reading', false],
  ])('%s', (_label, text, word, expected) => {
    const [paragraph] = tokenizedParagraphs([text]);
    const k = paragraph!.tokens.findIndex((t) => t.text === word);
    expect(opensParticipleAside(paragraph!.tokens, k)).toBe(expected);
  });
});

describe('a participle aside between a quote and the attribution gives way to the finite verb', () => {
  test.each<[string, string, string | null]>([
    ['"indicating" before "have said"', 'Car sales showed a “spring slump” in April, indicating a cooling market, dealers have said.', 'dealers'],
    ['"suggesting" before "said"', 'Ticket sales were “well below forecast” last month, suggesting a poor season, the Harbour Theatre said.', 'Harbour Theatre'],
    ['"signalling" before "said"', 'Output hit a “three-year low” in May, signalling a cooling economy, economist Rhea Lund said.', 'Rhea Lund'],
    ['an aside with no finite verb after it cues nobody', 'Car sales showed a “spring slump” in April, suggesting weaker demand.', null],
    ['the verb before the aside stays the cue', '“We are not worried,” Tom Baird said, adding that sales would recover.', 'Tom Baird'],
  ])('%s', (_label, article, speaker) => {
    const [quote] = quotesOfLines(article);
    expect(quote?.speaker ?? null).toBe(speaker);
  });
});
