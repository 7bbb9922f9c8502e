/**
 * An opening "-ing" participle phrase with no comma before the subject pronoun it shares its subject with
 * ("But standing next to Ann Rowe he added …", "Speaking to Tom Dee she said …"): the people it names are
 * the ones the pronoun's person acts towards, never that person.
 */
import type { TokenizedParagraph } from '../../actors/index.ts';
import { PERSON_PRONOUNS } from '../../actors/load-lexicons.ts';
import type { MentionIndex } from '../cue-types.ts';
import clauseOpenersJson from '../../lexicons/clause-openers.json' with { type: 'json' };
import bindingJson from '../../lexicons/pronoun-binding.json' with { type: 'json' };
import { NO_ACTORS } from './excluded-antecedents.ts';

/** "And", "But": a conjunction that may open the sentence before the participle. */
const OPENING_CONJUNCTIONS: ReadonlySet<string> = new Set(clauseOpenersJson.conjunctions);
/** "that", "whether": a clause inside the phrase, with a subject of its own, so a pronoun after it may be that subject. */
const EMBEDDING: ReadonlySet<string> = new Set(clauseOpenersJson.embedding);
/** "and", "because": words that end the phrase and open another clause. */
const CLAUSE_ENDS: ReadonlySet<string> = new Set(bindingJson.words);
/** At most this many tokens from the participle to the pronoun. */
const MAX_PHRASE_TOKENS = 10;

/**
 * The actors named in an opening "-ing" phrase that runs without a comma or quotation straight into the subject pronoun
 * at `pronoun` (after at most an opening conjunction): "But standing next to Ann Rowe he added" → Ann Rowe.
 * Not when a clause with its own subject opens inside the phrase ("Saying that he …").
 *
 * @param paragraph The pronoun's paragraph.
 * @param mentions Its mentions.
 * @param pronoun The pronoun's token.
 * @example
 * participlePhraseActors(paragraphOf('But standing next to Ann Rowe he added'), mentions, 6) // => Set { 'ann-rowe' }
 */
export function participlePhraseActors(paragraph: TokenizedParagraph, mentions: MentionIndex, pronoun: number): ReadonlySet<string> {
  const { tokens, sentenceStarts } = paragraph;
  const target = tokens[pronoun];
  if (!target || target.quote >= 0 || !PERSON_PRONOUNS.has(target.lower)) return NO_ACTORS;
  let k = sentenceStarts[target.sentence] ?? 0;
  if (OPENING_CONJUNCTIONS.has(tokens[k]?.lower ?? '')) k++;
  const participle = tokens[k];
  if (!participle || participle.quote >= 0 || !/^\p{L}\p{Ll}+ing$/u.test(participle.text)) return NO_ACTORS;
  if (pronoun - k < 2 || pronoun - k > MAX_PHRASE_TOKENS) return NO_ACTORS;
  for (let j = k + 1; j < pronoun; j++) {
    const t = tokens[j]!;
    if (!t.word || t.quote >= 0 || EMBEDDING.has(t.lower) || CLAUSE_ENDS.has(t.lower) || PERSON_PRONOUNS.has(t.lower)) return NO_ACTORS;
  }
  const named = mentions.list.filter((m) => m.first > k && m.last < pronoun && !m.inQuote).map((m) => m.actor);
  return named.length > 0 ? new Set(named) : NO_ACTORS;
}
