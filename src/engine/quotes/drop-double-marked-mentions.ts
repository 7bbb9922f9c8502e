/**
 * The mirror of drop-single-marked-mentions.ts, for British house style: an article that quotes in single marks
 * (‘…’) sets off words, nicknames, terms and labels in double marks (“…”): ‘We will fight on,’ she said of the party
 * she calls the “voice of the towns”. Double marks then nest inside single ones, and a short double-marked span on
 * its own is a mention, not anybody's words. A long double-marked span (a sentence or more) stays a quotation: an
 * article that mixes the two styles quotes in both. Told from the marks alone, never from a list of phrases.
 */
import type { QuoteSpan } from './01-find-quote-spans.ts';
import { isSingleMarked, LONG_QUOTE_WORDS } from './drop-single-marked-mentions.ts';
import { countWordRunsUpTo } from '../text/count-words.ts';

/**
 * True when an article quotes in single marks: more of its long quotations (closed, six words or more) open with a
 * single mark than with a double one.
 *
 * @param paragraphs The article's paragraphs, each with its text and top-level quotations.
 * @example
 * quotesInSingleMarks([{ text: '‘We will rebuild the bridge by June,’ the mayor said of the “big fix”.', quotes: findQuoteSpans('…') }])
 * // => true
 */
export function quotesInSingleMarks(paragraphs: readonly { text: string; quotes: readonly QuoteSpan[] }[]): boolean {
  let double = 0;
  let single = 0;
  for (const { text, quotes } of paragraphs) {
    for (const span of quotes) {
      if (!span.closed || countWordRunsUpTo(text.slice(span.start, span.end), LONG_QUOTE_WORDS) < LONG_QUOTE_WORDS) continue;
      if (isSingleMarked(text, span)) single++;
      else double++;
    }
  }
  return single > double;
}

/**
 * True when the quotation `span` of `text` is a short span (fewer than six words) opened with a double mark: in an
 * article that quotes in single marks, a word or label the writer sets off.
 *
 * @param text The paragraph.
 * @param span One of its top-level quotations.
 * @example
 * isDoubleMarkedMention('the “big fix” he promised', { open: 4, close: 13, start: 5, end: 12, closed: true }) // => true
 * isDoubleMarkedMention('the ‘big fix’ he promised', { open: 4, close: 13, start: 5, end: 12, closed: true }) // => false
 */
export function isDoubleMarkedMention(text: string, span: QuoteSpan): boolean {
  return !isSingleMarked(text, span) && countWordRunsUpTo(text.slice(span.start, span.end), LONG_QUOTE_WORDS) < LONG_QUOTE_WORDS;
}
