import { describe, expect, test } from 'vitest';
import { isFragment, quoteToSentence } from '../../../src/site/views/quote-sentence.ts';
import { fixtureSiteData } from '../../fixtures/site-digest.ts';

describe('isFragment and quoteToSentence', () => {
  test.each([
    ['necessary', true],
    ['no consensus', true],
    ['strategic ambiguity here', true],
    ['nothing should be ruled out', false],
  ])('%s is a fragment: %s', (text, expected) => {
    expect(isFragment(text)).toBe(expected);
  });

  test('finds the sentence a quote was quoted in, split around it', () => {
    expect(quoteToSentence('q2', fixtureSiteData)).toEqual({ before: 'A NATO official said the alliance had “', quote: 'no plans', after: '” to deploy troops.' });
  });

  test('gives nothing for an unknown quote', () => {
    expect(quoteToSentence('nope', fixtureSiteData)).toBeUndefined();
  });
});
