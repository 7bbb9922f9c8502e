/**
 * "A Harbour Audit Office report on the projects says costs have risen. It says there is “no sign of progress” …": a body's
 * name after "a" or "an" usually modifies the noun after it ("won a CES design award"), and "it" is not that body. When
 * that noun is a document (`documents` in `speech-verbs.json`) that opens its clause as the subject of a verb of saying,
 * the document is the body's words, so the body may be what a later "it" stands for: "it" continues the report, and a
 * report speaks for the body that wrote it, as "the Harbour Audit Office report says" already does.
 */
import type { Mention, TokenizedParagraph } from '../../actors/index.ts';
import { DOCUMENT_NOUNS, SPEECH_VERBS } from '../../actors/load-lexicons.ts';
import documentOwnersJson from '../../lexicons/document-owners.json' with { type: 'json' };
import prepositionsJson from '../../lexicons/prepositions.json' with { type: 'json' };

/** Prepositions that open a short topic phrase after the document ("a report on the projects"). */
const TOPIC_PREPOSITIONS: ReadonlySet<string> = new Set(prepositionsJson.documentTopic);
/** Adverbs between the document and its verb ("a Harbour Trust report also says"). */
const SUBJECT_ADVERBS: ReadonlySet<string> = new Set(documentOwnersJson.subjectAdverbs);
/** How many lower-case words may stand between the body's name and the document noun ("an Acme annual report"). */
const MAX_MODIFIERS = 2;
/** How many words a topic phrase after the document may take, its preposition included ("on the 20 biggest projects"). */
const MAX_TOPIC_WORDS = 6;

/**
 * True when the mention `m`, right after "a" or "an" that opens its sentence or follows a comma, names the body of a
 * document that is the subject of a verb of saying: "A Harbour Trust report says …", "An Acme annual statement on the
 * merger said …". A short lower-case topic phrase and one adverb may stand between the document and the verb.
 *
 * @param paragraph The mention's paragraph.
 * @param m A mention right after "a" or "an".
 * @returns Whether the body speaks through that document.
 * @example
 * // A Harbour Audit Office report on the projects says costs have risen.
 * speaksThroughIndefiniteDocument(paragraph, ‹Harbour Audit Office›) // => true
 * // The drive won a CES design award.
 * speaksThroughIndefiniteDocument(paragraph, ‹CES›) // => false
 */
export function speaksThroughIndefiniteDocument(paragraph: TokenizedParagraph, m: Mention): boolean {
  const { tokens, sentenceStarts } = paragraph;
  const article = tokens[m.first - 1];
  if (!article || (article.lower !== 'a' && article.lower !== 'an')) return false;
  const opens = m.first - 1 === sentenceStarts[article.sentence] || tokens[m.first - 2]?.text === ',';
  if (!opens) return false;
  let k = m.last + 1;
  for (let n = 0; n < MAX_MODIFIERS && isLowerWord(tokens[k]) && !DOCUMENT_NOUNS.has(tokens[k]!.lower); n++) k++;
  if (!isLowerWord(tokens[k]) || !DOCUMENT_NOUNS.has(tokens[k]!.lower)) return false;
  k++;
  if (TOPIC_PREPOSITIONS.has(tokens[k]?.lower ?? '') && tokens[k]!.quote < 0) {
    const end = k + MAX_TOPIC_WORDS;
    for (k++; k < end && isLowerWord(tokens[k]) && !SPEECH_VERBS.has(tokens[k]!.lower); k++);
  }
  if (SUBJECT_ADVERBS.has(tokens[k]?.lower ?? '')) k++;
  return isLowerWord(tokens[k]) && SPEECH_VERBS.has(tokens[k]!.lower);
}

/** A word outside quotations that is not capitalised (digits count: "the 20 biggest projects"). */
function isLowerWord(token: TokenizedParagraph['tokens'][number] | undefined): boolean {
  return token !== undefined && token.word && !token.cap && token.quote < 0;
}
