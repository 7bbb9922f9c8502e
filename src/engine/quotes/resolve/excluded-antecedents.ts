/**
 * Actors a pronoun cannot stand for: those named in the opening phrase of its sentence ("In a letter to NAME,
 * he …") and the one its verb addresses ("He told NAME: …").
 */
import type { TokenizedParagraph } from '../../actors/index.ts';
import type { MentionIndex } from '../cue-types.ts';
import prepositionsJson from '../../lexicons/prepositions.json' with { type: 'json' };
import { clauseStart, pronounOpening } from './clause-start.ts';

export const NO_ACTORS: ReadonlySet<string> = new Set();

/** Prepositions whose opening phrase has the main clause's subject for its own ("In a letter to NAME, he …", "Unlike NAME, she …"). */
const SUBJECT_SHARING_OPENERS: ReadonlySet<string> = new Set(prepositionsJson.sharingTheSubject);
/** Prepositions whose opening phrase names what the main verb is about ("Of Hepburn, she said:"): never the subject's own name. */
const FRONTED_TOPIC_OPENERS: ReadonlySet<string> = new Set(prepositionsJson.frontedTopic);

/**
 * The actors named in the opening phrase of a pronoun's sentence when that pronoun is the subject
 * right after it: an opening participle clause ("Speaking to Ann Rowe of PBS, he said …", "Asked
 * about Tom Dee, she said …") or a prepositional phrase that shares its subject ("In a letter to Tom
 * Dee, he wrote …") or names what the main verb is about ("Of Tom Dee, she said: …"). Such a person is spoken to or about, never the speaker. Not a subordinate
 * clause, which has a subject of its own ("When Tom Dee arrived, he said …" may mean Tom Dee).
 *
 * @param paragraph The pronoun's paragraph.
 * @param mentions Its mentions.
 * @param pronoun The pronoun's token.
 * @example
 * openingPhraseActors(paragraphOf('Speaking to Ann Rowe of PBS, he said'), mentions, 7) // => Set { 'ann-rowe' }
 */
export function openingPhraseActors(paragraph: TokenizedParagraph, mentions: MentionIndex, pronoun: number): ReadonlySet<string> {
  const { tokens, sentenceStarts } = paragraph;
  const sentence = tokens[pronoun]?.sentence;
  if (sentence === undefined) return NO_ACTORS;
  const opening = sentenceStarts[sentence] ?? 0;
  const first = tokens[opening]!;
  const start = first.cap && FRONTED_TOPIC_OPENERS.has(first.lower) ? afterOpeningComma(paragraph, opening) : clauseStart(paragraph, sentence);
  if (start === opening || pronounOpening(paragraph, start) !== pronoun) return NO_ACTORS;
  const participle = /^\p{Lu}\p{Ll}+(?:ed|ing)$/u.test(first.text);
  if (!participle && !SUBJECT_SHARING_OPENERS.has(first.lower) && !FRONTED_TOPIC_OPENERS.has(first.lower)) return NO_ACTORS;
  return new Set(mentions.list.filter((m) => m.first >= opening && m.last < start && !m.inQuote).map((m) => m.actor));
}

/** At most this many tokens in a fronted topic phrase ("Of the late screen legend, she said"). */
const MAX_TOPIC_TOKENS = 12;

/** The token after the comma that closes a phrase opening at `opening` (no quotation before it); `opening` if none. */
function afterOpeningComma(paragraph: TokenizedParagraph, opening: number): number {
  const { tokens } = paragraph;
  for (let k = opening + 1; k < tokens.length && k <= opening + MAX_TOPIC_TOKENS && tokens[k]!.sentence === tokens[opening]!.sentence; k++) {
    if (tokens[k]!.quote >= 0) return opening;
    if (tokens[k]!.text === ',') return k + 1;
  }
  return opening;
}

/**
 * Both sets of actors (the first itself when the second is empty).
 *
 * @example
 * unite(new Set(['ann-roe']), new Set(['tom-bell'])) // => Set { 'ann-roe', 'tom-bell' }
 */
export function unite(a: ReadonlySet<string>, b: ReadonlySet<string>): ReadonlySet<string> {
  return b.size === 0 ? a : new Set([...a, ...b]);
}

/** At most this many lower-case words between a pronoun and the person its verb addresses ("he told", "she wrote to"). */
const MAX_VERB_WORDS = 2;

/**
 * The person named right after a subject pronoun's verb ("He told Sturgeon: …", "She wrote to Okafor: …"): the one
 * spoken to, who is never what the pronoun stands for, whether or not the text gives that person's gender.
 *
 * @param paragraph The pronoun's paragraph.
 * @param mentions Its mentions.
 * @param pronoun The pronoun's token.
 * @example
 * objectOfPronounsVerb(paragraphOf('He told Sturgeon: “No.”'), mentions, 0) // => Set { 'nicola-sturgeon' }
 */
export function objectOfPronounsVerb(paragraph: TokenizedParagraph, mentions: MentionIndex, pronoun: number): ReadonlySet<string> {
  const { tokens } = paragraph;
  const object = mentions.list.find((m) => m.first > pronoun && m.first <= pronoun + MAX_VERB_WORDS + 1 && !m.inQuote && m.kind === 'person');
  if (!object || object.first === pronoun + 1) return NO_ACTORS;
  for (let k = pronoun + 1; k < object.first; k++) {
    const t = tokens[k]!;
    if (!t.word || t.text !== t.lower) return NO_ACTORS;
  }
  return new Set([object.actor]);
}
