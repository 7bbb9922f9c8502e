/**
 * "UK Coal said", "Shares in US Steel fell": a country's name or abbreviation, then one plain capitalised word, with no
 * title or honorific in the run, is one name, a company's that opens with the country it works in. English does not put
 * a country's name before a person's bare surname (it writes "Britain's Smith", "Briton Smith", "US President Smith"),
 * so the country is no role prefix of a person named "Coal". A plural ("UK Muslims") names people of the country; a hyphenated word ("the UK All-Time list") describes a noun.
 */
import type { Token } from './01-tokenize-text.ts';
import { COUNTRY_DEMONYMS, COUNTRY_NAMES, HONORIFICS, INSTITUTIONS, TITLE_HEAD_WORDS, TITLE_MODIFIERS } from './load-lexicons.ts';

/**
 * True when the name run `first`..`last` is a country's name (one or two words, up to `core`) and one plain word at `last`.
 *
 * @param tokens The tokens of a paragraph.
 * @param first The first token of the run (past stripped words).
 * @param core Where the name's core starts (the word after the country).
 * @param last The last token of the run.
 * @example
 * const t = tokenizeText(0, 'UK Coal said so.', []).tokens;
 * isCountryBeforeCompanyWord(t, 0, 1, 1) // => true
 * isCountryBeforeCompanyWord(tokenizeText(0, 'UK Minister Roe said so.', []).tokens, 0, 2, 2) // => false
 */
export function isCountryBeforeCompanyWord(tokens: readonly Token[], first: number, core: number, last: number): boolean {
  if (core !== last || core <= first || core - first > 2) return false;
  const country = tokens.slice(first, core).map((t) => t.text).join(' ');
  if (!COUNTRY_NAMES.has(country) || COUNTRY_DEMONYMS.has(country)) return false;
  const word = tokens[last]!;
  // "UK Muslims": a plural names people of the country; "the UK All-Time list": a compound describes what follows.
  return word.word && word.cap && /^\p{Lu}\p{Ll}+$/u.test(word.text) && !word.lower.endsWith('s') && !HONORIFICS.has(word.lower) && !TITLE_HEAD_WORDS.has(word.lower) && !TITLE_MODIFIERS.has(word.lower) && !COUNTRY_NAMES.has(word.text) && !COUNTRY_DEMONYMS.has(word.text) && !INSTITUTIONS.has(word.lower);
}
