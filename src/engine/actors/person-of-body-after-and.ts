/**
 * A person named in a list after a body: "the University of Leeds and Tom Pellow of Blue Reef Surveys" holds the body,
 * the person and the person's body, never one name. Two capitalised name words right after "and", then "of", "at" or
 * "from" and a capital, after a part of the run that holds a body's head or is a full name itself ("Ann Roe and Tom
 * Pellow of Blue Reef Surveys"): the two words are a person's full name (issue 13, round 45g).
 */
import type { Token } from './01-tokenize-text.ts';
import { COMMON_WORDS, COUNTRY_NAMES, HONORIFICS, INSTITUTIONS, ORG_HEADS, PLACE_HEADS, TITLE_HEAD_WORDS } from './load-lexicons.ts';
import prepositionsJson from '../lexicons/prepositions.json' with { type: 'json' };

/** "NAME of ORG", "NAME at ORG", "NAME from ORG": how a person is tied to the body after the name. */
const PERSON_TO_BODY: ReadonlySet<string> = new Set(prepositionsJson.personToOrganization);

/** A word that may be a given name or a surname: capitalised in mixed case, and no head, title, place or common word. */
function isPersonNameWord(token: Token | undefined): boolean {
  if (!token?.word || !token.cap || !/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(token.text)) return false;
  const lower = token.lower;
  // "Sunni Members of Parliament": a plural of a common word is no name.
  const singular = lower.replace(/s$/, '');
  return !ORG_HEADS.has(lower) && !PLACE_HEADS.has(lower) && !TITLE_HEAD_WORDS.has(lower) && !HONORIFICS.has(lower) && !COMMON_WORDS.has(lower) && !COMMON_WORDS.has(singular) && !COUNTRY_NAMES.has(token.text) && !INSTITUTIONS.has(lower);
}

/**
 * The last token of a person's two-word name right after the "and" at `and`, when "of", "at" or "from" and a capital
 * follow it before `last` (the end of the run); otherwise undefined.
 *
 * @param tokens The paragraph's tokens.
 * @param start The first index of the run's part before the "and", which must hold a body's head or be a full name.
 * @param and The index of the "and" inside the run.
 * @param last The last index of the run.
 * @returns The index of the name's second word, or undefined.
 * @example
 * // tokens of "University of Leeds and Tom Pellow of Blue Reef Surveys", "and" at 3, run ending at 9
 * personOfBodyAfterAnd(tokens, 0, 3, 9) // => 5
 */
export function personOfBodyAfterAnd(tokens: readonly Token[], start: number, and: number, last: number): number | undefined {
  if (tokens[and]?.text !== 'and' || and + 4 > last || !(holdsHead(tokens, start, and - 1) || isFullName(tokens, start, and - 1))) return undefined;
  if (!isPersonNameWord(tokens[and + 1]) || !isPersonNameWord(tokens[and + 2])) return undefined;
  if (!PERSON_TO_BODY.has(tokens[and + 3]!.text) || !tokens[and + 4]!.cap) return undefined;
  return and + 2;
}

/** "University of Leeds", "Harbour Trust": a capitalised body head among the tokens ("Kurdish and Sunni Members of Parliament" has none before "and"). */
function holdsHead(tokens: readonly Token[], first: number, last: number): boolean {
  for (let k = first; k <= last; k++) if (tokens[k]!.cap && ORG_HEADS.has(tokens[k]!.lower)) return true;
  return false;
}

/** "Ann Roe": two or three name words, a person's full name ("Kurdish" alone is none). */
function isFullName(tokens: readonly Token[], first: number, last: number): boolean {
  if (last - first < 1 || last - first > 2) return false;
  for (let k = first; k <= last; k++) if (!isPersonNameWord(tokens[k])) return false;
  return true;
}
