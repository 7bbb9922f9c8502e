/**
 * How an analysed article is kept in Astro's content store: as one JSON string.
 *
 * Astro writes its whole data store to disk after every content sync, serialising it with devalue, which
 * walks every object; for thousands of analysed articles (paragraphs, quotes, spans) that walk took
 * longer than analysing the one article a rebuild adds. A single string per entry is copied as it is,
 * and `JSON.parse` restores the article when the digest is computed.
 */
import { z } from 'zod';
import type { AnalysedArticle } from '../engine/schema.ts';

/** Names the way entries are stored; the loader keys cached entries on it, so changing it redoes them. */
export const ARTICLE_ENTRY_FORMAT = 'analysis-as-json-1';

/** The entry's data as stored. */
export const articleEntrySchema = z.object({
  analysis: z.string().describe('The analysed article (`analysedArticleSchema` in src/engine/schema.ts) as JSON.'),
});

/** The entry's data as stored. */
export type ArticleEntryData = z.infer<typeof articleEntrySchema>;

/**
 * Packs an analysed article for the content store.
 *
 * @example
 * articleToEntryData(article) // => { analysis: '{"file":"a.md","meta":{…},…}' }
 */
export function articleToEntryData(article: AnalysedArticle): ArticleEntryData {
  return { analysis: JSON.stringify(article) };
}

/**
 * Unpacks an analysed article from the content store (written by {@link articleToEntryData}).
 *
 * @example
 * entryDataToArticle({ analysis: '{"file":"a.md",…}' }).file // => 'a.md'
 */
export function entryDataToArticle(data: ArticleEntryData): AnalysedArticle {
  return JSON.parse(data.analysis) as AnalysedArticle;
}
