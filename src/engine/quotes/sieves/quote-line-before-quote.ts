/**
 * Sieve: a paragraph that is only a quote, right before a paragraph opening with a quote whose
 * own cue names its speaker, is that speaker's — "“We have withdrawn the ban.”" ⏎ "“She gave a
 * reason,” said AK chief Isaiah Kiplagat."; not when the line before holds a quote by someone else or by nobody known.
 */
import { isQuoteOnlyLine, type Sieve } from './sieve.ts';

const OWN_CUE_RULES = new Set(['said-name-after-quote', 'name-after-question']);

/**
 * @example
 * // "“We have withdrawn the ban.” ⏎ “She gave a reason,” said Isaiah Kiplagat." → kiplagat
 */
export const quoteLineBeforeQuote: Sieve = {
  rule: 'quote-line-before-quote',
  attribute(context, i) {
    const { quotes, paragraphs } = context;
    const q = quotes[i]!;
    const next = quotes[i + 1];
    if (!next || next.speaker === null || !next.rule || !OWN_CUE_RULES.has(next.rule)) return undefined;
    if (next.position !== q.position + 1 || next.quote !== 0 || !next.startsSentence) return undefined;
    if (!q.startsSentence || !q.endsSentence || q.sentence !== 0 || paragraphs[q.position]!.sentenceStarts.length !== 1 || !isQuoteOnlyLine(context, q)) return undefined;
    const span = paragraphs[q.position]!.quotes[q.quote]!;
    if (!span.closed) return undefined;
    // "A poster at the rally read: “No cuts here.”" ⏎ "“No surrender.”": the line before quotes words of someone
    // else (or of nobody known), which the quote may continue.
    const before = quotes[i - 1];
    if (before && before.position === q.position - 1 && before.speaker !== next.speaker) return undefined;
    return { speaker: next.speaker, resolution: 'previous-quote-speaker', cue: 'floating', ...(next.verb ? { verb: next.verb } : {}) };
  },
};
