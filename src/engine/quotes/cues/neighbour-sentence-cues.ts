/**
 * Cues in the sentence before or after a quotation that fills a sentence of its own: a beat ("She pauses.
 * “Q”"), a name and verb split off after a question ("“Q?” Tyagi asked.") or a full stop ("“Q.” Director Roe said."),
 * "“Q.” That was the message from NAME."
 */
import type { Token } from '../../actors/index.ts';
import { HONORIFICS, SPEECH_VERBS, TITLE_HEAD_WORDS } from '../../actors/load-lexicons.ts';
import { afterRelativeClause } from '../../actors/speech-verb-forms.ts';
import afterQuoteVerbsJson from '../../lexicons/after-quote-verbs.json' with { type: 'json' };
import clauseOpenersJson from '../../lexicons/clause-openers.json' with { type: 'json' };
import type { Context, Found } from './cue-context.ts';
import { PASSIVE_AUXILIARIES, isPastParticiple } from './passive-voice.ts';
import { sentenceSubject } from './sentence-subject.ts';
import { passedBeforeVerb } from './token-tests.ts';
import { AUXILIARIES, REMARK_NOUNS, SPEAKING_KINDS } from './word-sets.ts';

/**
 * The person a quote-only sentence belongs to when the sentence before it, in the same
 * paragraph, is about that person alone: its subject is "he"/"she" or a person, and it names no
 * one else ("He laughs, but there is an edge to it. “I’m proud of her.”").
 *
 * @example
 * // She pauses. “I think he’s relieved.”
 * findBeatCue(context, 0) // => { subject: { type: 'pronoun', pronoun: 'she', … }, … }
 */
export function findBeatCue(context: Context, sentence: number): Found | undefined {
  const { paragraph, mentions } = context;
  const start = paragraph.sentenceStarts[sentence] ?? 0;
  const end = (paragraph.sentenceStarts[sentence + 1] ?? paragraph.tokens.length) - 1;
  for (let k = start; k <= end; k++) if (paragraph.tokens[k]!.quote >= 0) return undefined;
  const people = new Set<string>();
  for (const m of mentions.list) {
    if (m.first >= start && m.last <= end && m.kind !== 'place') people.add(m.actor);
  }
  const subject = sentenceSubject({ ...context, sentenceStart: start, sentenceEnd: end });
  // "Jones was arrested in 2019. “…”": a sentence that happens to its subject is no beat of speech.
  const after = subject.type === 'pronoun' ? subject.token + 1 : subject.type === 'mention' ? subject.mention.last + 1 : -1;
  const auxiliary = paragraph.tokens[after];
  const participle = paragraph.tokens[after + 1];
  if (auxiliary && participle && PASSIVE_AUXILIARIES.has(auxiliary.lower) && isPastParticiple(participle)) return undefined;
  if (subject.type === 'pronoun' && (subject.pronoun === 'he' || subject.pronoun === 'she') && people.size === 0) return { subject };
  if (subject.type === 'mention' && subject.mention.kind === 'person' && people.size === 1) return { subject, kind: 'floating' };
  return undefined;
}

/** Verbs of manner ("laughed", "pressed") that cue a quotation only when they end the clause after it. */
const MANNER_VERBS: ReadonlySet<string> = new Set(afterQuoteVerbsJson.manner);

/**
 * The word at `k` is the last word of the sentence ending at `end`, a full stop or "!" right after it.
 *
 * @example
 * // “Did you?” Ann Roe pressed.
 * endsSentenceAt(tokens, 6, 7) // => true (token 6 “pressed”, token 7 the full stop)
 */
export function endsSentenceAt(tokens: readonly Token[], k: number, end: number): boolean {
  if (!['.', '!'].includes(tokens[k + 1]?.text ?? '')) return false;
  for (let j = k + 1; j <= end; j++) if (tokens[j]!.word) return false;
  return true;
}

/**
 * "“Where was he?” Tyagi asked.": a quote ending in a question or exclamation mark, then a name
 * and a speech verb that the sentence splitter put in a sentence of their own.
 *
 * @example
 * // “Where was he?” Tyagi asked.
 * findSplitCue(context, 1) // => { subject: { type: 'mention', mention: ‹Tyagi› }, verb: 'asked' }
 */
export function findSplitCue(context: Context, sentence: number): Found | undefined {
  const { paragraph } = context;
  const { tokens } = paragraph;
  const start = paragraph.sentenceStarts[sentence + 1];
  if (start === undefined) return undefined;
  // "“…?” Mr Roe asked.": a courtesy title before the name the mention starts at.
  const honorific = tokens[start]?.cap && HONORIFICS.has(tokens[start]!.lower) && !context.mentions.startAt.has(start) ? 1 : 0;
  const mention = context.mentions.startAt.get(start + honorific);
  if (!mention || !SPEAKING_KINDS.has(mention.kind)) return undefined;
  const pastClause = afterRelativeClause(tokens, mention.last + 1);
  let k = pastClause;
  while (tokens[k]?.word && passedBeforeVerb(tokens[k]!)) k++;
  const verb = tokens[k];
  // "“And did you know?” Ms Roe pressed.": a verb of manner (after-quote-verbs.json) only as the sentence's last word.
  const mannerEnding = verb !== undefined && k === pastClause && MANNER_VERBS.has(verb.lower) && endsSentenceAt(tokens, k, (paragraph.sentenceStarts[sentence + 2] ?? tokens.length) - 1);
  if (!verb || (!mannerEnding && !SPEECH_VERBS.has(verb.lower)) || verb.lower.endsWith('ing')) return undefined;
  // "“…?” NAME, whose daughter is a pupil, said the children had been told nothing.": past a clause, a verb that
  // reports a clause of its own ("that", an auxiliary after it) tells of other words, not of the quote.
  // So too right after the name: "“…?” Mr Roe replied that they were not." reports Mr Roe's answer, not the question.
  if (reportsClause(tokens, k)) return undefined;
  return { subject: { type: 'mention', mention }, verb: verb.text, kind: 'said-after' };
}

