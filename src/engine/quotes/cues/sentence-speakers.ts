/**
 * The speaker of a sentence without a quotation, for the sieves that carry it to a quote on a later line:
 * the subject of reported speech ("She told MPs the plan was fair.") or a person as the sentence's subject.
 */
import type { Token, TokenizedParagraph } from '../../actors/index.ts';
import { OBJECT_SPEAKER_VERBS, ORG_PRONOUNS, PERSON_PRONOUNS, PERSON_RELATIVES, PLURAL_PRONOUNS, SPEECH_VERBS } from '../../actors/load-lexicons.ts';
import type { MentionIndex, Subject } from '../cue-types.ts';
import { isSpokenQuote } from '../drop-set-off-phrases.ts';
import type { Context } from './cue-context.ts';
import { passiveFrameSubject } from './passive-frames.ts';
import { isPassiveAfterSubject } from './passive-voice.ts';
import { sentenceSubject } from './sentence-subject.ts';
import { subjectAfter } from './subject-after-verb.ts';
import { subjectBefore } from './subject-before-verb.ts';
import { isNounByDeterminer } from './token-tests.ts';
import { AUXILIARIES, SKIP_BEFORE_VERB } from './word-sets.ts';
import { objectsBeforeTeller } from '../resolve/objects-before-teller.ts';
import { closingPhrasalTeller, isAfterComma } from './phrasal-teller.ts';


/** A sentence's span of tokens with what the subject finders read. */
function sentenceContext(paragraphs: readonly TokenizedParagraph[], index: readonly MentionIndex[], position: number, sentence: number): Context | undefined {
  const paragraph = paragraphs[position];
  if (!paragraph || sentence < 0 || sentence >= paragraph.sentenceStarts.length) return undefined;
  const sentenceStart = paragraph.sentenceStarts[sentence]!;
  const sentenceEnd = (paragraph.sentenceStarts[sentence + 1] ?? paragraph.tokens.length) - 1;
  // A title or a set-off word in quotation marks ('the documentary “Open Doors”') leaves the sentence narration.
  for (let k = sentenceStart; k <= sentenceEnd; k++) if (paragraph.tokens[k]!.quote >= 0 && isSpokenQuote(paragraph, paragraph.tokens[k]!.quote)) return undefined;
  return { paragraphs, index, paragraph, position, mentions: index[position]!, sentenceStart, sentenceEnd };
}

/** Whether the sentence from `start` to `end` (inclusive) ends with a question mark. */
function isQuestion(tokens: TokenizedParagraph['tokens'], start: number, end: number): boolean {
  for (let k = end; k >= start; k--) {
    const text = tokens[k]!.text.trim();
    if (text) return text === '?';
  }
  return false;
}

/**
 * The speaker of a sentence of reported speech that holds no quotation: the subject of its first
 * speech verb that has one ("Strong winds made it hard, Zapata said, adding …", "She told MPs the
 * plan was fair."), or the person after "according to" ("IBM, according to Ann Roe, has 30%."). Undefined when the sentence holds a quotation, no speech verb with a subject,
 * or names another person.
 *
 * @param paragraphs The tokenised paragraphs.
 * @param index Their mentions.
 * @param position The paragraph's position.
 * @param sentence The sentence's index in the paragraph.
 * @example
 * findReportedSpeech(paragraphs, index, 0, 1) // => { subject: { type: 'mention', … }, verb: 'said' }
 */
