/**
 * A "he" or "she" that is the subject of a sentence's main clause after an opening subordinate clause whose own subject
 * is the same pronoun ("When he refused to back Tom Roe and Ann Dee over the plan, he said: …"): a reader takes both for
 * one person, the one the text is about, and passes over the people the subordinate clause names as its objects.
 */
import type { TokenizedParagraph } from '../../actors/index.ts';
import clauseOpenersJson from '../../lexicons/clause-openers.json' with { type: 'json' };
import determinersJson from '../../lexicons/determiners.json' with { type: 'json' };
import prepositionsJson from '../../lexicons/prepositions.json' with { type: 'json' };

/** "when", "after", "if": words that open a clause before the main clause and may share its subject. */
const SUBORDINATORS: ReadonlySet<string> = new Set(clauseOpenersJson.subjectSharingSubordinators);
/** "And", "But": a conjunction that may open the sentence before the subordinate clause. */
const OPENING_CONJUNCTIONS: ReadonlySet<string> = new Set(clauseOpenersJson.conjunctions);
/** Punctuation that joins clauses of their own, past which the subordinate clause no longer frames the main one. */
const CLAUSE_JOINS: ReadonlySet<string> = new Set([';', ':', '(', ')', '-', '–', '—']);
/**
 * "in", "of", "the", "his": the lower-case words a title, date or place set off by commas may hold ("In Place of Strife",
 * "in 1968", "at the Oval"); any other lower-case word may be a verb with a subject of its own.
 */
const SET_OFF_WORDS: ReadonlySet<string> = new Set([...prepositionsJson.afterAPost, ...prepositionsJson.insideARoleName, ...determinersJson.articles, ...determinersJson.possessives]);
/** At most this many tokens from the subordinate clause's pronoun to the main clause's. */
const MAX_CLAUSE_TOKENS = 40;

/**
 * The index of the pronoun that opens the subordinate clause of the sentence of `pronoun` ("When he …"), when `pronoun`
 * is the same "he" or "she", right after a comma, as the subject of the main clause ("…, he said"); -1 otherwise. Not
 * when a quotation or a clause join (a colon, semicolon, dash or bracket) lies between them, nor when a lower-case word
 * other than a preposition, an article or a possessive comes after the comma that closes the subordinate clause and
 * before the main pronoun (it may be the verb of a clause with a subject of its own: "When he left, Tom Roe took over,
 * he said"); titles, dates and places set off by commas may come there ("…, In Place of Strife, in 1968, he said").
 *
 * @param paragraph The pronoun's paragraph.
 * @param pronoun The main clause's pronoun's token.
 * @returns The subordinate clause's pronoun's token, or -1.
 * @example
 * subordinateClausePronoun(paragraphOf('When he refused to back Tom Roe, he said: “No.”'), 9) // => 1
 * subordinateClausePronoun(paragraphOf('When she left, he said: “No.”'), 4) // => -1   (another pronoun)
 */
export function subordinateClausePronoun(paragraph: TokenizedParagraph, pronoun: number): number {
  const { tokens, sentenceStarts } = paragraph;
  const target = tokens[pronoun];
  if (!target || target.quote >= 0 || (target.lower !== 'he' && target.lower !== 'she') || tokens[pronoun - 1]?.text !== ',') return -1;
  let k = sentenceStarts[target.sentence] ?? 0;
  const conjunction = tokens[k]?.cap === true && OPENING_CONJUNCTIONS.has(tokens[k]!.lower);
  if (conjunction) k++;
  const subordinator = tokens[k];
  const opening = tokens[k + 1];
  if (!subordinator || (!subordinator.cap && !conjunction) || subordinator.quote >= 0 || !SUBORDINATORS.has(subordinator.lower)) return -1;
  if (!opening || opening.quote >= 0 || opening.text !== target.lower || pronoun - (k + 1) > MAX_CLAUSE_TOKENS) return -1;
  let closing = -1;
  for (let j = k + 2; j < pronoun; j++) {
    const t = tokens[j]!;
    if (t.quote >= 0 || CLAUSE_JOINS.has(t.text)) return -1;
    if (closing < 0 && t.text === ',') closing = j;
  }
  if (closing < 0 || closing === k + 2) return -1;
  for (let j = closing + 1; j < pronoun; j++) {
    const t = tokens[j]!;
    if (t.word && !t.cap && !/^\d/.test(t.text) && !SET_OFF_WORDS.has(t.lower)) return -1;
  }
  return k + 1;
}
