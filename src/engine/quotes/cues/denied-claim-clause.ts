/**
 * A verb of denying whose object is someone else's words, followed by the "that" clause holding them ("dismissed
 * claims that the plan was “Q”", "denied accusations that …"): the words are disowned by the subject, so the subject
 * is never their speaker.
 */
import type { Token } from '../../actors/index.ts';
import deniedClaimsJson from '../../lexicons/denied-claims.json' with { type: 'json' };

const DENYING_VERBS: ReadonlySet<string> = new Set(deniedClaimsJson.verbs);
const CLAIM_NOUNS: ReadonlySet<string> = new Set(deniedClaimsJson.nouns);
const BETWEEN: ReadonlySet<string> = new Set(deniedClaimsJson.between);

/**
 * True when the verb at `k` denies a claim whose "that" clause runs on to the quote at `to` ("dismissed claims that
 * his policy was “Q”"): up to two modifiers, a noun for someone's words, then "that".
 *
 * @example
 * // "The minister rejected suggestions that the scheme was “a shambles”", `k` the token "rejected"
 * deniesClaimBefore(tokens, 2, 9) // => true
 */
export function deniesClaimBefore(tokens: readonly Token[], k: number, to: number): boolean {
  if (!DENYING_VERBS.has(tokens[k]?.lower ?? '')) return false;
  let m = k + 1;
  while (m < k + 3 && m <= to && BETWEEN.has(tokens[m]!.lower)) m++;
  if (!CLAIM_NOUNS.has(tokens[m]?.lower ?? '')) return false;
  return tokens[m + 1]?.lower === 'that' && m + 1 <= to;
}
