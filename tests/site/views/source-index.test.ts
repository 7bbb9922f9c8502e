import { describe, expect, test } from 'vitest';
import type { DigestArticle, DigestQuote } from '../../../src/engine/digest/schema.ts';
import { SOURCES_PER_PAGE, sourcesIndexPath, sourcesToIndex } from '../../../src/site/views/source-index.ts';

const article = (slug: string, published?: string): DigestArticle =>
  ({ slug, displayTitle: slug, meta: published ? { published } : {}, quotes: [`${slug}-q1`] }) as unknown as DigestArticle;
const quote = (article: string, speaker: string | null) => ({ id: `${article}-q1`, article, speaker }) as unknown as DigestQuote;

const dataOf = (articles: DigestArticle[]) => ({
  digest: { articles } as never,
  quotes: new Map(articles.map((a, i) => [`${a.slug}-q1`, quote(a.slug, i % 2 ? null : 'x')])),
});

describe('sourcesToIndex', () => {
  test('lists articles newest first, undated last', () => {
    const index = sourcesToIndex(dataOf([article('old', '2024-01-01'), article('undated'), article('new', '2024-03-01')]));
    expect(index.pages[0]!.map((r) => r.article.slug)).toEqual(['new', 'old', 'undated']);
  });

  test.each([
    [0, 1],
    [1, 1],
    [SOURCES_PER_PAGE, 1],
    [SOURCES_PER_PAGE + 1, 2],
    [SOURCES_PER_PAGE * 3, 3],
  ])('cuts %i articles into %i page(s), none empty but the only one', (count, pages) => {
    const index = sourcesToIndex(dataOf(Array.from({ length: count }, (_, i) => article(`a${String(i).padStart(4, '0')}`))));
    expect(index.pages).toHaveLength(pages);
    expect(index.total).toBe(count);
    expect(index.pages.flat()).toHaveLength(count);
  });

  test('counts quotes without a known speaker', () => {
    expect(sourcesToIndex(dataOf([article('a'), article('b'), article('c')])).totalUnattributed).toBe(1);
  });
});

describe('sourcesIndexPath', () => {
  test.each([
    [1, '/sources/'],
    [2, '/sources/page/2/'],
    [10, '/sources/page/10/'],
  ])('gives page %i the path %s', (page, path) => {
    expect(sourcesIndexPath(page)).toBe(path);
  });
});
