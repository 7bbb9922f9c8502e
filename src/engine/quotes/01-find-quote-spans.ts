/**
 * Stage 1 of quotes: find the top-level quotations of one paragraph from its quotation marks.
 */
import { partialQuoteEnd, partialQuoteEndAtMark } from './partial-quote-left-open.ts';

/** A top-level quotation inside one paragraph. Offsets are UTF-16 indexes into the paragraph. */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just after the closing mark, or the paragraph length when the quote is left open. */
  close: number;
  /** Start and end of the quoted words, trimmed of white space. */
  start: number;
  end: number;
  /** False when the paragraph ends before the quote is closed (a quote that runs on). */
  closed: boolean;
}

type Family = 'double' | 'single' | 'straight-single';

interface OpenMark {
  family: Family;
  char: string;
  at: number;
}

/** The quotation marks and apostrophes the scan looks at (and ‚, which it passes over): " ' « » ‘ ’ ‚ “ ” „ ‹ ›. */
const MARK = /["'\u00ab\u00bb\u2018-\u201a\u201c-\u201e\u2039\u203a]/g;
const SPACE = /\s/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;
const OPENING_CONTEXT = /[\s([{\u2014\u2013\-/:;“‘«‹„]/u;
/** Punctuation right after a mark that only a closing mark has before it (`" ,` never opens a quote). */
const CLOSING_PUNCTUATION = /[.,;:!?)\]}]/u;
const AFTER_CLOSE = /[\s.,;:!?)\]}\u2014\u2013\-”»›"…]/u;

