/**
 * "said James An, president of …", "Ms So told reporters", "Hoa To said": many surnames (An, So, Do, To, On) are also
 * short English function words. Right after a person's given name or a courtesy title such a capitalised word is the
 * person's surname, unless a lower-case word follows that it would open as an article or a link ("James An apple"
 * stays two words): the name then ends at punctuation, at the end of the text or before a verb of saying.
 */
import type { Token } from './01-tokenize-text.ts';
import { COMMON_WORDS, SPEECH_VERBS } from './load-lexicons.ts';

/**
 * True when `token` is a capitalised function word of two letters that may stand as a surname after the word
 * before it; the caller checks that this word is a given name or a courtesy title.
 *
 * @param token The word that may be a surname ("An").
 * @param next The word after it, if any.
 * @example
 * const t = tokenizeText(0, 'said James An, president of the club.', []).tokens;
 * isFunctionWordSurname(t[2]!, t[3]) // => true
 * const u = tokenizeText(0, 'gave James An apple.', []).tokens;
 * isFunctionWordSurname(u[2]!, u[3]) // => false
 */
export function isFunctionWordSurname(token: Token, next: Token | undefined): boolean {
  if (!token.word || !token.cap || token.text.length !== 2 || !/^\p{Lu}\p{Ll}+$/u.test(token.text) || !COMMON_WORDS.has(token.lower)) return false;
  if (next === undefined || !next.word) return true;
  return !next.cap && SPEECH_VERBS.has(next.lower);
}
