/**
 * "A statement from Acme explaining the decision said …": a short present-participle phrase, with no comma, that
 * follows the agent of a document phrase and ends right before its verb. It says what the document does, so the agent
 * still owns the document that speaks. The phrase is a lower-case word in "-ing" that is no preposition ("during",
 * "including"), then a few lower-case words naming nobody: no name, no quotation, no punctuation.
 */
import type { Token } from '../actors/index.ts';
import type { MentionIndex } from './cue-types.ts';
import prepositionsJson from '../lexicons/prepositions.json' with { type: 'json' };

const ING_PREPOSITIONS: ReadonlySet<string> = new Set(prepositionsJson.endingInIng);
/** Most words the phrase may take after its participle ("explaining its decision to the fans"). */
const MAX_WORDS_AFTER = 4;

/**
 * True when tokens `from` to `last` are a participle phrase set after an agent: "explaining the decision",
 * "announcing the move". Not a preposition in "-ing" ("during the match"), nor a phrase holding a name or a quotation.
 *
 * @param tokens The paragraph's tokens.
 * @param mentions Its mentions.
 * @param from The participle's token.
 * @param last The phrase's last token, right before the verb of the clause.
 * @returns True when the span is such a phrase.
 * @example
 * // "A statement from Acme explaining the decision read: …"
 * isParticiplePhraseAfterAgent(tokens, mentions, 4, 6) // => true
 */
export function isParticiplePhraseAfterAgent(tokens: readonly Token[], mentions: MentionIndex, from: number, last: number): boolean {
  const participle = tokens[from];
  if (!participle?.word || participle.cap || participle.quote >= 0 || !/[a-z]{2}ing$/.test(participle.lower) || ING_PREPOSITIONS.has(participle.lower)) return false;
  if (last < from || last - from > MAX_WORDS_AFTER) return false;
  for (let k = from; k <= last; k++) {
    const t = tokens[k]!;
    if (!t.word || t.cap || t.quote >= 0 || mentions.startAt.has(k)) return false;
  }
  return true;
}