/**
 * Finds the quotations of a paragraph. Handles curly, straight and angle marks; single marks
 * nested in double ones (reported inside the outer quote, not on their own); apostrophes in
 * words ("don’t", "Macron’s", "’90s") which are not marks; a double quote closed with a single
 * or angle mark (`“major escalation’`, `“a very important new element »`); and a quote the
 * paragraph leaves open, which runs to the paragraph's end or to the next opening mark of its kind (but a partial one
 * opened on a lower-case word inside a sentence, with a quotation opened after it, ends with its first sentence:
 * `partialQuoteEnd`).
 *
 * @param text One paragraph.
 * @returns The top-level quotations, in order.
 * @example
 * findQuoteSpans('“We will win,” she said.')
 * // => [{ open: 0, close: 14, start: 1, end: 13, closed: true }]
 */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const stack: OpenMark[] = [];
  const lastDoubleCloser = lastIndexOfAny(text, '”»"');
  /** The first mark that opened a quotation inside one opened with the same mark (a straight " or a ‘). */
  let nestedSame = -1;
  const straightSingles = countChar(text, "'");

  const closeTo = (depth: number, closeAt: number, closeEnd: number): void => {
    const bottom = stack[0];
    stack.length = depth;
    if (depth === 0 && bottom) pushSpan(spans, text, bottom.at, closeAt, closeEnd, true);
  };
  const indexOfFamily = (family: Family): number => {
    for (let k = stack.length - 1; k >= 0; k--) if (stack[k]!.family === family) return k;
    return -1;
  };

  for (let i = 0; i < text.length; i++) {
    // Jump to the next mark: the characters between marks change nothing.
    MARK.lastIndex = i;
    if (!MARK.test(text)) break;
    i = MARK.lastIndex - 1;
    const c = text[i]!;
    const prev = i > 0 ? text[i - 1]! : ' ';
    const next = i + 1 < text.length ? text[i + 1]! : ' ';
    switch (c) {
      case '“':
      case '„':
      case '«': {
        const top = stack.at(-1);
        // Proper nesting uses single marks; a second “ while one is open means the first was never closed.
        if (top && top.family === 'double' && top.char === c && stack.length === 1) {
          // "… were “only 10% of the agenda. Dr Roe said staff wanted “change”.": a partial one ends with its sentence.
          const end = partialQuoteEnd(text, top.at, i);
          if (end === undefined) pushSpan(spans, text, top.at, i, i, false);
          else pushSpan(spans, text, top.at, end, end, true);
          stack.length = 0;
        }
        stack.push({ family: 'double', char: c, at: i });
        break;
      }
      case '”':
      case '»': {
        const k = indexOfFamily('double');
        if (k >= 0) closeTo(k, i, i + 1);
        break;
      }
      case '"': {
        const k = indexOfFamily('double');
        // "He replies: "What is it? "That if you …": a new paragraph's mark after a sentence's end, the first never closed
        // (also before a number: "… after all. "2004's films …").
        const top = stack.at(-1);
        if (top && stack.length === 1 && top.char === '"' && SPACE.test(prev) && (LETTER.test(next) || /\d/.test(next)) && /[.?!]\s$/u.test(text.slice(Math.max(0, i - 2), i))) {
          pushSpan(spans, text, top.at, i, i, false);
          stack.length = 0;
          stack.push({ family: 'double', char: c, at: i });
          break;
        }
        // "…I'm a drummer' ", he recalled": a space (often a thin one) between an inner closing mark and the outer one.
        if (k >= 0 && (!SPACE.test(prev) || CLOSING_PUNCTUATION.test(next))) closeTo(k, i, i + 1);
        else if (!SPACE.test(next) && OPENING_CONTEXT.test(prev)) {
          if (stack.length === 1 && top?.char === '"' && nestedSame < top.at) nestedSame = i;
          stack.push({ family: 'double', char: c, at: i });
        } else if (k >= 0) closeTo(k, i, i + 1);
        break;
      }
      case '‘':
      case '‹': {
        if (c === '‘' && LETTER.test(prev)) break;
        if (/\d/.test(next)) break; // ‘90s
        // British style, quotes in single marks: ‘We blew it. ‘There’s no use …’ (paragraphs run together): a new
        // paragraph's mark after a sentence's end, the first never closed, as with double marks.
        const top = stack.at(-1);
        if (c === '‘' && top && stack.length === 1 && top.char === '‘' && SPACE.test(prev) && LETTER.test(next) && /[.?!]\s$/u.test(text.slice(Math.max(0, i - 2), i))) {
          pushSpan(spans, text, top.at, i, i, false);
          stack.length = 0;
        }
        if (c === '‹' || !SPACE.test(next)) {
          if (c === '‘' && stack.length === 1 && top?.char === '‘' && nestedSame < top.at) nestedSame = i;
          stack.push({ family: 'single', char: c, at: i });
        }
        break;
      }
      case '’':
      case '›': {
        if (c === '’' && WORD_CHAR.test(prev) && WORD_CHAR.test(next)) break; // don’t, Macron’s
        if (c === '’' && prev === ']' && LETTER.test(next)) break; // ‘[Shoshone]’s herd’: an editor's bracket and an apostrophe
        const k = indexOfFamily('single');
        // ‘We acted on the surveyors’ report. We could not wait.’: a plural's apostrophe before a lower-case word, in a
        // quote of several words opened in single marks that a later mark after a sentence's end closes.
        if (c === '’' && k === 0 && isPluralApostrophe(text, i, stack[0]!.at)) break;
        if (k >= 0 && (c === '›' || !SPACE.test(prev))) {
          closeTo(k, i, i + 1);
          break;
        }
        // ‘It was bad for savers, ’ said …, ‘the Whirlwind ’ White: a ’ with a space on both sides touches no word, so it
        // is no apostrophe but a closing mark set after a stray space.
        if (c === '’' && k >= 0 && SPACE.test(prev) && !SPACE.test(text[i - 2] ?? ' ') && /[\s.,;:!?)\]}]/u.test(next)) {
          closeTo(k, i, i + 1);
          break;
        }
        // A double quote closed with a single mark: only when no double closer follows and the
        // mark is not the apostrophe of a plural possessive ("the allies’ position").
        const top = stack.at(-1);
        if (
          c === '’' &&
          top?.family === 'double' &&
          stack.length === 1 &&
          !SPACE.test(prev) &&
          AFTER_CLOSE.test(next) &&
          lastDoubleCloser < i &&
          (prev !== 's' || /[.,;:!?]/.test(next))
        ) {
          closeTo(0, i, i + 1);
        }
        break;
      }
      case "'": {
        if (WORD_CHAR.test(prev) && WORD_CHAR.test(next)) break;
        const k = indexOfFamily('straight-single');
        if (k >= 0 && !SPACE.test(prev) && !LETTER.test(next)) {
          closeTo(k, i, i + 1);
          break;
        }
        if (OPENING_CONTEXT.test(prev) && LETTER.test(next) && straightSingles > 1 && hasStraightCloser(text, i + 1)) {
          stack.push({ family: 'straight-single', char: c, at: i });
        }
        break;
      }
      default:
        break;
    }
  }
  const bottom = stack[0];
  // "… were "only 10% of the agenda. Dr Roe said staff wanted "change".": a partial quotation never closed ends with its
  // sentence (also in British single marks).
  const end = bottom && nestedSame > bottom.at ? partialQuoteEnd(text, bottom.at, nestedSame) : undefined;
  // … had been "ambitious, but take-up had not been "enough to go on". …: no sentence end before the next opening mark,
  // so the writer left the closing mark out there.
  const endAtMark = bottom && end === undefined && nestedSame > bottom.at ? partialQuoteEndAtMark(text, bottom.at, nestedSame) : undefined;
  if (bottom && endAtMark !== undefined) {
    pushSpan(spans, text, bottom.at, endAtMark, endAtMark, true);
    for (const span of findQuoteSpans(text.slice(endAtMark))) spans.push({ open: span.open + endAtMark, close: span.close + endAtMark, start: span.start + endAtMark, end: span.end + endAtMark, closed: span.closed });
  } else if (bottom && end !== undefined) {
    pushSpan(spans, text, bottom.at, end, end, true);
    for (const span of findQuoteSpans(text.slice(end))) spans.push({ open: span.open + end, close: span.close + end, start: span.start + end, end: span.end + end, closed: span.closed });
  } else if (bottom) pushSpan(spans, text, bottom.at, text.length, text.length, false);
  return spans;
}


