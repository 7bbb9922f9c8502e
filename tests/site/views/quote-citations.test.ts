import { describe, expect, test } from 'vitest';
import { quotesToCitations } from '../../../src/site/views/quote-citations.ts';
import { fixtureSiteData } from '../../fixtures/site-digest.ts';

describe('quotesToCitations', () => {
  test.each([
    ['one citation per quote', ['q1', 'q3'], [{ article: 'bbc-troops', paragraph: 0, quote: 'q1' }, { article: 'guardian-troops', paragraph: 0, quote: 'q3' }]],
    ['one citation for two quotes in the same paragraph, naming the first', ['q3', 'q4'], [{ article: 'guardian-troops', paragraph: 0, quote: 'q3' }]],
    ['unknown ids skipped', ['nope', 'q2'], [{ article: 'bbc-troops', paragraph: 1, quote: 'q2' }]],
  ])('gives %s', (_name, ids, expected) => {
    expect(quotesToCitations(ids, fixtureSiteData.quotes)).toEqual(expected);
  });
});