export function findReportedSpeech(paragraphs: readonly TokenizedParagraph[], index: readonly MentionIndex[], position: number, sentence: number): { subject: Subject; verb: string } | undefined {
  const context = sentenceContext(paragraphs, index, position, sentence);
  if (!context) return undefined;
  const { tokens } = context.paragraph;
  // "So is the job to beat them, as NAME once declared? ⏎ “No. …”": a question's subject does not give the answer.
  if (isQuestion(tokens, context.sentenceStart, context.sentenceEnd)) return undefined;
  for (let k = context.sentenceStart + 1; k <= context.sentenceEnd; k++) {
    const t = tokens[k]!;
    if (!t.word || t.cap) continue;
    // "IBM, according to Ann Roe, has 30%.": a person the sentence's words are credited to reports them.
    const credited = t.lower === 'according' && tokens[k + 1]?.lower === 'to' ? subjectAfter(context, k + 2, context.sentenceEnd) : undefined;
    if (credited?.type === 'mention' && credited.mention.kind === 'person') return namesAnotherPerson(context, credited, []) ? undefined : { subject: credited, verb: 'according to' };
    if (t.lower.endsWith('ing')) {
      // "She was quoted as saying new mothers were …": the subject of the passive frame reports the speech.
      const framed = tokens[k - 1]?.lower === 'as' && SPEECH_VERBS.has(t.lower) ? passiveFrameSubject(context, k - 2, context.sentenceStart) : undefined;
      if (framed) return namesAnotherPerson(context, framed, []) ? undefined : { subject: framed, verb: t.text };
      continue;
    }
    const phrasal = closingPhrasalTeller(tokens, k, context.sentenceEnd);
    const verb = SPEECH_VERBS.get(t.lower) ?? phrasal;
    if (!verb || isNounByDeterminer(tokens, k)) continue;
    let subject = subjectBefore(context, k, context.sentenceStart);
    // "…, Mr Hadi points out.": a phrasal teller speaks only after the comma that closes what it reports.
    if (phrasal && !SPEECH_VERBS.has(t.lower)) {
      const tellerAt = subject.type === 'pronoun' ? subject.token : subject.type === 'mention' ? subject.mention.first : -1;
      if (tellerAt < 0 || !isAfterComma(tokens, tellerAt)) continue;
    }
    // "…, but the content was what mattered, said Mr Thomas.": the speaker named after the verb.
    if (subject.type === 'none' && tokens[k - 1]?.text === ',' && !verb.listener) subject = subjectAfter(context, k + 1, context.sentenceEnd);
    if (subject.type === 'none') continue;
    // "She thanked Jan Kowal warmly.": another person in the sentence could say the quote after it;
    // not one named inside a relative clause about the subject ("NAME, who ran the study with X, said …").
    // Nor the listener of "told": "She tells Cockerell that she despaired." ⏎ "“…”" is hers.
    const listener = verb.listener ? context.mentions.startAt.get(k + 1) : undefined;
    const ignored: [number, number][] = [];
    const clause = relativeClauseOf(context, subject, k);
    if (clause) ignored.push(clause);
    // "Comic artist NAME (Nancy Drew, Jem) told of …": the works or roles in brackets after the subject name nobody who speaks.
    const bracket = subject.type === 'mention' ? bracketsAfter(context.paragraph.tokens, subject.mention.last + 1, k) : undefined;
    if (bracket) ignored.push(bracket);
    if (listener) ignored.push([k, listener.last + 1]);
    // "NAME said Harry was in a privileged position.": the person the reported words are about is no rival speaker.
    const topic = reportedClauseTopic(context, listener ? listener.last + 1 : k + 1);
    if (topic) ignored.push(topic);
    // "NAME said Mr Roe's sentence would not …", "NAME said he had suspended Mr Roe.": a person the reported clause only
    // mentions, not as its subject nor as one who speaks in it, is no rival speaker.
    // After a listener the article names, the same when a clause opens there: "NAME told BBC Wales he had agreed with Ms
    // Roe that …", "told the BBC that …" (not "praised Ann Roe and Ian Holt and quoted …", which reports no clause).
    const heard = listener ?? (tokens[k + 1]?.lower === 'the' ? context.mentions.startAt.get(k + 2) : undefined);
    const clauseAfterListener = heard !== undefined && REPORTED_CLAUSE_OPENERS.has(tokens[heard.last + 1]?.lower ?? '');
    const mentioned = verb.listener ? (clauseAfterListener ? mentionedInReportedClause(context, heard!.last + 1) : undefined) : mentionedInReportedClause(context, k + 1);
    if (mentioned) ignored.push(mentioned);
    // "The image portrayed Mr Howard as a hypnotist, he argued.": the people the reported words before the teller only mention.
    const tellerAt = subject.type === 'pronoun' ? subject.token : subject.type === 'mention' ? subject.mention.first : -1;
    if (tellerAt >= 0) for (const m of objectsBeforeTeller(context.paragraph, context.mentions, tellerAt, k)) ignored.push([m.first - 1, m.last + 1]);
    return namesAnotherPerson(context, subject, ignored) ? undefined : { subject, verb: t.text };
  }
  return undefined;
}

/**
 * The subject of a sentence that holds no quotation, when it is a person or a pronoun, the
 * sentence is not passive, cites no one's words ("quoted her words") and, if it tells of speech,
 * names no other person ("But Greene believes he lost the race." → Greene; "He was arrested." → none).
 *
 * @param paragraphs The tokenised paragraphs.
 * @param index Their mentions.
 * @param position The paragraph's position.
 * @param sentence The sentence's index in the paragraph.
 * @example
 * findPersonSubject(paragraphs, index, 0, 0) // => { type: 'mention', mention: … }
 */
