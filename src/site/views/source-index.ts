/**
 * The sources index, split into pages: every article newest first, with its quote counts.
 */
import type { DigestArticle } from '../../engine/digest/schema.ts';
import type { SiteData } from '../site-data.ts';
import { isoToDate } from '../render/format-date.ts';

/** Articles listed on one page of the sources index. */
export const SOURCES_PER_PAGE = 100;

/** One row of the sources index. */
export interface SourceRow {
  article: DigestArticle;
  quoteCount: number;
  unattributed: number;
}

/** The index: its pages of rows and totals. */
export interface SourceIndex {
  pages: SourceRow[][];
  total: number;
  totalUnattributed: number;
}

const cache = new WeakMap<object, SourceIndex>();

/**
 * Sorts every article newest first (undated last, then by title) and cuts the list into pages.
 * Computed once per build and shared by every page of the index.
 *
 * @example
 * sourcesToIndex(data).pages.length // => 3 for 250 articles
 */
export function sourcesToIndex(data: Pick<SiteData, 'digest' | 'quotes'>): SourceIndex {
  const known = cache.get(data);
  if (known) return known;
  const time = (iso: string | undefined) => isoToDate(iso)?.getTime() ?? -Infinity;
  const rows = [...data.digest.articles]
    .sort((a, b) => time(b.meta.published) - time(a.meta.published) || a.displayTitle.localeCompare(b.displayTitle, 'en') || (a.slug < b.slug ? -1 : 1))
    .map((article) => {
      const quotes = article.quotes.flatMap((id) => data.quotes.get(id) ?? []);
      return { article, quoteCount: quotes.length, unattributed: quotes.filter((q) => q.speaker === null).length };
    });
  const pages: SourceRow[][] = [];
  for (let i = 0; i < rows.length; i += SOURCES_PER_PAGE) pages.push(rows.slice(i, i + SOURCES_PER_PAGE));
  const index = { pages: pages.length > 0 ? pages : [[]], total: rows.length, totalUnattributed: rows.reduce((n, r) => n + r.unattributed, 0) };
  cache.set(data, index);
  return index;
}

/**
 * Path of a page of the sources index (pages count from 1).
 *
 * @example
 * sourcesIndexPath(1) // => '/sources/'
 * sourcesIndexPath(3) // => '/sources/page/3/'
 */
export function sourcesIndexPath(page: number): string {
  return page <= 1 ? '/sources/' : `/sources/page/${page}/`;
}
