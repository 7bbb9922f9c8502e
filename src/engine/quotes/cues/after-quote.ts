/**
 * Cues after a quotation: "“Q,” NAME said", "“Q,” said NAME", "“Q,” NAME, ROLE, said", "“Q,” she laughed",
 * "“Q,” CNN cited NAME", and the cue after a closing mark whose quote opened on an earlier line.
 */
import { bodyOfCommentators } from './commentators-at-body.ts';
import type { Token, TokenizedParagraph } from '../../actors/index.ts';
import { OBJECT_SPEAKER_VERBS, SPEECH_VERBS, type SpeechVerb } from '../../actors/load-lexicons.ts';
import type { MentionIndex, Subject } from '../cue-types.ts';
import { asPutItAt, wordsOfAt } from '../find-writer-frames.ts';
import clauseOpenersJson from '../../lexicons/clause-openers.json' with { type: 'json' };
import verbFormsJson from '../../lexicons/verb-forms.json' with { type: 'json' };
import afterQuoteVerbsJson from '../../lexicons/after-quote-verbs.json' with { type: 'json' };
import type { Context, Found } from './cue-context.ts';
import { possessorRemarkAfter } from './possessor-remark.ts';
import { passiveFrameSubject, reducedPassiveAgent } from './passive-frames.ts';
import { subjectAfter } from './subject-after-verb.ts';
import { subjectBefore } from './subject-before-verb.ts';
import { tellerAfterComma } from './teller-after-comma.ts';
import { isNounByDeterminer, isPronoun } from './token-tests.ts';
import { opensParticipleAside } from './participle-aside.ts';
import { BE_FORMS } from './passive-voice.ts';
import { ARTICLES, AUXILIARIES, REMARK_NOUNS } from './word-sets.ts';

/**
 * The word after the closing mark at `close` is a speech verb ("“Q,” said NAME").
 *
 * @example
 * // “We lost,” said Ann Roe.
 * isRightAfter(tokens, 4) // => true (token 4 is the closing mark, token 5 “said”)
 */
export function isRightAfter(tokens: readonly Token[], close: number): boolean {
  const next = tokens[close + 1];
  return next !== undefined && next.word && !next.cap && SPEECH_VERBS.has(next.lower);
}

/**
 * A pronoun and a speech verb right after the closing mark at `close`, with no comma before them, end the sentence
 * (“the war would be won by “our values alone” he added.”): the collapsed layout dropped the comma of a tag.
 *
 * @param tokens The paragraph's tokens.
 * @param close The quote's closing mark.
 * @param sentenceEnd The last token of the quote's sentence.
 * @example
 * // It was won by “our values” he added.
 * isPronounTagEnding(tokens, 6, 9) // => true (tokens 7 and 8 “he added”, token 9 the full stop)
 */
export function isPronounTagEnding(tokens: readonly Token[], close: number, sentenceEnd: number): boolean {
  const pronoun = tokens[close + 1];
  const verb = tokens[close + 2];
  if (!pronoun?.word || !isPronoun(pronoun) || !verb?.word || verb.cap || !SPEECH_VERBS.has(verb.lower)) return false;
  for (let k = close + 3; k <= sentenceEnd; k++) if (tokens[k]!.word) return false;
  return true;
}

/** Conjunctions after a quote that open a clause about another subject. */
const CONTRAST_OPENERS: ReadonlySet<string> = new Set(clauseOpenersJson.contrasting);

/**
 * `"Q," NAME said`, `"Q," said NAME`, `"Q," NAME, ROLE, said`, `"Q," CNN cited NAME`.
 *
 * @example
 * // “We lost,” Ann Roe said.
 * findAfterCue(context, 5, 8) // => { subject: { type: 'mention', mention: ‹Ann Roe› }, verb: 'said' }
 */
export function findAfterCue(context: Context, from: number, to: number): Found | undefined {
  const remark = remarkSourceAfter(context, from, to);
  if (remark) return remark;
  const possessor = possessorRemarkAfter(context, from, to);
  if (possessor) return possessor;
  // "… had “no choice” but to ask him to leave, NAME has said.": a verb of saying after "to" gives way to a later
  // one; alone ("“…,” he went on to say.") it is the cue.
  return findAfterCueFrom(context, from, to, true) ?? findAfterCueFrom(context, from, to, false);
}

