/**
 * Sieve: in a piece told in one voice — a memoir, a profile, "NAME in quotes" — every quotation the article gives a
 * speaker is one person's, and no other actor is the subject of a verb of saying anywhere in its narrative. A full
 * quotation with no cue of its own, in the first person ("I", "we"), is then that teller's: "Ann Roe, the band's
 * first manager, remembers the tours. ⏎ “I joined in 1977,” she said. ⏎ The album came out that spring. “We played
 * every night.”". So is a long one in the third person that opens its line with nothing but quotation on it up to its
 * close ("⏎ “The last record he made was his best, and it still sells.”"): the line is the teller's text. Not a
 * quotation inside a sentence of narrative (a title, a scare quote), nor one whose own cue found a subject the digest
 * could not place ("a fan said"), nor one in a quotation of another, nor one before the narrative first names the
 * teller, nor one right after a sentence that may bring in another voice (another person named last, a person named by
 * a common noun, a document, a noun for someone's words, a closing colon). A stance verb ("believe", "hope") and a name
 * cited in passing ("as former member NAME once declared") are no other voice.
 */
import type { QuoteCue } from '../cue-types.ts';
import { DOCUMENT_NOUNS, SPEECH_VERBS, UNNAMED_PERSON_NOUNS } from '../../actors/load-lexicons.ts';
import voicePronounsJson from '../../lexicons/voice-pronouns.json' with { type: 'json' };
import citingInPassingJson from '../../lexicons/citing-in-passing.json' with { type: 'json' };
import remarkNounsJson from '../../lexicons/remark-nouns.json' with { type: 'json' };
import { isPointedBackAt, isQuoteOnlyLine, type Sieve, type SieveContext } from './sieve.ts';

const FIRST_PERSON: ReadonlySet<string> = new Set([...voicePronounsJson.firstSingular, ...voicePronounsJson.firstPlural]);
const ENGLISH: ReadonlySet<string> = new Set(voicePronounsJson.englishMarkers);
/** Singular pronouns a cue may leave unplaced without another voice being certain ("he said" among two men). */
const SINGULAR: ReadonlySet<string> = new Set([...voicePronounsJson.male, ...voicePronounsJson.female]);
/** Words before a subject that make its verb of saying a citation in passing ("as NAME once declared"). */
const PASSING_OPENERS: ReadonlySet<string> = new Set(citingInPassingJson.openers);
/** Nouns for someone's words ("printed the remarks", "her reply"): a sentence holding one may bring in another voice. */
const WORDS_NOUNS: ReadonlySet<string> = new Set([...remarkNounsJson.nouns, ...remarkNounsJson.citedWords]);
/** Most lower-case words (role words: "former member") between such a word and the subject's name. */
const PASSING_GAP = 3;

/** Fewest words of a quotation read as the teller's own text, not a phrase the narrative quotes. */
const MIN_WORDS = 6;
/** Fewest words of a quotation, not in the first person, that is read as the teller's text when it opens a line of quotation only. */
const MIN_LINE_WORDS = 10;
/** How far before a verb of saying its subject may stand ("Ann Roe, 45, once said"), and after it ("said Mr Roe"). */
const SUBJECT_BEFORE = 4;
const SUBJECT_AFTER = 3;

/**
 * The one actor the whole article gives quotations to, when it is a person and no other actor is the subject of a
 * verb of saying in the narrative, nor the unplaced subject of a quotation's own cue; else undefined.
 *
 * @param context The article and its quotes.
 * @example
 * // "Ann Roe remembers the tours. ⏎ “I joined in 1977,” she said. ⏎ “We played every night.”" → 'ann-roe'
 * soleTeller(context) // => 'ann-roe'
 */
export function soleTeller(context: SieveContext): string | undefined {
  let teller: string | undefined;
  for (const q of context.quotes) {
    if (q.speaker === null) {
      if (hasNoOtherVoice(q)) continue;
      return undefined;
    }
    if (teller !== undefined && q.speaker !== teller) return undefined;
    teller = q.speaker;
  }
  if (teller === undefined || !context.index.some((entry) => entry.list.some((m) => m.actor === teller && m.kind === 'person' && !m.inQuote))) return undefined;
  return context.paragraphs.every((_, p) => speakersOfNarrative(context, p).every((actor) => actor === teller)) ? teller : undefined;
}

/** True when a quotation's own cue points at no voice of its own: none at all, or a "he"/"she" left unplaced. */
function hasNoOtherVoice(q: QuoteCue): boolean {
  if (q.subject.type === 'pronoun') return SINGULAR.has(q.subject.pronoun);
  return q.subject.type === 'none' && q.verb === undefined;
}

/**
 * The actors a verb of saying outside quotations has as its subject in paragraph `p`: the nearest one before it in its
 * sentence, or right after it. Not a verb of stance ("most believe it is Labour's"), and not a subject cited in
 * passing ("as former member Ann Roe once declared"): neither is a voice the article gives about its story.
 */
