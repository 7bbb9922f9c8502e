/**
 * "his friend and fellow broadcaster Ann Roe", "comedian and broadcaster Ann Roe": a noun that names both a person's
 * title and a kind of organisation ("broadcaster") is the person's title when a peer word stands before it ("fellow")
 * or another person's title is joined to it by "and"; the name after it is then a person's, not a body's
 * ("public broadcaster RTS").
 */
import type { Token } from './01-tokenize-text.ts';
import { TITLE_HEADS } from './load-lexicons.ts';
import titlesJson from '../lexicons/titles.json' with { type: 'json' };

/** "fellow": a word that makes the title after it one a person shares with another. */
const PEER_WORDS: ReadonlySet<string> = new Set(titlesJson.peerWords);

/**
 * Whether the title noun at `k`, right before a name, is a person's by the words before it: a peer word ("fellow
 * broadcaster") or another title and "and" ("comedian and broadcaster").
 *
 * @param tokens The paragraph's tokens.
 * @param k The noun before the name.
 * @example
 * // his fellow broadcaster Ann Roe
 * isPersonRoleBeforeName(tokens, 2) // => true
 * // the public broadcaster RTS
 * isPersonRoleBeforeName(tokens, 2) // => false
 */
export function isPersonRoleBeforeName(tokens: readonly Token[], k: number): boolean {
  const noun = tokens[k];
  const before = tokens[k - 1];
  if (!noun || !before || !noun.word || !TITLE_HEADS.has(noun.lower) || !before.word || before.cap) return false;
  if (PEER_WORDS.has(before.lower)) return true;
  const joined = tokens[k - 2];
  return before.lower === 'and' && joined !== undefined && joined.word && TITLE_HEADS.has(joined.lower);
}
