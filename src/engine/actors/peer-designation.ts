/**
 * A British peer's territorial designation: "Lord Nicholls of Foyle", "Baroness Grey of Rydal". The title, one
 * surname, "of" and one or two capitalised place words are the peer's whole name, so the run is not split at its "of"
 * into a person and a place, and the surname and "of" stay in the name's core.
 */
import type { Token } from './01-tokenize-text.ts';
import { foldText } from '../text/fold-text.ts';
import { isUpperCase } from '../text/is-upper-case.ts';
import { COUNTRY_NAMES, HONORIFICS, PEER_TITLES, TITLE_HEAD_WORDS, TITLE_MODIFIERS } from './load-lexicons.ts';

/** At most this many capitalised words after "of" ("of Foyle", "of Market Rasen"). */
const MAX_PLACE_WORDS = 2;

/**
 * Whether "of" at `of` opens a peer's territorial designation that runs to `last`: a peer title two tokens before it,
 * one surname that is no title or post word between ("Lord Mayor of London", "Lord Chief Justice", "Lord Bishop of
 * Ely" are posts), then one or two capitalised words to `last`, none in capitals ("Lord Lee of BP": a company) nor a
 * title, nor a country ("Countess Ilse of Norway" is a royal and her country).
 *
 * @param tokens The paragraph's tokens.
 * @param of The token "of".
 * @param last The run's last token.
 * @example
 * // But Lord Nicholls of Foyle said
 * isPeerDesignationAt(tokens, 3, 4) // => true
 * // Lord Mayor of London Ann Roe said
 * isPeerDesignationAt(tokens, 2, 5) // => false
 */
export function isPeerDesignationAt(tokens: readonly Token[], of: number, last: number): boolean {
  const title = tokens[of - 2];
  const surname = tokens[of - 1];
  if (tokens[of]?.text !== 'of' || !title?.cap || !PEER_TITLES.has(title.lower) || !surname?.cap) return false;
  if (isPostWord(surname.lower) || isUpperCase(surname.text)) return false;
  const places = last - of;
  if (places < 1 || places > MAX_PLACE_WORDS) return false;
  for (let k = of + 1; k <= last; k++) {
    const t = tokens[k]!;
    if (!t.cap || !t.word || isUpperCase(t.text) || isPostWord(t.lower)) return false;
  }
  // "Countess Ilse of Norway": a country after "of" is a royal's style, the person and their country.
  return !COUNTRY_NAMES.has(tokens.slice(of + 1, last + 1).map((t) => t.text).join(' '));
}

/**
 * The first token of a person's name core that ends at `last`, widened over a peer's title, surname and "of" when the
 * core found so far (`core`) is the place of a territorial designation ("[Lord Nicholls of] Foyle": the name is the
 * whole, as the peer is styled); else `core`.
 *
 * @example
 * // Lord Nicholls of Foyle
 * peerCoreStart(tokens, 3, 3) // => 0
 */
export function peerCoreStart(tokens: readonly Token[], core: number, last: number): number {
  for (let of = core - 1; of >= core - MAX_PLACE_WORDS && of >= 2; of--) {
    if (tokens[of]?.text === 'of') return isPeerDesignationAt(tokens, of, last) ? of - 2 : core;
  }
  return core;
}

/**
 * The short form a peer named with a territorial designation goes by: the title and the surname, folded ("Lord
 * Nicholls of Foyle" → "lord nicholls"); undefined for any other name.
 *
 * @example
 * peerShortForm('Lord Nicholls of Foyle') // => 'lord nicholls'
 * peerShortForm('Lord Nicholls') // => undefined
 */
export function peerShortForm(name: string): string | undefined {
  const words = foldText(name).split(/\s+/);
  return words.length >= 4 && PEER_TITLES.has(words[0]!) && words[2] === 'of' ? `${words[0]} ${words[1]}` : undefined;
}

/** A title, honorific or modifier of a post ("mayor", "chief", "bishop", "dr"): no surname nor place of a peer. */
function isPostWord(lower: string): boolean {
  return TITLE_HEAD_WORDS.has(lower) || TITLE_MODIFIERS.has(lower) || HONORIFICS.has(lower) || PEER_TITLES.has(lower);
}
