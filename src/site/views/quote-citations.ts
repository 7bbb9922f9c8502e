/**
 * Turns quotes into the paragraph citations a page links to.
 */
import type { Citation, DigestQuote } from '../../engine/digest/schema.ts';

/** A citation of a quote: its paragraph, and the quote to link to. */
export type QuoteCitation = Citation & { quote: string };

/**
 * The distinct paragraphs that carry the given quotes, in the quotes' order, each naming the first
 * of the quotes in it (so a link can lead to the quote itself).
 *
 * @param quoteIds Quote ids (unknown ids are skipped).
 * @param quotes All quotes by id.
 * @returns One citation per article paragraph.
 * @example
 * quotesToCitations(['q1', 'q3'], quotes)
 * // => [{ article: 'bbc-troops', paragraph: 0, quote: 'q1' }, { article: 'guardian-troops', paragraph: 0, quote: 'q3' }]
 */
export function quotesToCitations(
  quoteIds: readonly string[],
  quotes: ReadonlyMap<string, DigestQuote>,
): QuoteCitation[] {
  const seen = new Set<string>();
  const citations: QuoteCitation[] = [];
  for (const id of quoteIds) {
    const quote = quotes.get(id);
    if (!quote) continue;
    const key = `${quote.article}\u0000${quote.paragraph}`;
    if (seen.has(key)) continue;
    seen.add(key);
    citations.push({ article: quote.article, paragraph: quote.paragraph, quote: quote.id });
  }
  return citations;
}