function pushSpan(spans: QuoteSpan[], text: string, open: number, closeAt: number, closeEnd: number, closed: boolean): void {
  let start = open + 1;
  let end = closeAt;
  while (start < end && SPACE.test(text[start]!)) start++;
  while (end > start && SPACE.test(text[end - 1]!)) end--;
  if (!/\p{L}/u.test(text.slice(start, end))) return;
  spans.push({ open, close: closeEnd, start, end, closed });
}

function lastIndexOfAny(text: string, chars: string): number {
  let last = -1;
  for (let i = 0; i < chars.length; i++) last = Math.max(last, text.lastIndexOf(chars[i]!));
  return last;
}

function countChar(text: string, char: string): number {
  let n = 0;
  for (let i = text.indexOf(char); i >= 0; i = text.indexOf(char, i + 1)) n++;
  return n;
}

/** Words a quote holds before a plural's apostrophe for the mark to be read as one ("‘bosses’ and …" is a closed scare quote). */
const MIN_WORDS_BEFORE_APOSTROPHE = 4;

/**
 * True when the ’ at `at`, inside a single-mark quote opened at `open`, is a plural's apostrophe: after an s (or the S
 * of a capitalised name: ‘ISIS’ return’), before a space and a lower-case word or a number (‘the Governors’ 109-year
 * history’), the quote opening the paragraph, a sentence, after a colon, or after a comma on a capital letter (‘he
 * said, ‘We …’), already several words long, and a ’ after a sentence's end (.’ ?’ !’ ,’) later in the paragraph to
 * close it.
 */
function isPluralApostrophe(text: string, at: number, open: number): boolean {
  if (!/[sS]/.test(text[at - 1] ?? '') || !/^\s[\p{Ll}\p{N}]/u.test(text.slice(at + 1, at + 3))) return false;
  // A quote of whole sentences opens the paragraph or a sentence, or follows a colon, or a comma when it opens on a
  // capital; a quoted phrase inside a sentence ("proud to have the fiercest of fighters’ on his side") ends at such a mark.
  const before = text.slice(0, open);
  if (!/(?:^|[.!?:]\s+)$/u.test(before) && !(/,\s+$/u.test(before) && /^\p{Lu}/u.test(text[open + 1] ?? ''))) return false;
  if (text.slice(open + 1, at).split(/\s+/).filter(Boolean).length < MIN_WORDS_BEFORE_APOSTROPHE) return false;
  return /[.,!?]’/u.test(text.slice(at + 1));
}

/** True when a straight single mark after `from` can close a quote (after a non-space, before a non-letter). */
function hasStraightCloser(text: string, from: number): boolean {
  for (let i = text.indexOf("'", from); i >= 0; i = text.indexOf("'", i + 1)) {
    const prev = text[i - 1] ?? ' ';
    const next = text[i + 1] ?? ' ';
    if (!SPACE.test(prev) && !(WORD_CHAR.test(prev) && WORD_CHAR.test(next)) && !LETTER.test(next)) return true;
  }
  return false;
}
