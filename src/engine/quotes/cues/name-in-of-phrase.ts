/**
 * "The star of Rain Man and Tootsie said …", "the son of Ann Roe told …": a name inside an "of" phrase after "the NOUN"
 * is no subject of the verb after it; the noun is, an epithet for the person the text is about.
 */
import type { Token } from '../../actors/index.ts';

/**
 * The index of "the" opening "the NOUN of [NAME and] NAME" when the name that ends at the verb starts right after "of",
 * "and" or a comma of such a list; -1 otherwise. A capitalised word right before the name ("the head of Sony Amy Roe")
 * makes the name the holder of the post, not the object of "of".
 *
 * @param tokens The paragraph's tokens.
 * @param first The first token of the name before the verb.
 * @param from The first token the subject may start at.
 * @example
 * // "The star of Rain Man and Tootsie said"
 * theNounBeforeOfPhrase(tokens, 6, 0) // => 0
 */
export function theNounBeforeOfPhrase(tokens: readonly Token[], first: number, from: number): number {
  const before = tokens[first - 1];
  if (!before || before.quote >= 0 || (before.lower !== 'of' && before.lower !== 'and' && before.text !== ',')) return -1;
  let k = first - 1;
  while (k > from && tokens[k]!.lower !== 'of') {
    const t = tokens[k]!;
    if (t.quote >= 0 || !(t.cap || t.lower === 'and' || t.text === ',')) return -1;
    k--;
  }
  const noun = tokens[k - 1];
  const the = tokens[k - 2];
  if (tokens[k]?.lower !== 'of' || k - 2 < from || !noun?.word || noun.cap || noun.quote >= 0 || the?.lower !== 'the') return -1;
  return k - 2;
}
