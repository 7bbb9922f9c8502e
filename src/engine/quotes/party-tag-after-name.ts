/**
 * A US legislator's party-and-state tag in brackets right after the name ("Senator Ann Moss (D-Md.) of the
 * committee said", "Tom Hale (R-Prince George's), a member of the board, told") belongs to the person's mention:
 * the subject rules that look for the name right before "of", a comma or an appositive find it at the tag's
 * closing bracket as they would find it at the name's last word.
 */
import type { Mention, Token } from '../actors/index.ts';

/** A party letter, a hyphen and a capitalised place: "D-Md", "R-Texas", "I-Vt", "D-N.", "R-Prince". */
const PARTY_TAG = /^[DRI]-\p{Lu}/u;

/** The most tokens a tag holds between its brackets ("D-Prince George 's", "D-N. Y."). */
const MAX_TAG_TOKENS = 4;

/**
 * The token of the closing bracket of a party-and-state tag right after a person's mention, or undefined.
 *
 * @param tokens The paragraph's tokens.
 * @param mention A mention of the paragraph.
 * @example
 * // "Ann Moss (D-Md.) of the committee said": the ")" after "D-Md ." for the mention "Ann Moss".
 * partyTagClose(tokenizeText(0, 'Ann Moss (D-Md.) of Acme said.', []).tokens, { first: 0, last: 1, kind: 'person', … }) // => 5
 */
export function partyTagClose(tokens: readonly Token[], mention: Mention): number | undefined {
  if (mention.kind !== 'person' || mention.inQuote) return undefined;
  const open = mention.last + 1;
  if (tokens[open]?.text !== '(' || !PARTY_TAG.test(tokens[open + 1]?.text ?? '')) return undefined;
  for (let k = open + 2; k <= open + 1 + MAX_TAG_TOKENS && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.text === ')') return k;
    if (t.quote >= 0 || t.text === '(' || (t.word && !t.cap && t.lower !== "'s")) return undefined;
  }
  return undefined;
}
