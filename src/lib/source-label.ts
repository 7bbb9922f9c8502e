/**
 * The short name a page uses for a source article in citations and lists.
 */
import type { DigestArticle } from '../engine/digest/schema.ts';

/**
 * Names a source by its outlet, else its author, else its title, so every citation has words.
 *
 * @param article The source article.
 * @returns A short label.
 * @example
 * articleToSourceLabel({ meta: { outlet: 'BBC' }, displayTitle: 'Macron…' }) // => 'BBC'
 * articleToSourceLabel({ meta: {}, displayTitle: 'Macron says nothing excluded' }) // => 'Macron says nothing excluded'
 */
export function articleToSourceLabel(article: Pick<DigestArticle, 'meta' | 'displayTitle'>): string {
  return article.meta.outlet ?? article.meta.author ?? truncate(article.displayTitle, 60);
}

function truncate(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`;
}
