import { describe, expect, test } from 'vitest';
import { analyzeArticle } from '../../../src/engine/analyze-article.ts';

const quotesOf = (text: string): [string, string | null][] => {
  const { actors, quotes } = analyzeArticle({ paragraphs: [{ index: 0, line: 1, text }] });
  return quotes.map((q) => [q.text, actors.find((a) => a.id === q.speaker)?.name ?? null]);
};

describe('documents lexicon: "article", "study", "survey", "column" are documents whose owner speaks', () => {
  test.each([
    ['a recent ORG article', 'According to a recent Harbour Times article, "the port lost money for six years."', [['the port lost money for six years.', 'Harbour Times']]],
    ['a latest ORG article', 'According to the latest Harbour Times article, "rents rose again."', [['rents rose again.', 'Harbour Times']]],
  ])('gives the quote to the owner of %s', (_label, text, expected) => {
    expect(quotesOf(text)).toEqual(expected);
  });

  test('leaves "the article said" with no owner named without a speaker', () => {
    expect(quotesOf('The article said "the port lost money," but the mayor disagreed.')).toEqual([['the port lost money,', null]]);
  });
});
