/**
 * A present participle that opens an aside after a comma (", indicating a slowing market,"): it describes the
 * clause before it and has no subject of its own, so a speech-verb form there ("indicating", "suggesting") is not
 * the verb of the attribution; the finite verb after the aside is ("…, lenders have said.").
 */
import type { Token } from '../../actors/index.ts';

/**
 * Whether the word at `k` is a lower-case "-ing" form right after a comma: a participle opening an aside.
 *
 * @param tokens The paragraph's tokens.
 * @param k The token to test.
 * @example
 * // … showed a “lull” in January, indicating a slowing market, lenders have said.
 * opensParticipleAside(tokens, 8) // => true (token 8 "indicating", token 7 ",")
 * // “We lost,” he said, adding that …
 * opensParticipleAside(tokens, 3) // => false (token 3 "said")
 */
export function opensParticipleAside(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return t !== undefined && t.word && !t.cap && /[a-z]ing$/.test(t.lower) && tokens[k - 1]?.text === ',';
}
