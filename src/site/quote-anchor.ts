/**
 * Where a citation of a quote leads: the quote itself on its source page, not just its paragraph.
 */
import { sourcePath } from './page-urls.ts';

/**
 * The `id` of a quote on its source page.
 *
 * @param quoteId The quote's id in the digest.
 * @example quoteAnchor('bbc-troops-q3') // => 'q-bbc-troops-q3'
 */
export function quoteAnchor(quoteId: string): string {
  return `q-${quoteId}`;
}

/**
 * The link of a citation: to the quote when it cites one, else to the paragraph.
 *
 * @param citation The source article, its paragraph and, when a quote is cited, the quote's id.
 * @example
 * citationPath({ article: 'bbc-troops', paragraph: 2, quote: 'bbc-troops-q3' }) // => '/sources/bbc-troops/#q-bbc-troops-q3'
 * citationPath({ article: 'bbc-troops', paragraph: 2 }) // => '/sources/bbc-troops/#p-2'
 */
export function citationPath(citation: { article: string; paragraph: number; quote?: string }): string {
  return citation.quote ? `${sourcePath(citation.article)}#${quoteAnchor(citation.quote)}` : sourcePath(citation.article, citation.paragraph);
}