function speakersOfNarrative(context: SieveContext, p: number): string[] {
  const { tokens } = context.paragraphs[p]!;
  const mentions = context.index[p]!.list.filter((m) => !m.inQuote && m.kind !== 'place');
  const found: string[] = [];
  tokens.forEach((t, k) => {
    const verb = SPEECH_VERBS.get(t.lower);
    if (!t.word || t.cap || t.quote >= 0 || verb === undefined || verb.stance === true) return;
    const before = mentions.filter((m) => m.last < k && m.last >= k - SUBJECT_BEFORE && tokens[m.first]!.sentence === t.sentence).at(-1);
    const after = mentions.find((m) => m.first > k && m.first <= k + SUBJECT_AFTER && tokens[m.first]!.sentence === t.sentence);
    if (before && !isCitedInPassing(tokens, before.first)) found.push(before.actor);
    if (after) found.push(after.actor);
  });
  return found;
}

/**
 * True when a lower-case "as" or "what" opens the subject starting at token `first`, past lower-case role words only:
 * "…, as former member Ann Roe once declared". Not a sentence's opening "As NAME said, …", which gives NAME's view.
 */
function isCitedInPassing(tokens: SieveContext['paragraphs'][number]['tokens'], first: number): boolean {
  for (let j = first - 1, gap = 0; j >= 0 && gap <= PASSING_GAP && tokens[j]!.word; j--, gap++) {
    if (tokens[j]!.cap) return false;
    if (PASSING_OPENERS.has(tokens[j]!.lower)) return true;
  }
  return false;
}

/**
 * True when the narrative just before the quotation may bring in a voice of its own: the last sentence of the line of
 * narrative only that the quotation's line follows, or the sentence of narrative right before it on its own line.
 * See `bringsInVoice`.
 */
function answersNarrativeLine(context: SieveContext, q: QuoteCue, teller: string): boolean {
  const previous = context.paragraphs[q.position - 1];
  if (previous !== undefined && isQuoteOnlyLine(context, q) && previous.quotes.length === 0 && previous.tokens.some((t) => t.word)) {
    return bringsInVoice(context, q.position - 1, previous.tokens.at(-1)!.sentence, teller);
  }
  const { tokens } = context.paragraphs[q.position]!;
  const sentence = q.sentence - 1;
  if (sentence < 0 || tokens.some((t) => t.sentence === sentence && t.quote >= 0)) return false;
  return bringsInVoice(context, q.position, sentence, teller);
}

/**
 * True when sentence `sentence` of paragraph `p` may bring in a voice other than the teller's: the last person it names
 * (not one cited in passing, "as former member NAME declared") is another ("Winger Tom Vale would not talk."), or it
 * names no person and holds a person by a common noun, a document, a noun for someone's words, or ends on a colon
 * ("A neighbour was less sure.", "The letter reads", "A paper printed the remarks.", "Here it is:").
 * A sentence whose last person named is the teller ("On NAME, Ann Roe is scathing.") brings in the teller.
 */
function bringsInVoice(context: SieveContext, p: number, sentence: number, teller: string): boolean {
  const { tokens } = context.paragraphs[p]!;
  const persons = context.index[p]!.list.filter((m) => !m.inQuote && m.kind === 'person' && tokens[m.first]!.sentence === sentence && !isCitedInPassing(tokens, m.first));
  const last = persons.at(-1);
  if (last !== undefined) return last.actor !== teller;
  const own = tokens.filter((t) => t.sentence === sentence && t.quote < 0);
  if (own.at(-1)?.text === ':') return true;
  return own.some((t) => t.word && !t.cap && (DOCUMENT_NOUNS.has(t.lower) || WORDS_NOUNS.has(t.lower) || UNNAMED_PERSON_NOUNS.has(t.lower)));
}

/** True when the narrative names the teller before the quotation: a line the article has not yet given anyone is nobody's. */
function namedBefore(context: SieveContext, teller: string, q: QuoteCue): boolean {
  return context.index.some((entry, p) => p <= q.position && entry.list.some((m) => m.actor === teller && !m.inQuote && (p < q.position || m.last < q.openToken)));
}

/** True when the quotation reads as a teller's own text: English, a sentence of its own, in no other quotation, in the first person or a long line of quotation only. */
function isTellersText(context: SieveContext, q: QuoteCue): boolean {
  const paragraph = context.paragraphs[q.position]!;
  const span = paragraph.quotes[q.quote]!;
  if (paragraph.quotes.some((other, j) => j !== q.quote && other.start <= span.start && other.end >= span.end)) return false;
  let words = 0;
  let first = false;
  let english = false;
  for (let k = q.openToken + 1; k < q.closeToken; k++) {
    const t = paragraph.tokens[k]!;
    if (!t.word) continue;
    words++;
    if (FIRST_PERSON.has(t.lower)) first = true;
    if (ENGLISH.has(t.lower)) english = true;
  }
  return english && words >= MIN_WORDS && q.startsSentence && (first || (words >= MIN_LINE_WORDS && isQuoteOnlyLine(context, q)));
}

/**
 * @example
 * // "Ann Roe remembers the tours. ⏎ “I joined in 1977,” she said. ⏎ The album came out. “We played every night.”" → ann-roe
 */
export const soleTellerOfArticle: Sieve = {
  rule: 'sole-teller-of-article',
  attribute(context, i) {
    const q = context.quotes[i]!;
    if (!hasNoOtherVoice(q) || !isTellersText(context, q) || isPointedBackAt(context, q, true)) return undefined;
    const teller = soleTeller(context);
    return teller === undefined || !namedBefore(context, teller, q) || answersNarrativeLine(context, q, teller) ? undefined : { speaker: teller, resolution: 'previous-quote-speaker', cue: 'floating' };
  },
};
