/**
 * A quotation whose opening mark the text lost: a paragraph that runs from its first word to a closing mark, with no
 * opening mark before it — a block quote copied below "This source explained:" ("In every diocese there is a
 * tribunal …".") or a post quoted with its author after it ("There is no dignity in prison" - NAME.").
 */
import type { QuoteSpan } from './01-find-quote-spans.ts';

/** How many paragraphs back a quotation left open makes the closing mark its end rather than a lost opening. */
const RUN_ON_PARAGRAPHS = 4;
/** The fewest words before the mark: a lone word or two before a stray mark is no quotation. */
const MIN_WORDS = 3;

/**
 * Adds, to each paragraph whose first quotation mark closes a quotation (a ” or », or a " glued to the word before
 * it and followed by a space, punctuation or the end), a quotation from the paragraph's start to that mark. A
 * quotation left open in one of the four paragraphs before is the opening of this one (a quote that runs over
 * several lines), so such a paragraph is left alone.
 *
 * @param texts The paragraphs' texts.
 * @param spans Per paragraph, its quotations from `findQuoteSpans`.
 * @returns Per paragraph, its quotations with the unopened one first.
 * @example
 * findUnopenedQuotes(['He explained:', 'The tribunal examines every priest".'], [[], []])[1]
 * // => [{ open: 0, close: 35, start: 0, end: 33, closed: true }]
 */
export function findUnopenedQuotes(texts: readonly string[], spans: readonly QuoteSpan[][]): QuoteSpan[][] {
  return spans.map((own, p) => {
    const text = texts[p]!;
    const mark = text.search(/["“”„«»]/u);
    if (mark <= 0 || !closesHere(text, mark)) return own;
    if (own.some((s) => s.open < mark)) return own;
    for (let back = p - 1; back >= 0 && back >= p - RUN_ON_PARAGRAPHS; back--) if (spans[back]!.some((s) => !s.closed)) return own;
    let end = mark;
    while (end > 0 && /\s/u.test(text[end - 1]!)) end--;
    const words = text.slice(0, end).match(/[\p{L}\p{N}]+/gu) ?? [];
    if (words.length < MIN_WORDS || !/^[\p{L}\p{N}]/u.test(text)) return own;
    return [{ open: 0, close: mark + 1, start: 0, end, closed: true }, ...own];
  });
}

/** The mark at `at` can only close a quotation: a ” or », or a " after a non-space and before a space, punctuation or the end. */
function closesHere(text: string, at: number): boolean {
  const c = text[at]!;
  if (c === '”' || c === '»') return true;
  if (c !== '"') return false;
  const prev = text[at - 1]!;
  const next = text[at + 1] ?? ' ';
  return !/\s/u.test(prev) && /[\s.,;:!?)\]}\-–—]/u.test(next);
}