export function findPersonSubject(paragraphs: readonly TokenizedParagraph[], index: readonly MentionIndex[], position: number, sentence: number): Subject {
  const context = sentenceContext(paragraphs, index, position, sentence);
  if (!context) return { type: 'none' };
  const subject = sentenceSubject(context);
  const { tokens } = context.paragraph;
  if (subject.type === 'mention' && (subject.mention.kind !== 'person' || isPossessorAt(tokens, subject.mention.last))) return { type: 'none' };
  if (subject.type === 'pronoun' && !PERSON_PRONOUNS.has(subject.pronoun)) return { type: 'none' };
  const after = subject.type === 'pronoun' ? subject.token + 1 : subject.type === 'mention' ? subject.mention.last + 1 : -1;
  const auxiliary = tokens[after];
  // "Walsh was also banned …": adverbs may stand between the auxiliary and the participle.
  let at = after + 1;
  while (tokens[at]?.word && !tokens[at]!.cap && (SKIP_BEFORE_VERB.has(tokens[at]!.lower) || /ly$/.test(tokens[at]!.lower))) at++;
  if (isPassiveAfterSubject(auxiliary, tokens[at])) return { type: 'none' };
  // "Ewa Brandt thanked Piotr Nowak." — two people in an exchange of words: either may speak next.
  // "He took bronze behind Justin Gatlin." — the others are only mentioned.
  if (namesAnotherPerson(context, subject) && hasSpeechVerb(context)) return { type: 'none' };
  // "Blogger Ann Roe quoted her words:" — a sentence that cites someone else's words is not its subject's speech.
  if (hasCitingVerb(context)) return { type: 'none' };
  return subject;
}

function hasCitingVerb(context: Context): boolean {
  const { tokens } = context.paragraph;
  for (let k = context.sentenceStart; k <= context.sentenceEnd; k++) if (tokens[k]!.word && !tokens[k]!.cap && OBJECT_SPEAKER_VERBS.has(tokens[k]!.lower)) return true;
  return false;
}

function hasSpeechVerb(context: Context): boolean {
  const { tokens } = context.paragraph;
  for (let k = context.sentenceStart; k <= context.sentenceEnd; k++) if (tokens[k]!.word && !tokens[k]!.cap && SPEECH_VERBS.has(tokens[k]!.lower)) return true;
  return false;
}

/**
 * True when the sentence names a person other than its subject (then either could speak next),
 * outside the spans of tokens `ignored` (a clause that only describes the subject, a listener).
 */
function namesAnotherPerson(context: Context, subject: Subject, ignored: readonly (readonly [number, number])[] = []): boolean {
  const own = subject.type === 'mention' ? subject.mention.actor : undefined;
  for (const m of context.mentions.list) {
    if (ignored.some(([open, close]) => m.first > open && m.last < close)) continue;
    if (m.first >= context.sentenceStart && m.last <= context.sentenceEnd && m.kind === 'person' && m.actor !== own) return true;
  }
  return false;
}

/** Words that open the clause a listener hears ("told BBC Wales he had …", "told the BBC that …"): "that" or a subject pronoun. */
const REPORTED_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['that', ...PERSON_PRONOUNS, ...PLURAL_PRONOUNS, ...ORG_PRONOUNS]);

/** How many words may stand between a verb of speech and the "that" opening what was said ("told the Times newspaper that"). */
const MAX_WORDS_BEFORE_THAT = 4;

/**
 * "Ms Roe said Ian Holt was wrong", "His agent told the Times that Holt was happy": the tokens around a person named
 * first in the reported clause that starts at `from` (right after the verb or its listener, or after a "that" within
 * four words), when an auxiliary follows the name ("was", "had": the name is the clause's subject, not the verb's
 * object) and no verb of speech comes in the next three words ("said Holt had admitted …" reports Holt's own words: he
 * may speak next). Undefined otherwise.
 */
