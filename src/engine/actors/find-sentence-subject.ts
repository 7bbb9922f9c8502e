/**
 * Salience of a mention (centering): the grammatical role it has in its sentence. A reader takes
 * "the company", "it" or "he" for the actor that was the SUBJECT of the sentences before, not for
 * one named in an object, a prepositional phrase, a possessive or an apposition ("Ashford United
 * have signed a striker from Benfica. … the club said": Ashford United).
 */
import type { TokenizedParagraph } from './01-tokenize-text.ts';
import { HONORIFICS, STAFF_NOUNS, TITLE_HEAD_WORDS } from './load-lexicons.ts';
import clauseOpenersJson from '../lexicons/clause-openers.json' with { type: 'json' };
import betweenSubjectAndVerbJson from '../lexicons/between-subject-and-verb.json' with { type: 'json' };

/** Prepositions and subordinators that open a phrase before the main clause ("In a statement, …", "On Monday, …"). */
const OPENERS: ReadonlySet<string> = new Set(clauseOpenersJson.subjectResolution);
/** Words between a subject and its verb ("has", "also", "on Monday"). */
const SKIP: ReadonlySet<string> = new Set(betweenSubjectAndVerbJson.mentionSubject);

/**
 * True when the words `first`..`last` are the subject of their sentence's main clause: they open the
 * sentence (after "The", or after an opening phrase closed by a comma: "On Monday, Acme said"), are
 * no possessor ("Acme's shares") nor a modifier of a person or staff ("Acme chief executive Tom Dee",
 * "Acme workers"), and a lower-case word (its verb) follows them, outside quotes.
 *
 * @param paragraph The tokenised paragraph.
 * @param first The mention's first token.
 * @param last The mention's last token.
 * @param openers The words that may open a phrase before the main clause (default: `subjectResolution`).
 * @example
 * isSentenceSubject(paragraphOf('Ashford United have signed a striker from Benfica.'), 0, 1) // => true
 * isSentenceSubject(paragraphOf('Ashford United have signed a striker from Benfica.'), 8, 8) // => false
 */
export function isSentenceSubject(paragraph: TokenizedParagraph, first: number, last: number, openers: ReadonlySet<string> = OPENERS): boolean {
  const { tokens, sentenceStarts } = paragraph;
  const head = tokens[first];
  if (!head || head.quote >= 0) return false;
  const start = sentenceStarts[head.sentence] ?? 0;
  let k = first - 1;
  while (k >= start && (tokens[k]!.lower === 'the' || HONORIFICS.has(tokens[k]!.lower))) k--;
  if (k >= start) {
    // "On Monday, Acme said", "In a statement, the company said": an opening phrase closed by a comma.
    if (tokens[k]!.text !== ',' || !tokens[start]!.cap || !(openers.has(tokens[start]!.lower) || /^\p{Lu}\p{Ll}+(?:ed|ing)$/u.test(tokens[start]!.text))) return false;
    for (let j = start + 1; j < k; j++) if (tokens[j]!.text === ',' || tokens[j]!.quote >= 0) return false;
  }
  let v = last + 1;
  while (tokens[v] && tokens[v]!.sentence === head.sentence && SKIP.has(tokens[v]!.lower)) v++;
  const verb = tokens[v];
  if (verb === undefined || verb.sentence !== head.sentence || !verb.word || verb.cap || verb.quote >= 0) return false;
  return !["'s", 'of', 'and'].includes(verb.lower) && !TITLE_HEAD_WORDS.has(verb.lower) && !STAFF_NOUNS.has(verb.lower);
}
