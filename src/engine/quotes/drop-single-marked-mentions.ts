/**
 * A writer's house style: an article that quotes people in double marks (“…” or "…") sets off words, terms, titles,
 * glosses and slogans in single marks (‘…’ or '…'): the “reform” someone announced but the ‘party of power’ the writer
 * glosses, a ‘tomato period’ someone outgrew. Single marks then nest inside double ones, and a single-marked span on
 * its own is a mention, not anybody's words. British-style articles quote in single marks; there the long quotations
 * are single-marked, and nothing is dropped. Told from the marks alone, never from a list of phrases.
 */
import type { QuoteSpan } from './01-find-quote-spans.ts';
import { countWordRunsUpTo } from '../text/count-words.ts';

/** Opening marks of the single family: straight, curly and angle. */
const SINGLE_OPENERS = new Set(["'", '‘', '‹']);
/** A quotation of this many words or more is a sentence or a clause someone said, and shows the house style. */
const LONG_QUOTE_WORDS = 6;

/**
 * True when the quotation `span` of `text` opens with a single mark.
 *
 * @example
 * isSingleMarked('the ‘big fix’ he promised', { open: 4, close: 13, start: 5, end: 12, closed: true })
 * // => true
 */
export function isSingleMarked(text: string, span: QuoteSpan): boolean {
  return SINGLE_OPENERS.has(text[span.open] ?? '');
}

/**
 * True when an article quotes in double marks: more of its long quotations (closed, six words or more) open with a
 * double mark than with a single one. In such an article a top-level single-marked span sets off a word or a label.
 *
 * @param paragraphs The article's paragraphs, each with its text and top-level quotations.
 * @example
 * quotesInDoubleMarks([{ text: '“We will rebuild the bridge,” the mayor said of the ‘big fix’.', quotes: findQuoteSpans('…') }])
 * // => true
 */
export function quotesInDoubleMarks(paragraphs: readonly { text: string; quotes: readonly QuoteSpan[] }[]): boolean {
  let double = 0;
  let single = 0;
  for (const { text, quotes } of paragraphs) {
    for (const span of quotes) {
      if (!span.closed || countWordRunsUpTo(text.slice(span.start, span.end), LONG_QUOTE_WORDS) < LONG_QUOTE_WORDS) continue;
      if (isSingleMarked(text, span)) single++;
      else double++;
    }
  }
  return double > single;
}
