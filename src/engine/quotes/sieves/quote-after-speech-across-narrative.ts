/**
 * Sieve: a full-sentence quote with no cue of its own, after one or two sentences of narrative about the topic, which
 * follow a person's reported speech or quote, belongs to that person — "Ana Ruiz said the clinics were full. Waiting
 * lists have doubled since May. “We cannot see everyone.”" A careful reader carries the speaker only when nothing in
 * between could speak instead: the sentences between name no other actor but places, hold no quotation, report no
 * speech and use no "he", "she" or sentence-opening "they" that could be someone else.
 */
import { PERSON_PRONOUN_FORMS, PERSON_RELATIVES, PLURAL_PRONOUNS, SPEECH_VERBS } from '../../actors/load-lexicons.ts';
import { findReportedSpeech } from '../02-find-cues.ts';
import { isSpokenQuote } from '../drop-set-off-phrases.ts';
import { resolveSubject } from '../resolve-subject.ts';
import { endsSentenceOrRunsIntoQuote, isCuedWhereItCloses, namesSomeoneElseAfter, type Attribution, type Sieve, type SieveContext } from './sieve.ts';

/** How many narrative sentences may stand between the speech and the quote. */
const MAX_SENTENCES_BETWEEN = 2;
/** The fewest words a quote must have to be a remark rather than a label or scare quote. */
const MIN_QUOTE_WORDS = 4;

/** A sentence of the article: its paragraph and its index there. */
interface SentenceAt {
  position: number;
  sentence: number;
}

/** The sentence before `at`, across the paragraph break; undefined at the article's start. */
function sentenceBefore(context: SieveContext, at: SentenceAt): SentenceAt | undefined {
  if (at.sentence > 0) return { position: at.position, sentence: at.sentence - 1 };
  const position = at.position - 1;
  if (position < 0) return undefined;
  return { position, sentence: context.paragraphs[position]!.sentenceStarts.length - 1 };
}

/** The first and last token of a sentence. */
function tokenRange(context: SieveContext, at: SentenceAt): [number, number] {
  const { sentenceStarts, tokens } = context.paragraphs[at.position]!;
  return [sentenceStarts[at.sentence]!, (sentenceStarts[at.sentence + 1] ?? tokens.length) - 1];
}

/** Words that open a relative clause with no noun before it ("what they say", "who they say they are"). */
const RELATIVE_OPENERS: ReadonlySet<string> = new Set([...PERSON_RELATIVES, 'what']);

/**
 * True when the verb of saying at `k` has an impersonal "they" or "you" right after a relative word ("is who they say
 * they are", "what you say"): nobody's words are reported there.
 */
function isImpersonalSaying(tokens: readonly { lower: string }[], k: number): boolean {
  const before = tokens[k - 1]?.lower ?? '';
  return (PLURAL_PRONOUNS.has(before) || before === 'you') && RELATIVE_OPENERS.has(tokens[k - 2]?.lower ?? '');
}

/** True when the sentence is plain narrative: no quotation, no verb of saying, no "he"/"she" nor a "they" opening it. */
function isPlainNarrative(context: SieveContext, at: SentenceAt): boolean {
  const { tokens } = context.paragraphs[at.position]!;
  const [first, last] = tokenRange(context, at);
  let opening = true;
  for (let k = first; k <= last; k++) {
    const t = tokens[k]!;
    if (t.quote >= 0) return false;
    if (!t.word) continue;
    if (PERSON_PRONOUN_FORMS.has(t.lower) || (opening && PLURAL_PRONOUNS.has(t.lower))) return false;
    if (!t.cap && SPEECH_VERBS.has(t.lower) && !isImpersonalSaying(tokens, k)) return false;
    // "The Odeon chain will pay": a capitalised word inside the sentence may name someone the article does not list;
    // not an acronym after a lower-case word ("missing with SMS"), which is no subject.
    const acronymAsObject = t.text === t.text.toUpperCase() && tokens[k - 1]?.word === true && !tokens[k - 1]!.cap;
    if (t.cap && !opening && t.text !== 'I' && !acronymAsObject) return false;
    opening = false;
  }
  return true;
}

