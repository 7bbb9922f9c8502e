/**
 * A nickname in marks inside a person's name: 'Glenn "GT" Thompson', 'Earvin “Magic” Johnson', 'Dwayne "The Rock"
 * Johnson'. drop-nicknames.ts (quotes) leaves such marks out of the quotations, so the nickname's words share the
 * name's quotation index; the name-run finder runs on through them and the classifier keeps them inside the name.
 */
import type { Token } from './01-tokenize-text.ts';
import { isUpperCase } from '../text/is-upper-case.ts';

/** Marks a nickname inside a name opens with, and the mark that closes each. */
const NICKNAME_MARKS: ReadonlyMap<string, string> = new Map([['"', '"'], ['“', '”'], ['‘', '’'], ["'", "'"]]);
/** A nickname has one or two words. */
const MAX_NICKNAME_WORDS = 2;

/**
 * The nickname's length in words when `tokens[j]`, right after the capitalised word `tokens[last]`, opens marks around
 * one or two capitals that are no quotation (same quotation index as `tokens[last]`), closed right before a
 * capitalised word; else 0.
 *
 * @param tokens A paragraph's tokens.
 * @param last The name word before the marks.
 * @param j The token after it.
 * @example
 * nicknameLength(tokenizeText(0, 'Rep. Glenn "GT" Thompson said', []).tokens, 1, 2)
 * // => 1
 */
export function nicknameLength(tokens: readonly Token[], last: number, j: number): number {
  const close = NICKNAME_MARKS.get(tokens[j]?.text ?? '');
  if (j !== last + 1 || close === undefined || !tokens[last]!.cap || !tokens[last]!.word) return 0;
  const quote = tokens[last]!.quote;
  for (let n = 1; n <= MAX_NICKNAME_WORDS; n++) {
    const word = tokens[j + n];
    if (!word || !word.word || !word.cap || word.quote !== quote) return 0;
    const surname = tokens[j + n + 2];
    if (tokens[j + n + 1]?.text === close && surname && surname.word && surname.cap && !isUpperCase(surname.text) && surname.quote === quote) return n;
  }
  return 0;
}

/**
 * The index of the opening mark when `tokens[close]` closes a nickname inside a name (see {@link nicknameLength});
 * else -1.
 *
 * @param tokens A paragraph's tokens.
 * @param close A token index.
 * @example
 * nicknameOpening(tokenizeText(0, 'Rep. Glenn "GT" Thompson said', []).tokens, 4)
 * // => 2
 */
export function nicknameOpening(tokens: readonly Token[], close: number): number {
  for (let n = 1; n <= MAX_NICKNAME_WORDS; n++) {
    const open = close - n - 1;
    if (open >= 1 && nicknameLength(tokens, open - 1, open) === n) return open;
  }
  return -1;
}

/**
 * The name of tokens `first` to `last` without a nickname in marks inside it ('Glenn "GT" Thompson' → 'Glenn
 * Thompson'): a reader's full name for the person; the text as written when it holds none.
 *
 * @param text The paragraph's text.
 * @param tokens Its tokens.
 * @param first The name's first token.
 * @param last The name's last token.
 * @example
 * nameWithoutNickname('Rep. Glenn "GT" Thompson said', tokens, 1, 5)
 * // => 'Glenn Thompson'
 */
export function nameWithoutNickname(text: string, tokens: readonly Token[], first: number, last: number): string {
  for (let close = first + 2; close < last; close++) {
    const open = nicknameOpening(tokens, close);
    if (open > first) return `${text.slice(tokens[first]!.start, tokens[open - 1]!.end)} ${text.slice(tokens[close + 1]!.start, tokens[last]!.end)}`;
  }
  return text.slice(tokens[first]!.start, tokens[last]!.end);
}
