/**
 * "When NAME confesses to the murder, the narrator assures him … “…”": a verb of saying inside a subordinate clause that
 * opens the sentence ("when", "after", "if" …, `frontingADeed`; not "as": "As NAME said, …" attributes what follows)
 * and closes at a comma, with the main clause's own words between that comma and the quote, tells of a deed, not of
 * the quoted words; its subject does not speak them.
 */
import type { Token } from '../../actors/index.ts';
import clauseOpenersJson from '../../lexicons/clause-openers.json' with { type: 'json' };

/** Subordinators of a clause that tells of a deed; not "as", whose "As NAME said, …" attributes what follows. */
const DEED_OPENERS: ReadonlySet<string> = new Set(clauseOpenersJson.frontingADeed);
const SUBORDINATORS: ReadonlySet<string> = new Set(clauseOpenersJson.subordinators);
const CONJUNCTIONS: ReadonlySet<string> = new Set(clauseOpenersJson.conjunctions);

/** Words of the main clause after the subordinate clause's comma, at least, before the quote: a subject and a verb. */
const MIN_MAIN_CLAUSE_WORDS = 2;

/**
 * True when the verb at `k` stands in a subordinate clause opening the sentence at `sentenceStart` (after at most one
 * conjunction; no comma or second subordinator between its opener and the verb), the clause's first comma after `k` comes before `to` (the last token before the quote), and at least
 * two words stand between that comma and the quote.
 *
 * @param tokens The paragraph's tokens.
 * @param k The index of the verb of saying.
 * @param sentenceStart The first index of the sentence.
 * @param to The last index before the quote.
 * @example
 * // "When Tom confesses to the crime, the narrator assures him “all is well”."
 * inFrontedSubordinateClause(tokens, 2, 0, 13) // => true
 * // "As Tom put it, “all is well”."
 * inFrontedSubordinateClause(tokens, 2, 0, 4) // => false
 */
export function inFrontedSubordinateClause(tokens: readonly Token[], k: number, sentenceStart: number, to: number): boolean {
  let open = sentenceStart;
  if (CONJUNCTIONS.has(tokens[open]?.lower ?? '')) open++;
  if (open >= k || !DEED_OPENERS.has(tokens[open]?.lower ?? '')) return false;
  // "If, as NAME says, the plan is “…”": a comma or a second subordinator before the verb opens an aside; left alone.
  for (let m = open + 1; m < k; m++) if (tokens[m]!.text === ',' || tokens[m]!.quote >= 0 || SUBORDINATORS.has(tokens[m]!.lower)) return false;
  let comma = k + 1;
  while (comma < to && !(tokens[comma]!.text === ',' && tokens[comma]!.quote < 0)) {
    if (tokens[comma]!.quote >= 0) return false;
    comma++;
  }
  if (comma >= to) return false;
  let words = 0;
  for (let m = comma + 1; m <= to; m++) if (tokens[m]!.word) words++;
  return words >= MIN_MAIN_CLAUSE_WORDS;
}
