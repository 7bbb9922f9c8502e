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
 * articleToSourceLabel({ meta: {}, displayTitle: 'A provocative comment by French President Emmanuel Macron' })
 * // => 'A provocative comment by French…'
 */
export function articleToSourceLabel(article: Pick<DigestArticle, 'meta' | 'displayTitle'>): string {
  return article.meta.outlet ?? article.meta.author ?? truncateWords(article.displayTitle, 40);
}

/** Cuts text to at most `length` characters at a word boundary, with an ellipsis. */
function truncateWords(text: string, length: number): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  const space = cut.lastIndexOf(' ');
  return `${(space > length / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}
