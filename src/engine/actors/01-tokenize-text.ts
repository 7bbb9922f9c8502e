/**
 * Stage 1 of actors: split a paragraph into word and punctuation tokens with offsets, mark the
 * tokens inside quotations and number the sentences. Every later stage of actors and quotes reads these tokens.
 */
import type { QuoteSpan } from '../quotes/01-find-quote-spans.ts';
import { foldWord } from './load-lexicons.ts';

/** A word or punctuation mark of a paragraph. */
export interface Token {
  text: string;
  /** Folded text (lower case, no accents, straight apostrophes). */
  lower: string;
  start: number;
  end: number;
  /** True for words (letters or digits), false for punctuation and quotation marks. */
  word: boolean;
  /** True for a word whose first character is a capital letter. */
  cap: boolean;
  /** Index of the quotation (in the paragraph's spans) the token lies in, marks included; -1 outside quotes. */
  quote: number;
  /** Index of the sentence within the paragraph. */
  sentence: number;
}

/** A paragraph ready for the actor and quote stages. */
export interface TokenizedParagraph {
  /** The paragraph's index in the article. */
  index: number;
  text: string;
  tokens: Token[];
  quotes: QuoteSpan[];
  /** Token index where each sentence starts. */
  sentenceStarts: number[];
}

const TOKEN = /\p{Lu}\.(?:\p{Lu}\.)+|[\p{L}\p{M}\p{N}]+(?:[-'’&][\p{L}\p{M}\p{N}]+)*|\S/gu;
const ABBREVIATION = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'sgt', 'capt', 'adm', 'maj', 'rev', 'jr', 'sr', 'no', 'vs', 'inc', 'corp', 'ltd', 'co']);
const SENTENCE_END = new Set(['.', '!', '?', '…']);
const CLOSING_MARKS = new Set(['”', '’', '"', "'", '»', '›', ')', ']']);
const OPENING_MARKS = new Set(['“', '‘', '"', "'", '«', '‹', '„', '(']);

/**
 * Tokenises one paragraph. Possessive endings become their own token ("Macron’s" → "Macron", "’s");
 * abbreviations and initials keep their period ("Mr.", "S.", "U.S.").
 *
 * @param index The paragraph's index in the article.
 * @param text The paragraph.
 * @param quotes The paragraph's quotations (from `findQuoteSpans`).
 * @example
 * tokenizeText(0, 'Mr. Weiss said “no”.', []).tokens.map((t) => t.text)
 * // => ['Mr.', 'Weiss', 'said', '“', 'no', '”', '.']
 */
export function tokenizeText(index: number, text: string, quotes: readonly QuoteSpan[]): TokenizedParagraph {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    let value = match[0];
    let start = match.index;
    const n = value.length;
    if (n > 3 && value[n - 1] === 's' && (value[n - 2] === '’' || value[n - 2] === "'")) {
      pushToken(tokens, value.slice(0, n - 2), start);
      start += n - 2;
      value = value.slice(n - 2);
    }
    const last = tokens.at(-1);
    if (value === '.' && last && last.end === start && last.word && (ABBREVIATION.has(last.lower) || /^\p{Lu}$/u.test(last.text))) {
      last.text += '.';
      last.lower += '.';
      last.end += 1;
      continue;
    }
    pushToken(tokens, value, start);
  }
  markQuotes(tokens, quotes);
  const sentenceStarts = markSentences(tokens);
  return { index, text, tokens, quotes: [...quotes], sentenceStarts };
}

function pushToken(tokens: Token[], text: string, start: number): void {
  const lower = foldWord(text);
  const first = text[0]!;
  const word = first !== first.toLowerCase() || first !== first.toUpperCase() || /[\p{L}\p{N}]/u.test(first);
  const cap = word && first !== first.toLowerCase() && first === first.toUpperCase();
  tokens.push({ text, lower, start, end: start + text.length, word, cap, quote: -1, sentence: 0 });
}

function markQuotes(tokens: Token[], quotes: readonly QuoteSpan[]): void {
  let q = 0;
  for (const token of tokens) {
    while (q < quotes.length && quotes[q]!.close <= token.start) q++;
    const span = quotes[q];
    if (span && token.start >= span.open && token.end <= span.close) token.quote = q;
  }
}

/** Numbers sentences; a sentence ends at . ! ? outside quotes (or at a closing mark after one) before a capital or opening mark. */
function markSentences(tokens: Token[]): number[] {
  const starts = [0];
  let sentence = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    token.sentence = sentence;
    const next = tokens[i + 1];
    if (!next) break;
    const ends =
      (SENTENCE_END.has(token.text) && token.quote === -1) ||
      (CLOSING_MARKS.has(token.text) && token.quote >= 0 && next.quote !== token.quote && SENTENCE_END.has(tokens[i - 1]?.text ?? ''));
    if (!ends) continue;
    if (CLOSING_MARKS.has(next.text) && next.quote === token.quote && token.quote >= 0) continue;
    const startsSentence = next.cap || /^\p{N}/u.test(next.text) || (OPENING_MARKS.has(next.text) && next.quote !== token.quote);
    if (startsSentence) {
      sentence++;
      starts.push(i + 1);
    }
  }
  return starts;
}
