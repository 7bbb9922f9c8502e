/**
 * A quotation whose span ran past its own attribution because its marks are nested the wrong way round (issue 13,
 * round 20): it is not handed the speaker of the quote before. Sentences written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';
import { tokenizeText } from '../../../src/engine/actors/index.ts';
import { swallowsItsAttribution } from '../../../src/engine/quotes/swallowed-attribution.ts';

describe('a quote that swallowed its attribution is left unclear', () => {
  test('the speaker of the quote before is not carried into it', () => {
    const quotes = quotesOfLines('‘We back the plan,’ said Mayor Ruth Kamara.\n‘Trains run on time now, under the banner ‘Built Here,’ said transport chief Peter Oduya. ‘Fares will fall.’');
    expect(quotes[0]?.speaker).toBe('Ruth Kamara');
    expect(quotes[1]?.speaker ?? null).toBeNull();
  });
});

describe('swallowsItsAttribution', () => {
  test.each<[string, string, boolean]>([
    ['a closing mark, then said, inside the span', '‘Trains run under the banner ‘Built Here,’ said Peter Oduya.’', true],
    ['a question, then asked', '“Who pays, “the town?” asked Ann Roe.”', true],
    ['a quotation within a quotation, no verb after it', '“They called it ‘the plan,’ and it worked.”', false],
    ['a plain quotation', '“Fares will fall next year.”', false],
  ])('%s', (_label, text, expected) => {
    const paragraph = tokenizeText(0, text, []);
    expect(swallowsItsAttribution(paragraph, 0, paragraph.tokens.length - 1)).toBe(expected);
  });
});