/**
 * "“We are ready.” Director Roe said.": a quote closed by a full stop, then a sentence that is only a person's name
 * (up to three title words before it) and a verb of saying — the splitter's cut of "“…,” Director Roe said." A
 * sentence that goes on after the verb ("NAME said the talks …") reports other words and is no cue.
 *
 * @example
 * // “We are ready.” Director Roe said.
 * findBareSaidCue(context, 0) // => { subject: { type: 'mention', mention: ‹Roe› }, verb: 'said' }
 */
export function findBareSaidCue(context: Context, sentence: number): Found | undefined {
  const { paragraph } = context;
  const { tokens } = paragraph;
  const start = paragraph.sentenceStarts[sentence + 1];
  if (start === undefined) return undefined;
  const end = (paragraph.sentenceStarts[sentence + 2] ?? tokens.length) - 1;
  let k = start;
  while (k < start + 3 && tokens[k]?.word && tokens[k]!.cap && !context.mentions.startAt.has(k) && (TITLE_HEAD_WORDS.has(tokens[k]!.lower) || HONORIFICS.has(tokens[k]!.lower))) k++;
  const mention = context.mentions.startAt.get(k);
  if (!mention || mention.kind !== 'person' || mention.inQuote) return undefined;
  const verb = tokens[mention.last + 1];
  if (!verb || !SPEECH_VERBS.has(verb.lower) || verb.lower.endsWith('ing')) return undefined;
  // Nothing but the full stop after the verb.
  if (tokens[mention.last + 2]?.text !== '.' || mention.last + 2 !== end) return undefined;
  return { subject: { type: 'mention', mention }, verb: verb.text, kind: 'said-after' };
}

/** True when the sentence of the verb at `verbAt` goes on with "that" or an auxiliary after it: a clause the verb reports. */
function reportsClause(tokens: readonly Token[], verbAt: number): boolean {
  for (let m = verbAt + 1; m < tokens.length && tokens[m]!.sentence === tokens[verbAt]!.sentence; m++) {
    if (tokens[m]!.word && (tokens[m]!.lower === 'that' || AUXILIARIES.has(tokens[m]!.lower))) return true;
  }
  return false;
}

const NEXT_SENTENCE_OPENERS: ReadonlySet<string> = new Set(clauseOpenersJson.backPointers);

/**
 * "“Q.” That was the message from NAME." / "“Q.” So said NAME." / "“Q.” The warning came from NAME." /
 * "“Q.” Those were the words of NAME.": the speaker named in the next sentence.
 *
 * @example
 * // “Clear the streets.” That was the message from Ann Roe.
 * findNextSentenceCue(context, 0) // => { subject: { type: 'mention', mention: ‹Ann Roe› }, … }
 */
export function findNextSentenceCue(context: Context, sentence: number): Found | undefined {
  const { paragraph } = context;
  const { tokens } = paragraph;
  const start = paragraph.sentenceStarts[sentence + 1];
  if (start === undefined) return undefined;
  const opener = NEXT_SENTENCE_OPENERS.has(tokens[start]!.lower) || (tokens[start]!.lower === 'the' && REMARK_NOUNS.has(tokens[start + 1]?.lower ?? ''));
  if (!opener) return undefined;
  const end = (paragraph.sentenceStarts[sentence + 2] ?? tokens.length) - 1;
  const limit = Math.min(end, start + 10);
  for (let k = start + 1; k <= limit; k++) {
    const t = tokens[k]!;
    if (t.quote >= 0) return undefined;
    // "the words of NAME", "repeated by NAME" only after a noun for a remark.
    const ofRemark = (t.lower === 'of' || t.lower === 'by') && REMARK_NOUNS.has(tokens[k - 1]?.lower ?? '');
    if (t.lower !== 'from' && t.lower !== 'said' && t.lower !== 'says' && !ofRemark) continue;
    // The first speaker named within a few words: "from one furious neighbour, pensioner Derek Holt".
    for (let m = k + 1; m <= Math.min(end, k + 8); m++) {
      if (tokens[m]!.quote >= 0) return undefined;
      const mention = context.mentions.startAt.get(m);
      if (mention && SPEAKING_KINDS.has(mention.kind)) return { subject: { type: 'mention', mention }, verb: t.text };
    }
    return undefined;
  }
  return undefined;
}
