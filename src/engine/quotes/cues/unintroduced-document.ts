/**
 * "The National Audit Office said … It also urged … The report said: “…”": a document the article never
 * introduced ("a report by …", "published a report") but names with "the" at the head of its sentence is
 * the one the body whose findings the sentences just before report put out. A reader takes "the report"
 * for the watchdog's report because the lines before are that body's reported speech and nobody else's.
 */
import type { Mention, TokenizedParagraph } from '../../actors/index.ts';
import type { MentionIndex } from '../cue-types.ts';
import documentOwnersJson from '../../lexicons/document-owners.json' with { type: 'json' };

/** Words right before a document noun used as a verb ("failing to report fraud"), which introduces no document. */
const VERB_MARKERS: ReadonlySet<string> = new Set(documentOwnersJson.verbMarkers);

/** How many sentences back the reporting body may stand (through sentences whose subject is "It"). */
const MAX_SENTENCES_BACK = 3;

/**
 * The organisation that reports the findings just before an unintroduced "The NOUN" at `noun`: walking back
 * from the sentence before, past sentences whose subject is "It", to the first sentence whose subject is
 * an organisation's name (or "the" and the name) followed by a lower-case verb. Undefined when the noun
 * appears earlier in the article outside quotations (the document was introduced, and `documentOwner`
 * decides), when "the NOUN" does not open its sentence, when a sentence on the way opens on anything else
 * (a person, a pronoun for one, a clause), or when the walk reaches the first paragraph's start.
 *
 * @param paragraphs The tokenised paragraphs.
 * @param index Their mentions.
 * @param position The paragraph of "the NOUN".
 * @param noun The document noun's token.
 * @returns The organisation's mention, or undefined.
 * @example
 * // "The Water Board said prices would rise. It urged ministers to act. ⏎ The report said: “…”" → ‹The Water Board›
 * reportingBodyOfUnintroducedDocument(paragraphs, index, 1, 1)?.actor // => 'water-board'
 */
export function reportingBodyOfUnintroducedDocument(paragraphs: readonly TokenizedParagraph[], index: readonly MentionIndex[], position: number, noun: number): Mention | undefined {
  const paragraph = paragraphs[position];
  const word = paragraph?.tokens[noun];
  if (!paragraph || !word || paragraph.tokens[noun - 1]?.lower !== 'the') return undefined;
  if (noun - 1 !== paragraph.sentenceStarts[word.sentence]) return undefined;
  if (namedEarlier(paragraphs, position, noun, word.lower)) return undefined;
  let p = position;
  let sentence = word.sentence - 1;
  for (let n = 0; n < MAX_SENTENCES_BACK; n++, sentence--) {
    if (sentence < 0) {
      if (--p < 0) return undefined;
      sentence = paragraphs[p]!.sentenceStarts.length - 1;
    }
    const { tokens, sentenceStarts } = paragraphs[p]!;
    const start = sentenceStarts[sentence]!;
    if (tokens[start]?.lower === 'it' && isVerbLike(tokens[start + 1])) continue;
    const opening = index[p]!.startAt.get(start) ?? (tokens[start]?.lower === 'the' ? index[p]!.startAt.get(start + 1) : undefined);
    if (!opening || opening.kind !== 'organization' || opening.inQuote) return undefined;
    return isVerbLike(tokens[opening.last + 1]) ? opening : undefined;
  }
  return undefined;
}

/** A lower-case word outside quotations: the verb after a sentence's subject ("said", "also", "urged"). */
function isVerbLike(token: TokenizedParagraph['tokens'][number] | undefined): boolean {
  return token !== undefined && token.word && !token.cap && token.quote < 0;
}

/** True when `word` stands outside quotations anywhere before token `before` of paragraph `position`, but as a verb. */
function namedEarlier(paragraphs: readonly TokenizedParagraph[], position: number, before: number, word: string): boolean {
  for (let p = 0; p <= position; p++) {
    const { tokens } = paragraphs[p]!;
    const end = p === position ? before : tokens.length;
    for (let k = 0; k < end; k++) if (tokens[k]!.lower === word && tokens[k]!.quote < 0 && !VERB_MARKERS.has(tokens[k - 1]?.lower ?? '')) return true;
  }
  return false;
}
