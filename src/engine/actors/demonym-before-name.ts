/**
 * "Briton Andy Murray said", "Texan Jim Bowie told reporters", "New Yorker Dick Morris is …": a noun for a person from
 * a country, city or region written before a person's name describes that person and is no part of the name. Country
 * demonyms used as adjectives ("Australian Lynton Crosby") are stripped elsewhere; this unit covers the nouns:
 * nationality nouns of epithets.json and city or region demonyms of place-demonyms.json.
 */
import type { Token } from './01-tokenize-text.ts';
import { NATIONALITY_NOUNS, ORG_HEADS } from './load-lexicons.ts';
import placeDemonymsJson from '../lexicons/place-demonyms.json' with { type: 'json' };

/** "texan", "new yorker": city and region demonyms, lower case. */
const PLACE_DEMONYMS: ReadonlySet<string> = new Set(placeDemonymsJson.demonyms.map((d) => d.toLowerCase()));

/**
 * True when a demonym noun ends at token `k` of a name run and a person's name of two to four capitalised words
 * follows it up to `last`. Two name words at least: "Finn Russell", "Dane Cook" and "Scot Peterson" are names whose
 * first word only looks like a demonym.
 *
 * @param tokens The tokens of a paragraph.
 * @param k The token that may end a demonym ("Briton"; "Yorker" of "New Yorker").
 * @param last The last token of the name run.
 * @example
 * const t = tokenizeText(0, 'Texan Jim Bowie said so.', []).tokens;
 * endsDemonymBeforeName(t, 0, 2) // => true
 * endsDemonymBeforeName(tokenizeText(0, 'Finn Russell said so.', []).tokens, 0, 1) // => false
 */
export function endsDemonymBeforeName(tokens: readonly Token[], k: number, last: number): boolean {
  const token = tokens[k]!;
  if (!token.cap) return false;
  const previous = tokens[k - 1];
  const pair = previous?.cap ? `${previous.lower} ${token.lower}` : '';
  if (!NATIONALITY_NOUNS.has(token.lower) && !PLACE_DEMONYMS.has(token.lower) && !PLACE_DEMONYMS.has(pair)) return false;
  const count = last - k;
  if (count < 2 || count > 4) return false;
  for (let j = k + 1; j <= last; j++) {
    const t = tokens[j]!;
    if (!t.word || !t.cap || ORG_HEADS.has(t.lower)) return false;
  }
  return true;
}
