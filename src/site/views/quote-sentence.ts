/**
 * Fragments of a few quoted words ("necessary", "millions") are read inside the sentence they were
 * quoted in, not as remarks of their own.
 */
import { countWords } from '../../engine/text/count-words.ts';
import { splitSentences } from '../../engine/text/split-sentences.ts';
import type { SiteData } from '../site-data.ts';

/** A sentence of a source split around the quote in it. */
export interface QuoteInSentence {
  before: string;
  quote: string;
  after: string;
}

/** Quotes shorter than this (in words) are fragments. */
const FRAGMENT_WORDS = 4;

/**
 * Whether a quote is a fragment of a few words rather than a remark.
 *
 * @example
 * isFragment('necessary') // => true
 * isFragment('nothing should be ruled out') // => false
 */
export function isFragment(text: string): boolean {
  return countWords(text) < FRAGMENT_WORDS;
}

/**
 * The sentence of its paragraph that a quote sits in, split around the quote.
 *
 * @param quoteId The quote's id.
 * @param data Quotes and articles by id.
 * @returns The sentence, or `undefined` when the quote or its paragraph is unknown.
 * @example
 * quoteToSentence('a-q2', data)
 * // => { before: 'Zelensky said “', quote: 'millions', after: '” could die without more aid.' }
 */
export function quoteToSentence(quoteId: string | undefined, data: Pick<SiteData, 'articles' | 'quotes'>): QuoteInSentence | undefined {
  const quote = quoteId === undefined ? undefined : data.quotes.get(quoteId);
  if (!quote) return undefined;
  const text = data.articles.get(quote.article)?.paragraphs.find((paragraph) => paragraph.index === quote.paragraph)?.text;
  if (!text || quote.end > text.length) return undefined;
  const span = splitSentences(text).find((sentence) => sentence.start <= quote.start && quote.start < sentence.end);
  if (!span) return undefined;
  const end = Math.max(span.end, quote.end);
  return { before: text.slice(span.start, quote.start), quote: text.slice(quote.start, quote.end), after: text.slice(quote.end, end) };
}