/** True when the sentence names, outside quotations, an actor other than `speaker` that is not a place. */
function namesAnotherActor(context: SieveContext, at: SentenceAt, speaker: string): boolean {
  const [first, last] = tokenRange(context, at);
  return context.index[at.position]!.list.some((m) => m.first >= first && m.first <= last && !m.inQuote && m.kind !== 'place' && m.actor !== speaker);
}

/** True when the article names the actor as a person. */
function isPersonActor(context: SieveContext, actor: string): boolean {
  return context.index.some((entry) => entry.list.some((m) => m.actor === actor && m.kind === 'person'));
}

/** How many words the quote holds. */
function quoteWords(context: SieveContext, i: number): number {
  const q = context.quotes[i]!;
  const { tokens } = context.paragraphs[q.position]!;
  let words = 0;
  for (let k = q.openToken; k <= q.closeToken; k++) if (tokens[k]!.word) words++;
  return words;
}

/**
 * The speaker of the sentence the walk back stops at: the one speaker of its spoken quotes, or the person whose speech
 * it reports. Undefined when it has neither, or its quotes have no single speaker.
 */
function speakerOfSentence(context: SieveContext, at: SentenceAt): Attribution | undefined {
  const { paragraphs } = context;
  const inSentence = context.quotes.filter((other) => other.position === at.position && other.sentence === at.sentence && isSpokenQuote(paragraphs[at.position]!, other.quote));
  if (inSentence.length > 0) {
    const speaker = inSentence[0]!.speaker;
    if (speaker === null || inSentence.some((other) => other.speaker !== speaker)) return undefined;
    const last = inSentence[inSentence.length - 1]!;
    return { speaker, resolution: 'previous-quote-speaker', cue: 'floating', ...(last.verb ? { verb: last.verb } : {}) };
  }
  const found = findReportedSpeech(paragraphs, context.index, at.position, at.sentence);
  if (!found || found.subject.type === 'none') return undefined;
  const resolved = resolveSubject(context, found.subject);
  return resolved ? { ...resolved, cue: 'floating', verb: found.verb } : undefined;
}

/**
 * @example
 * // "Ana Ruiz said the clinics were full. Waiting lists have doubled since May. “We cannot see everyone.”" → ana-ruiz
 */
export const quoteAfterSpeechAcrossNarrative: Sieve = {
  rule: 'quote-after-speech-across-narrative',
  attribute(context, i) {
    const q = context.quotes[i]!;
    const paragraph = context.paragraphs[q.position]!;
    if (!q.startsSentence || !isSpokenQuote(paragraph, q.quote) || quoteWords(context, i) < MIN_QUOTE_WORDS) return undefined;
    if (isCuedWhereItCloses(context, q)) return undefined;
    // A later quote of the same sentence ("“Q1. “Q2.”") follows this one through the sieves that join reopened quotes.
    if (context.quotes.some((other, j) => j < i && other.position === q.position && other.sentence === q.sentence)) return undefined;
    const between: SentenceAt[] = [];
    let at = sentenceBefore(context, { position: q.position, sentence: q.sentence });
    // A sentence that reports someone's speech ("…, according to Ms Roe.") ends the walk back: its speaker is the one carried.
    while (at && isPlainNarrative(context, at) && findReportedSpeech(context.paragraphs, context.index, at.position, at.sentence)?.subject.type !== 'mention') {
      between.push(at);
      if (between.length > MAX_SENTENCES_BETWEEN) return undefined;
      at = sentenceBefore(context, at);
    }
    // With no sentence between, the sieves of the next sentence and reported speech decide.
    if (!at || between.length === 0) return undefined;
    // Across more than one paragraph break the narrative has moved on: the article's own voice may be telling it.
    if (at.position < q.position - 1) return undefined;
    const found = speakerOfSentence(context, at);
    if (!found || !isPersonActor(context, found.speaker)) return undefined;
    if (between.some((sentence) => namesAnotherActor(context, sentence, found.speaker))) return undefined;
    if (!endsSentenceOrRunsIntoQuote(context, i, found.speaker) || namesSomeoneElseAfter(context, q, found.speaker)) return undefined;
    return found;
  },
};
