/**
 * The short name a page uses for a source article in citations and lists: its outlet wherever the
 * article tells it, otherwise a neutral numbered label, never a cut-off sentence.
 */
import type { Digest, DigestArticle } from '../../engine/digest/schema.ts';

/** A byline that names a desk of an outlet ("Dawn Web Desk", "Reuters Staff"): the outlet is its first words. */
const DESK_BYLINE = /^(?:by\s+)?(.+?)\s+(?:web\s+|news\s+|online\s+)?(?:desk|staff|newsroom|bureau|team)$/iu;
/** Words that start a desk byline without naming an outlet ("Web Desk", "News Desk"). */
const NOT_AN_OUTLET = /^(?:web|news|online|the|our|foreign|city|sports?|business|digital)$/iu;

/**
 * The outlet an article comes from, as its front matter, its address or its byline's desk tells it.
 *
 * @param article The source article.
 * @returns The outlet, or `undefined` when nothing names it.
 * @example
 * articleToOutlet({ meta: { outlet: 'BBC' } }) // => 'BBC'
 * articleToOutlet({ meta: { url: 'https://www.theguardian.com/world/2024/feb/27/x' } }) // => 'theguardian.com'
 * articleToOutlet({ meta: { author: 'Dawn Web Desk' } }) // => 'Dawn'
 * articleToOutlet({ meta: { author: 'Web Desk' } }) // => undefined
 */
export function articleToOutlet(article: Pick<DigestArticle, 'meta'>): string | undefined {
  const { outlet, url, author } = article.meta;
  if (outlet?.trim()) return outlet.trim();
  const host = urlToHost(url);
  if (host) return host;
  const desk = author?.trim().match(DESK_BYLINE)?.[1];
  return desk && !NOT_AN_OUTLET.test(desk) ? desk : undefined;
}

/**
 * Names a source by its outlet; without one, by its place among its story's sources and its byline
 * ("Source 2, by Web Desk"), so a label is always short and never a cut-off sentence.
 *
 * @param article The source article.
 * @param position Its place among its story's sources, from 1.
 * @example
 * articleToSourceLabel({ meta: { outlet: 'BBC' } }, 1) // => 'BBC'
 * articleToSourceLabel({ meta: { author: 'Web Desk' } }, 2) // => 'Source 2, by Web Desk'
 * articleToSourceLabel({ meta: {} }, 3) // => 'Source 3'
 */
export function articleToSourceLabel(article: Pick<DigestArticle, 'meta'>, position: number): string {
  const outlet = articleToOutlet(article);
  if (outlet) return outlet;
  const author = article.meta.author?.trim();
  return author ? `Source ${position}, by ${author}` : `Source ${position}`;
}

/** A source's label in full (lists, headings) and short (citation chips): the outlet, or "Source N". */
export interface SourceLabel {
  long: string;
  short: string;
}

/**
 * Every article's label, numbered within its story (oldest source first, as the story lists them).
 *
 * @param digest The digest.
 * @returns Labels by article slug.
 * @example
 * digestToSourceLabels(digest).get('several-nato-countries') // => { long: 'Source 3, by Web Desk', short: 'Source 3' }
 */
export function digestToSourceLabels(digest: Pick<Digest, 'articles' | 'stories'>): Map<string, SourceLabel> {
  const position = new Map<string, number>();
  for (const story of digest.stories) story.articles.forEach((slug, i) => position.set(slug, i + 1));
  return new Map(
    digest.articles.map((article) => {
      const n = position.get(article.slug) ?? 1;
      return [article.slug, { long: articleToSourceLabel(article, n), short: articleToOutlet(article) ?? `Source ${n}` }];
    }),
  );
}

/** The host of an http(s) address without `www.`, or `undefined`. */
function urlToHost(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
    return parsed.hostname.replace(/^www\./u, '') || undefined;
  } catch {
    return undefined;
  }
}

/**
 * Which outlets a set of sources comes from, in words: the outlets named (at most `max`), and how
 * many sources name none (rather than "Source 2, Source 3").
 *
 * @param articles The sources.
 * @param max Outlets listed by name before the rest are counted.
 * @returns The phrase, or `''` when no source names its outlet.
 * @example
 * articlesToOutletsPhrase([{ meta: { outlet: 'Alwaght' } }, { meta: {} }, { meta: {} }]) // => 'Alwaght and 2 other sources'
 * articlesToOutletsPhrase([{ meta: { outlet: 'BBC' } }, { meta: { outlet: 'AP' } }]) // => 'BBC, AP'
 */
export function articlesToOutletsPhrase(articles: readonly Pick<DigestArticle, 'meta'>[], max = 4): string {
  const outlets = [...new Set(articles.flatMap((article) => articleToOutlet(article) ?? []))];
  if (outlets.length === 0) return '';
  const shown = outlets.slice(0, max);
  const others = articles.length - articles.filter((article) => shown.includes(articleToOutlet(article) ?? '')).length;
  return `${shown.join(', ')}${others > 0 ? ` and ${others} other ${others === 1 ? 'source' : 'sources'}` : ''}`;
}
