/**
 * "Mr Roe's daughter Ann said it would …", "his wife Mary", "son Tom": a single capitalised word right after a noun
 * for a member of a family names a person. Without this, a one-word name whose clause goes on with "it" reads as an
 * organisation ("Ann said it would …" as "Acme said it would …").
 */
import type { Token } from './01-tokenize-text.ts';
import familyNounsJson from '../lexicons/family-nouns.json' with { type: 'json' };
import { KIN_NOUNS } from './load-lexicons.ts';

const NOT_PERSON_OWNERS: ReadonlySet<string> = new Set(familyNounsJson.notPersonOwners);

/**
 * Whether the one-word name at `k` follows a lower-case noun for a member of a family (`nouns` of family-nouns.json),
 * with or without a possessive before that noun, but not after a possessive of a thing ("its sister Harbourline").
 *
 * @param tokens The paragraph's tokens.
 * @param k The one-word name.
 * @example
 * // Mr Roe' daughter Ann said it would work.
 * isNamedAfterFamilyNoun(tokens, 4) // => true
 * // The firm and its sister Harbourline said it would.
 * isNamedAfterFamilyNoun(tokens, 5) // => false
 */
export function isNamedAfterFamilyNoun(tokens: readonly Token[], k: number): boolean {
  const noun = tokens[k - 1];
  const name = tokens[k];
  if (!name?.cap || !noun?.word || noun.cap || noun.sentence !== name.sentence || !KIN_NOUNS.has(noun.lower)) return false;
  return !NOT_PERSON_OWNERS.has(tokens[k - 2]?.lower ?? '');
}
