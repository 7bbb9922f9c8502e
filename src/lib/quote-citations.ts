/**
 * Turns quotes into the paragraph citations a page links to.
 */
import type { Citation, DigestQuote } from '../engine/digest/schema.ts';

/**
 * The distinct paragraphs that carry the given quotes, in the quotes' order.
 *
 * @param quoteIds Quote ids (unknown ids are skipped).
 * @param quotes All quotes by id.
 * @returns One citation per article paragraph.
 * @example
 * quotesToCitations(['q1', 'q3'], quotes)
 * // => [{ article: 'bbc-troops', paragraph: 0 }, { article: 'guardian-troops', paragraph: 0 }]
 */
export function quotesToCitations(
  quoteIds: readonly string[],
  quotes: ReadonlyMap<string, DigestQuote>,
): Citation[] {
  const seen = new Set<string>();
  const citations: Citation[] = [];
  for (const id of quoteIds) {
    const quote = quotes.get(id);
    if (!quote) continue;
    const key = `${quote.article}\u0000${quote.paragraph}`;
    if (seen.has(key)) continue;
    seen.add(key);
    citations.push({ article: quote.article, paragraph: quote.paragraph });
  }
  return citations;
}
