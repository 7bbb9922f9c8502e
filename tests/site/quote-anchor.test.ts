import { describe, expect, test } from 'vitest';
import { citationPath, quoteAnchor } from '../../src/site/quote-anchor.ts';

describe('citationPath', () => {
  test.each([
    ['a quote, to the quote', { article: 'bbc-troops', paragraph: 2, quote: 'bbc-troops-q3' }, '/sources/bbc-troops/#q-bbc-troops-q3'],
    ['a paragraph, to the paragraph', { article: 'bbc-troops', paragraph: 2 }, '/sources/bbc-troops/#p-2'],
  ])('links %s', (_name, citation, expected) => {
    expect(citationPath(citation)).toBe(expected);
  });

  test('uses the id the source page gives the quote', () => {
    expect(quoteAnchor('q1')).toBe('q-q1');
  });
});