/** True when the word before token `k` is "to": the verb there is an infinitive. */
function isInfinitive(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= 0; j--) if (tokens[j]!.word) return tokens[j]!.lower === 'to';
  return false;
}

/** `findAfterCue` after the remark nouns; `passInfinitives` skips verbs of saying after "to". */
function findAfterCueFrom(context: Context, from: number, to: number, passInfinitives: boolean): Found | undefined {
  const { tokens } = context.paragraph;
  let words = 0;
  for (let k = from; k <= to && words < 22; k++) {
    const t = tokens[k]!;
    if (!t.word) continue;
    words++;
    // "… called the demand “unprecedented”, while ALDI called it “unexpected”": a clause turned to another subject cues the next quote.
    if (words === 1 && CONTRAST_OPENERS.has(t.lower)) return undefined;
    // "“Q,” he was quoted as saying": the subject of the passive frame speaks.
    const framed = passiveFrameSubject(context, k, from);
    if (framed) return { subject: framed, verb: t.text, rule: 'passive-frame-subject' };
    if (OBJECT_SPEAKER_VERBS.has(t.lower)) return { subject: subjectAfter(context, k + 1, to), verb: t.text };
    // "“…,” as Porter put it.", "“…”, in the words of one official.": the frames of feature writing (find-writer-frames.ts).
    const writer = writerFrameAfter(context, k, words, from, to);
    if (writer) return writer.subject.type === 'none' ? undefined : writer;
    // "“…,” he laughed.", "“…,” hit back Ann Roe.": a verb of manner or a phrasal verb, its last token (the particle).
    const mannerEnd = SPEECH_VERBS.has(t.lower) ? undefined : afterQuoteVerbEnd(context, k, from, words);
    const verb = SPEECH_VERBS.get(t.lower) ?? (mannerEnd === undefined ? undefined : AFTER_QUOTE_VERB);
    if (!verb || t.cap || isNounByDeterminer(tokens, k) || (passInfinitives && isInfinitive(tokens, k))) continue;
    // "“…” in January, indicating a slowing market, lenders have said.": a participle opening an aside is no verb of its own.
    if (words > 1 && opensParticipleAside(tokens, k)) continue;
    if (words === 1) {
      // Inverted: "said Mr. Séjourné", "added the French leader", "said he".
      if (verb.listener) return undefined;
      const body = bodyOfCommentators(context, (mannerEnd ?? k) + 1, to);
      if (body) return { subject: { type: 'mention', mention: body }, verb: t.text, rule: 'commentators-at-body' };
      return { subject: subjectAfter(context, (mannerEnd ?? k) + 1, to), verb: t.text };
    }
    const reduced = reducedPassiveAgent(context, k, to);
    if (reduced) return reduced;
    // "… was Jewish, said Mr Blair.": a name after the verb that ends the sentence beats one before the comma.
    const teller = verb.listener ? undefined : tellerAfterComma(context, mannerEnd ?? k, to);
    if (teller) return { subject: teller, verb: t.text };
    const subject = subjectBefore(context, k, from);
    if (subject.type === 'none' && !verb.listener) {
      const inverted = subjectAfter(context, k + 1, to);
      if (inverted.type !== 'none') return { subject: inverted, verb: t.text };
    }
    return { subject, verb: t.text };
  }
  return undefined;
}

/** Verbs of manner ("laughed") and phrasal verbs ("hit back") that cue only a quotation right before them. */
const MANNER_VERBS: ReadonlySet<string> = new Set(afterQuoteVerbsJson.manner);
const PHRASAL_VERBS: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(afterQuoteVerbsJson.phrasal));
/** What a verb of manner or a phrasal verb of saying cues: the same as a verb of saying that names no listener. */
const AFTER_QUOTE_VERB: SpeechVerb = { lemma: 'after-quote', listener: false };

/**
 * "“…,” he laughed.", "“…,” snapped Ann Roe.", "“…,” the minister hit back.": a verb of manner or a phrasal verb of
 * saying (with its particle) at `k` after a quote, where it ends its clause (a full stop, comma, "!" or "?" after it),
 * or comes first with the speaker's name after it; with only the subject between the quote and the verb (at most
 * four words, no verb-like lower-case word: "Ann Roe", "the minister", "he"). Returns the verb's last token.
 */
