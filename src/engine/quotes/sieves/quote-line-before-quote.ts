/**
 * Sieve: a paragraph that is only a quote, right before a paragraph opening with a quote whose
 * own cue names its speaker, is that speaker's — "“We have withdrawn the ban.”" ⏎ "“She gave a
 * reason,” said AK chief Isaiah Kiplagat."; so is a run of up to three such paragraphs before it
 * ("“I never write quickly.”" ⏎ "“I am too self-critical.”" ⏎ "“I am never satisfied,” Hailey said.");
 * not when the line before the run holds a quote by someone else or by nobody known, except a few
 * words quoted inside a sentence that goes on after them ("… drawing his characters “from real life”
 * and taking years over each book."): narration about the person, not words the run could continue.
 */
import type { QuoteCue } from '../cue-types.ts';
import { isQuoteOnlyLine, type AttributedQuote, type Sieve, type SieveContext } from './sieve.ts';

const OWN_CUE_RULES = new Set(['said-name-after-quote', 'name-after-question']);

/** How many quote-only paragraphs may stand before the cued one. */
const MAX_RUN = 3;

/**
 * @example
 * // "“We have withdrawn the ban.” ⏎ “She gave a reason,” said Isaiah Kiplagat." → kiplagat
 */
export const quoteLineBeforeQuote: Sieve = {
  rule: 'quote-line-before-quote',
  attribute(context, i) {
    const { quotes } = context;
    const q = quotes[i]!;
    if (!isClosedQuoteLine(context, i)) return undefined;
    // The paragraphs after it: more quote-only lines without a speaker, then the one whose own cue names it.
    let last = q;
    let next: (typeof quotes)[number] | undefined;
    for (let j = i + 1; j < quotes.length && j <= i + MAX_RUN; j++) {
      const n = quotes[j]!;
      if (n.position !== last.position + 1 || n.quote !== 0 || !n.startsSentence) return undefined;
      if (n.speaker !== null && n.rule && OWN_CUE_RULES.has(n.rule)) {
        next = n;
        break;
      }
      if (n.speaker !== null || !isClosedQuoteLine(context, j)) return undefined;
      last = n;
    }
    if (!next) return undefined;
    // "A poster at the rally read: “No cuts here.”" ⏎ "“No surrender.”": the line before quotes words of someone
    // else (or of nobody known), which the quote may continue.
    const before = quotes[i - 1];
    if (before && before.position === q.position - 1 && before.speaker !== next.speaker && !isQuotedPhrase(before)) return undefined;
    return { speaker: next.speaker!, resolution: 'previous-quote-speaker', cue: 'floating', ...(next.verb ? { verb: next.verb } : {}) };
  },
};

/** Words quoted by nobody known in the middle of a sentence of narration: "his characters “from real life” and …". */
function isQuotedPhrase(q: AttributedQuote): boolean {
  return q.speaker === null && q.partial && q.cue === 'none' && !q.startsSentence && !q.endsSentence;
}

/** Quote `i` is a closed quote that is its paragraph's only sentence and only quotation. */
function isClosedQuoteLine(context: SieveContext, i: number): boolean {
  const q: QuoteCue = context.quotes[i]!;
  const paragraph = context.paragraphs[q.position]!;
  if (!q.startsSentence || !q.endsSentence || q.sentence !== 0 || paragraph.sentenceStarts.length !== 1 || paragraph.quotes.length !== 1) return false;
  return paragraph.quotes[q.quote]!.closed && isQuoteOnlyLine(context, q);
}