function reportedClauseTopic(context: Context, from: number): [number, number] | undefined {
  const { tokens } = context.paragraph;
  let start = from;
  if (tokens[start]?.lower !== 'that') {
    for (let k = from, words = 0; k <= context.sentenceEnd && words <= MAX_WORDS_BEFORE_THAT; k++) {
      const t = tokens[k]!;
      if (t.quote >= 0 || (t.word && context.mentions.startAt.get(k)?.kind === 'person')) break;
      if (t.word && t.lower === 'that') {
        start = k;
        break;
      }
      if (t.word) words++;
    }
  }
  if (tokens[start]?.lower === 'that') start++;
  const named = context.mentions.startAt.get(start);
  if (!named || named.kind !== 'person' || named.inQuote) return undefined;
  // "She thanked Ian Rowe warmly": a name that is the verb's object, not the subject of a clause, is still a rival.
  const next = tokens[named.last + 1];
  if (!next?.word || next.quote >= 0 || !AUXILIARIES.has(next.lower)) return undefined;
  for (let k = named.last + 1; k <= Math.min(context.sentenceEnd, named.last + 3); k++) if (tokens[k]!.word && SPEECH_VERBS.has(tokens[k]!.lower)) return undefined;
  return [start - 1, named.last + 1];
}

/**
 * "NAME said Mr Roe's sentence would not …", "NAME said he had suspended Mr Roe on Friday.": the reported clause that starts
 * at `from` (right after a verb of saying that names no listener, or after the listener the article names: "told BBC
 * Wales he had agreed with Ms Roe …"; maybe after "that") to the end of the sentence, when
 * it only mentions people: it does not open with a person (its subject or the verb's object: "thanked Jan Kowal"; a
 * possessor, "Mr Roe's sentence", is fine), and no person in it but a possessor is followed by an auxiliary (the
 * subject of a clause of its own: "… but Ola Reyes would miss the game") or, within three words, by a verb of saying
 * (his own words are reported: "said Tom Hall told officers …"). A person only mentioned there is what was said, no
 * rival speaker of a quote after the sentence (issue 13, round 28, part 13cq). Undefined otherwise.
 */
function mentionedInReportedClause(context: Context, from: number): [number, number] | undefined {
  const { tokens } = context.paragraph;
  const start = tokens[from]?.lower === 'that' ? from + 1 : from;
  const opening = tokens[start];
  if (!opening?.word || opening.quote >= 0) return undefined;
  const first = context.mentions.startAt.get(start);
  if (first && first.kind === 'person' && tokens[first.last + 1]?.lower !== "'s") return undefined;
  for (const m of context.mentions.list) {
    if (m.first < start || m.last > context.sentenceEnd || m.kind !== 'person') continue;
    const next = tokens[m.last + 1];
    if (next?.lower === "'s") continue; // a possessor ("Mr Roe's jail term") is the subject of nothing
    if (next?.word && next.quote < 0 && AUXILIARIES.has(next.lower)) return undefined;
    for (let k = m.last + 1; k <= Math.min(context.sentenceEnd, m.last + 3); k++) if (tokens[k]!.word && SPEECH_VERBS.has(tokens[k]!.lower)) return undefined;
  }
  return [start - 1, context.sentenceEnd + 1];
}

/** The tokens of "(" at `open` to its ")" before `before`, with no quotation inside; undefined when `open` is no "(". */
function bracketsAfter(tokens: readonly Token[], open: number, before: number): [number, number] | undefined {
  if (tokens[open]?.text !== '(') return undefined;
  for (let k = open + 1; k < before; k++) {
    if (tokens[k]!.quote >= 0) return undefined;
    if (tokens[k]!.text === ')') return [open, k];
  }
  return undefined;
}

/**
 * "Prof Joni Lee, who ran the study with Margaret Moran MP, said …": the tokens from the comma
 * that opens the first relative clause after the subject ("NAME, who …", "ORG, a group in Leeds, who …") to the
 * comma before its verb at `verbAt`; undefined when no such clause ends right before the verb.
 */
function relativeClauseOf(context: Context, subject: Subject, verbAt: number): [number, number] | undefined {
  if (subject.type !== 'mention') return undefined;
  const { tokens } = context.paragraph;
  let close = verbAt - 1;
  while (close > subject.mention.last && tokens[close]!.word && SKIP_BEFORE_VERB.has(tokens[close]!.lower)) close--;
  if (tokens[close]?.text !== ',') return undefined;
  // "ORG, a group in Leeds, who met the minister, said": a clause after an appositive of the subject is left out too.
  let open: number | undefined;
  for (let k = close - 1; k > subject.mention.last; k--) {
    if (tokens[k]!.quote >= 0) break;
    if (tokens[k]!.text === ',' && PERSON_RELATIVES.has(tokens[k + 1]?.lower ?? '')) open = k;
  }
  return open !== undefined && close > open + 2 ? [open, close] : undefined;
}

function isPossessorAt(tokens: readonly Token[], last: number): boolean {
  return tokens[last + 1]?.lower === "'s";
}
