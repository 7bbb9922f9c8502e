/**
 * Where a sentence's main clause starts, and the pronoun that is its subject ("Asked about the plan, he said …",
 * "And he said …").
 */
import type { TokenizedParagraph } from '../../actors/index.ts';
import { PERSON_PRONOUNS, SENTENCE_ADVERBS } from '../../actors/load-lexicons.ts';
import clauseOpenersJson from '../../lexicons/clause-openers.json' with { type: 'json' };
import verbFormsJson from '../../lexicons/verb-forms.json' with { type: 'json' };

/** Conjunctions that may open a sentence before its subject ("And he said …"). */
const OPENING_CONJUNCTIONS: ReadonlySet<string> = new Set(clauseOpenersJson.conjunctions);

/**
 * The index of the pronoun that is the subject of a clause starting at `start` ("And he said …"),
 * after at most an opening conjunction; -1 when the clause opens otherwise.
 *
 * @example
 * pronounOpening(paragraphOf('And he said that …'), 0) // => 1
 */
export function pronounOpening(paragraph: TokenizedParagraph, start: number): number {
  const { tokens } = paragraph;
  let k = start;
  if (OPENING_CONJUNCTIONS.has(tokens[k]?.lower ?? '')) k++;
  const t = tokens[k];
  return t && t.quote < 0 && PERSON_PRONOUNS.has(t.lower) ? k : -1;
}

export const AUXILIARIES: ReadonlySet<string> = new Set(verbFormsJson.auxiliaries);
/** "said", "told": a finite speech verb, which no opening participle is followed by. */
const FINITE_SPEECH: ReadonlySet<string> = new Set(verbFormsJson.finiteSpeech);
/** "Born", "Known", "Given": past participles without "-ed" that open a phrase before the subject ("Born in Leeds, NAME …"). */
const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set(verbFormsJson.irregularParticiples);
/** "was", "were": a finite "be" right before a name after an opening participle phrase inverts the sentence. */
const INVERTED_COPULAS: ReadonlySet<string> = new Set(verbFormsJson.invertedCopulas);
/** "whether", "that": a clause inside the opening phrase, whose verb is not the sentence's own. */
const EMBEDDING: ReadonlySet<string> = new Set(clauseOpenersJson.embedding);

/** Prepositions and subordinators that open a phrase before the main clause. */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([...clauseOpenersJson.subjectResolution, ...clauseOpenersJson.pronounResolution]);

/**
 * Where a sentence's main clause starts: after an opening participle clause ("Asked about the
 * plan, Ms Raman said …", "Speaking in Lagos, …") or prepositional or subordinate phrase ("In a
 * statement, …", "When asked, …") when one comes first, else at the sentence start.
 *
 * @param paragraph The paragraph.
 * @param sentence The sentence's index in it.
 * @example
 * clauseStart(tokenizeText(0, 'Asked about it, Ms Raman said no.', []), 0) // => 4
 * clauseStart(tokenizeText(0, 'Born in Leeds, Ann Vale began as a runner.', []), 0) // => 4   (an irregular participle)
 * clauseStart(tokenizeText(0, 'Boeing did not comment, saying …', []), 0) // => 0   (a name with its verb after it)
 * clauseStart(tokenizeText(0, 'Cheering for Roe was Ann Vale, who …', []), 0) // => 4   (an inverted sentence: its subject)
 * clauseStart(tokenizeText(0, 'But while Ann Vale hopes, Tom Roe doubts.', []), 0) // => 6   (a conjunction before the opening phrase)
 */
export function clauseStart(paragraph: TokenizedParagraph, sentence: number): number {
  const { tokens } = paragraph;
  let start = paragraph.sentenceStarts[sentence] ?? 0;
  // "However, addressing the leaders, NAME proposed:": a sentence adverb and its comma before the opening phrase.
  const adverb = tokens[start]?.cap === true && SENTENCE_ADVERBS.has(tokens[start]!.lower) && tokens[start + 1]?.text === ',';
  if (adverb) start += 2;
  // "But while NAME still thinks …, NAME2 believes …": a conjunction before the opening phrase.
  const sentenceStart = start;
  // "And, while NAME is …, NAME2 …": the conjunction may be set off by its own comma.
  const setOff = tokens[start + 1]?.text === ',' ? 1 : 0;
  const conjunction = tokens[start]?.cap === true && tokens[start]!.quote < 0 && OPENING_CONJUNCTIONS.has(tokens[start]!.lower) && CLAUSE_OPENERS.has(tokens[start + 1 + setOff]?.lower ?? '');
  if (conjunction) start += 1 + setOff;
  const first = tokens[start];
  if (!first || !first.word) return sentenceStart;
  // "Boeing did not comment, …", "United said, …": a name ending like a participle, with its verb right after it, is the subject.
  const next = tokens[start + 1]?.lower ?? '';
  const nameWithVerb = first.lower !== 'having' && (AUXILIARIES.has(next) || FINITE_SPEECH.has(next));
  const participle = !nameWithVerb && ((adverb ? /^\p{L}\p{Ll}+(?:ed|ing)$/u : /^\p{Lu}\p{Ll}+(?:ed|ing)$/u).test(first.text) || ((first.cap || adverb) && IRREGULAR_PARTICIPLES.has(first.lower)));
  // "In a statement posted to her account, Ms Vázquez …", "When asked, he …": a longer opening phrase.
  const opener = (first.cap || adverb || conjunction) && CLAUSE_OPENERS.has(first.lower);
  if (!participle && !opener) return sentenceStart;
  const end = paragraph.sentenceStarts[sentence + 1] ?? tokens.length;
  let embedded = false;
  // Words in brackets ("for Ludacris (Stand Up) and …") are asides: they do not count towards the phrase's length.
  let limit = start + (opener ? 20 : 12);
  let bracketed = 0;
  for (let k = start + 1; k < Math.min(end, limit); k++) {
    if (tokens[k]!.text === '(') bracketed++;
    if (bracketed > 0) limit++;
    if (tokens[k]!.text === ')') bracketed = Math.max(0, bracketed - 1);
    if (tokens[k]!.quote >= 0) return sentenceStart;
    if (tokens[k]!.text === ',') return k + 1;
    if (EMBEDDING.has(tokens[k]!.lower)) embedded = true;
    // "Rooting for NAME in the final was NAME2, herself …": the opening participle phrase is the predicate of an inverted
    // sentence; its subject, the name after the copula, starts the main clause.
    if (participle && !embedded && INVERTED_COPULAS.has(tokens[k]!.lower) && tokens[k + 1]?.cap && tokens[k + 1]!.word && tokens[k + 1]!.quote < 0) return k + 1;
  }
  return sentenceStart;
}