function afterQuoteVerbEnd(context: Context, k: number, from: number, words: number): number | undefined {
  const { tokens } = context.paragraph;
  const t = tokens[k]!;
  if (t.cap || t.quote >= 0 || words > 5) return undefined;
  let end = k;
  if (!MANNER_VERBS.has(t.lower)) {
    const particles = PHRASAL_VERBS.get(t.lower);
    if (!particles || !particles.includes(tokens[k + 1]?.lower ?? '')) return undefined;
    end = k + 1;
  }
  const next = tokens[end + 1];
  const endsClause = next === undefined || ['.', ',', '!', '?', ';'].includes(next.text);
  const nameAfter = words === 1 && next !== undefined && next.word && (next.cap || ARTICLES.has(next.lower));
  if (!endsClause && !nameAfter) return undefined;
  // Only the subject between the quote and the verb: capitalised words, a pronoun, or "the" and a few nouns.
  for (let m = from; m < k; m++) {
    const w = tokens[m]!;
    if (!w.word) continue;
    if (!w.cap && !isPronoun(w) && !ARTICLES.has(w.lower) && !/^[a-z]+$/.test(w.lower)) return undefined;
    if (!w.cap && (SPEECH_VERBS.has(w.lower) || AUXILIARIES.has(w.lower))) return undefined;
  }
  return end;
}


/**
 * A frame of feature writing at token `k` after a quote (`words` is its count of words so far): "as SUBJECT put it"
 * (the subject between "as" and "put") or, as the first words, "in the words of SUBJECT".
 */
function writerFrameAfter(context: Context, k: number, words: number, from: number, to: number): Found | undefined {
  const { tokens } = context.paragraph;
  const as = asPutItAt(tokens, k, from);
  if (as !== undefined) return { subject: subjectBefore(context, k, as + 1), verb: tokens[k]!.text, rule: 'as-name-put-it' };
  const of = words === 1 ? wordsOfAt(tokens, k) : undefined;
  if (of !== undefined) return { subject: subjectAfter(context, of, to), rule: 'in-the-words-of' };
  return undefined;
}

/**
 * "“Stay indoors,” was the message from Ann Wu.": right after the quote, "was/is the" + a noun for a
 * remark (up to two words between) + "from"/"of"/"by" + the speaker.
 */
function remarkSourceAfter(context: Context, from: number, to: number): Found | undefined {
  const { tokens } = context.paragraph;
  let k = from;
  while (k <= to && !tokens[k]!.word) k++;
  if (!['was', 'were', 'is', 'came'].includes(tokens[k]?.lower ?? '')) return undefined;
  for (let m = k + 1; m <= Math.min(to, k + 5); m++) {
    const t = tokens[m]!;
    if (!t.word || t.quote >= 0) return undefined;
    if ((t.lower === 'from' || t.lower === 'of' || t.lower === 'by') && REMARK_NOUNS.has(tokens[m - 1]?.lower ?? '')) {
      const subject = subjectAfter(context, m + 1, to);
      return subject.type === 'mention' ? { subject } : undefined;
    }
  }
  return undefined;
}

/** "branded", "labelled": participles of a passive label whose agent follows the quote. */
const LABEL_PARTICIPLES: ReadonlySet<string> = new Set(verbFormsJson.labelParticiples);
/** "described", "dismissed": participles of a verb of saying that label only with "as" ("was dismissed as “…” by NAME"). */
const LABEL_AS_PARTICIPLES: ReadonlySet<string> = new Set(verbFormsJson.labelAsParticiples);

/**
 * "The plan was branded “reckless” by the Greens.", "… has been labelled a “mistake” by Ann Roe", "… was dismissed as
 * “ridiculous” by Ann Roe": a passive label (a form of "be", a participle of labelling, maybe "a/an", or a participle of
 * a verb of saying that judges and "as") right before the quote, and "by" + the speaker right after it. The agent gave
 * the label.
 *
 * @example
 * // The plan was branded “reckless” by the Greens.
 * labelAgentAfter(context, 6, 9) // => { subject: { type: 'mention', mention: ‹the Greens› } }
 */
