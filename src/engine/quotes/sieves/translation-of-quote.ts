/**
 * Sieve: a quotation in Spanish and its English translation given next to it (the next quote, one
 * or two paragraphs on, of about the same length) are the same words, so the same speaker's —
 * "“La situación es grave”, dijo Ana Ruiz." ⏎ "“The situation is serious.”", or the other way round.
 */
import spanishJson from '../../lexicons/spanish-function-words.json' with { type: 'json' };
import type { QuoteCue } from '../cue-types.ts';
import { inheritSpeaker, type Sieve, type SieveContext } from './sieve.ts';

const SPANISH_WORDS: ReadonlySet<string> = new Set(spanishJson.words);

/** The lower-case (accent-folded) words of a quotation. */
function wordsOf(context: SieveContext, q: QuoteCue): string[] {
  const { tokens } = context.paragraphs[q.position]!;
  const words: string[] = [];
  for (let k = q.openToken + 1; k < q.closeToken; k++) if (tokens[k]!.word) words.push(tokens[k]!.lower);
  return words;
}

/** The share of a quotation's words that are Spanish function words. */
function spanishShare(words: readonly string[]): number {
  let n = 0;
  for (const w of words) if (SPANISH_WORDS.has(w)) n++;
  return words.length === 0 ? 0 : n / words.length;
}

/**
 * True when one quotation is Spanish (at least six words, a quarter of them Spanish function
 * words), the other shows none of them, and their lengths differ by less than half.
 */
function isTranslationPair(context: SieveContext, a: QuoteCue, b: QuoteCue): boolean {
  const wa = wordsOf(context, a);
  const wb = wordsOf(context, b);
  if (Math.min(wa.length, wb.length) < 6 || Math.max(wa.length, wb.length) > 1.5 * Math.min(wa.length, wb.length)) return false;
  const sa = spanishShare(wa);
  const sb = spanishShare(wb);
  return (sa >= 0.25 && sb < 0.05) || (sb >= 0.25 && sa < 0.05);
}

/** True when both quotations are Spanish or both are not (their words, as `isTranslationPair` reads them). */
function sameLanguage(context: SieveContext, a: QuoteCue, b: QuoteCue): boolean {
  return spanishShare(wordsOf(context, a)) >= 0.25 === spanishShare(wordsOf(context, b)) >= 0.25;
}

/**
 * Quotes `lo` and `lo + 2` are the crossed pair of a block of two quotations and their two translations: the quote
 * between them pairs with the quote on its far side ("A1 A2 B1 B2": A1–B1 with A2–B2, or A2–B2 with A1–B1).
 */
function inCrossedBlock(context: SieveContext, lo: number): boolean {
  const { quotes } = context;
  const mid = quotes[lo + 1]!;
  const partner = sameLanguage(context, quotes[lo]!, mid) ? quotes[lo + 3] : quotes[lo - 1];
  return partner !== undefined && isTranslationPair(context, mid, partner);
}

/**
 * "“A1” ⏎ “B1” “A2”": quote `j` already has its translation on the side away from the quote asking (`j + side`, one
 * or two lines off), so it is that quote's translation, not this one's.
 */
function pairedOnFarSide(context: SieveContext, j: number, side: number): boolean {
  const other = context.quotes[j]!;
  const far = context.quotes[j + side];
  return far !== undefined && Math.abs(far.position - other.position) <= 2 && isTranslationPair(context, other, far);
}

/**
 * The translation is the next quote in either direction, or, in a block of two quotations in one language
 * followed by their two translations, the quote two away ("“A1” ⏎ “A2” ⏎ “B1” ⏎ “B2”": A1 with B1, A2 with B2).
 *
 * @example
 * // "“La ley llega tarde para nosotros”, dijo Ana Ruiz." ⏎ "“The law comes too late for us.”" → the second gets ana-ruiz
 */
export const translationOfQuote: Sieve = {
  rule: 'translation-of-quote',
  attribute(context, i) {
    const { quotes } = context;
    const q = quotes[i]!;
    for (const step of [1, 2]) {
      for (const j of [i - step, i + step]) {
        const other = quotes[j];
        if (!other || other.speaker === null) continue;
        const gap = Math.abs(other.position - q.position);
        if (gap < 1 || gap > 2 * step || !isTranslationPair(context, q, other)) continue;
        if (step === 2 && !inCrossedBlock(context, Math.min(i, j))) continue;
        if (step === 1 && pairedOnFarSide(context, j, j - i)) continue;
        return inheritSpeaker(other, 'floating');
      }
    }
    return undefined;
  },
};