export function labelAgentAfter(context: Context, from: number, to: number): Found | undefined {
  const { tokens } = context.paragraph;
  let k = from;
  while (k <= to && !tokens[k]!.word) k++;
  if (tokens[k]?.lower !== 'by' || tokens[k]!.quote >= 0) return undefined;
  let q = from - 1;
  while (q >= 0 && !tokens[q]!.word) q--;
  if (q < 0 || tokens[q]!.quote < 0) return undefined;
  while (q >= 0 && tokens[q]!.quote >= 0) q--;
  while (q >= 0 && !tokens[q]!.word) q--;
  if (q >= 0 && (tokens[q]!.lower === 'a' || tokens[q]!.lower === 'an')) q--;
  const withAs = q >= 0 && tokens[q]!.lower === 'as' && LABEL_AS_PARTICIPLES.has(tokens[q - 1]?.lower ?? '');
  if (withAs) q--;
  if (q < 1 || !(withAs || LABEL_PARTICIPLES.has(tokens[q]!.lower))) return undefined;
  const reduced = !BE_FORMS.has(tokens[q - 1]!.lower);
  if (reduced && !isLabelledNoun(tokens, q - 1)) return undefined;
  const subject = subjectAfter(context, k + 1, to);
  if (subject.type !== 'mention') return undefined;
  return reduced ? { subject, rule: 'noun-labelled-quote-by-agent' } : { subject };
}

/**
 * "in a move branded …", "the new rules, dubbed …": the word at `k`, right before a participle of labelling, is a
 * lower-case noun after a determiner (with modifiers between, "a controversial move"), so the participle opens a
 * reduced relative clause about that noun ("a move [that was] branded “Q” by NAME"). A pronoun or a name there makes
 * the participle an active verb whose subject gave the label ("They branded …"), which this is not.
 *
 * @example
 * // … in a move branded a “retreat” by the Greens.
 * isLabelledNoun(tokens, 2) // => true ("move" after "a")
 */
function isLabelledNoun(tokens: readonly Token[], k: number): boolean {
  const noun = tokens[k];
  if (!noun?.word || noun.cap || noun.quote >= 0 || isPronoun(noun)) return false;
  return isNounByDeterminer(tokens, k);
}

/**
 * The cue after a closing mark that has no opening mark on its line — the end of a quote that
 * began on an earlier line ("I do not wish to make any judgements," he said.). Undefined when
 * no speech verb with a subject follows the mark in its sentence.
 *
 * @param paragraphs The tokenised paragraphs.
 * @param index Their mentions.
 * @param position The paragraph's position.
 * @param mark The token of the closing mark.
 * @example
 * findCueAfterMark(paragraphs, index, 1, 7) // => { subject: { type: 'pronoun', pronoun: 'he', … }, verb: 'said' }
 */
export function findCueAfterMark(paragraphs: readonly TokenizedParagraph[], index: readonly MentionIndex[], position: number, mark: number): { subject: Subject; verb?: string } | undefined {
  const paragraph = paragraphs[position];
  const markToken = paragraph?.tokens[mark];
  if (!paragraph || !markToken) return undefined;
  const sentenceStart = paragraph.sentenceStarts[markToken.sentence] ?? 0;
  let sentenceEnd = (paragraph.sentenceStarts[markToken.sentence + 1] ?? paragraph.tokens.length) - 1;
  // "…judgements." he said. — the splitter may end the sentence at the mark itself.
  if (sentenceEnd <= mark + 1) sentenceEnd = (paragraph.sentenceStarts[markToken.sentence + 2] ?? paragraph.tokens.length) - 1;
  let to = sentenceEnd;
  for (let k = mark + 1; k <= sentenceEnd; k++) {
    if (paragraph.tokens[k]!.quote >= 0) {
      to = k - 1;
      break;
    }
  }
  const context: Context = { paragraphs, index, paragraph, position, mentions: index[position]!, sentenceStart, sentenceEnd };
  const found = findAfterCue(context, mark + 1, to);
  return found && found.subject.type !== 'none' ? found : undefined;
}
