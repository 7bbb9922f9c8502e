/**
 * Cues for quoted fragments inside narrative, and the guards of the cue rules that read the quote's whole
 * sentence: "There was an “absolute crisis”, the committee added.", "NAME “totally condemned” the deletion",
 * "In the words of NAME, “Q”".
 */
import { HONORIFICS, SPEECH_VERBS, TITLE_HEAD_WORDS, TITLE_MODIFIERS } from '../../actors/load-lexicons.ts';
import { wordsOfAt } from '../find-writer-frames.ts';
import type { Mention, Token } from '../../actors/index.ts';
import type { MentionIndex } from '../cue-types.ts';
import { type CueSite, type Found, withSubject } from './cue-context.ts';
import { opensParticipleAside } from './participle-aside.ts';
import { afterAffiliation } from './affiliation-after-agent.ts';
import { subjectAfter } from './subject-after-verb.ts';
import { ARTICLES, SKIP_BEFORE_VERB } from './word-sets.ts';

/**
 * "“She told me …” and that “…”, Ana Ruiz recalled.": a speech verb later in the quote's sentence, past another
 * quotation, names the speaker there; the sentence before is no beat of that quote.
 *
 * @example
 * // “She told me …” and that “it was over”, Ana Ruiz recalled.
 * speakerMayFollow(site) // => true
 */
export function speakerMayFollow(s: CueSite): boolean {
  const { tokens } = s.context.paragraph;
  for (let k = s.closeToken + 1; k <= s.context.sentenceEnd; k++) if (tokens[k]!.word && tokens[k]!.quote < 0 && !tokens[k]!.cap && SPEECH_VERBS.has(tokens[k]!.lower)) return true;
  return false;
}

/**
 * "The plan, which critics called “a gimmick”, was approved, NAME said.": a speech verb right before
 * the quote (at most three words before it) whose subject nobody named; the quote is that subject's.
 *
 * @example
 * // The plan, which critics called “a gimmick”, was approved, Jo Hale said.
 * quotedByUnnamed(site) // => true
 */
export function quotedByUnnamed(s: CueSite): boolean {
  const { tokens } = s.context.paragraph;
  if (!s.before?.verb) return false;
  for (let k = s.openToken - 1; k >= Math.max(s.context.sentenceStart, s.openToken - 4); k--) if (tokens[k]!.text === s.before.verb && tokens[k]!.word) return true;
  return false;
}

/**
 * ", NAME said." / ", said NAME." / ", he added." ending the quote's sentence: the speech verb found
 * after the quote, when its clause follows a comma and nothing but its subject and adverbs stands
 * between that comma and the sentence's end, and no speech verb stands between the quote and the comma.
 *
 * @example
 * // There was an “absolute crisis” in recruitment, the committee added.
 * attributionEndingSentence(site) // => { subject: { type: 'mention', mention: ‹the committee› }, verb: 'added' }
 */
export function attributionEndingSentence(s: CueSite, tailAllowed?: (tokens: readonly Token[], from: number, to: number) => boolean): Found | undefined {
  const found = withSubject(s.after);
  // "The plan, which critics called “a gimmick”, was approved, NAME said.": a verb before the quote quotes someone else.
  if (!found || found.subject.type === 'epithet' || s.after?.verb === undefined || s.before?.verb !== undefined) return undefined;
  const { tokens } = s.context.paragraph;
  const { sentenceEnd } = s.context;
  let verbAt = -1;
  for (let k = s.closeToken + 1; k <= sentenceEnd; k++) {
    if (tokens[k]!.quote >= 0) return undefined;
    if (tokens[k]!.text === s.after.verb && tokens[k]!.word) verbAt = k;
  }
  if (verbAt < 0) return undefined;
  const subject = found.subject.type === 'mention' ? found.subject.mention : undefined;
  const first = subject ? Math.min(subject.first, verbAt) : found.subject.type === 'pronoun' ? Math.min(found.subject.token, verbAt) : verbAt;
  const last = subject ? Math.max(subject.last, verbAt) : verbAt;
  let open = first - 1;
  while (open > s.closeToken && tokens[open]!.word && (ARTICLES.has(tokens[open]!.lower) || SKIP_BEFORE_VERB.has(tokens[open]!.lower) || TITLE_HEAD_WORDS.has(tokens[open]!.lower) || TITLE_MODIFIERS.has(tokens[open]!.lower) || HONORIFICS.has(tokens[open]!.lower))) open--;
  if (tokens[open]?.text !== ',' || open <= s.closeToken) return undefined;
  // After the verb only adverbs; or, for a verb with a listener, what `tailAllowed` accepts (listener-ending.ts).
  if (tailAllowed) {
    if (last + 1 > sentenceEnd || !tailAllowed(tokens, last + 1, sentenceEnd)) return undefined;
  } else for (let k = subject && subject.last > verbAt ? afterAffiliation(tokens, s.context.mentions, subject, afterCoAgents(tokens, s.context.mentions, subject, sentenceEnd)) : last + 1; k <= sentenceEnd; k++) if (tokens[k]!.word && !SKIP_BEFORE_VERB.has(tokens[k]!.lower)) return undefined;
  // "… had “no choice” but to ask him to leave, NAME said.": a verb of saying after "to" reports no one's words.
  // A participle opening an aside (", indicating …,") is no such verb.
  for (let k = s.closeToken + 1; k < open; k++) if (tokens[k]!.word && !tokens[k]!.cap && SPEECH_VERBS.has(tokens[k]!.lower) && tokens[k - 1]?.lower !== 'to' && !opensParticipleAside(tokens, k)) return undefined;
  return found;
}

/**
 * The token after an agent that ends an inverted attribution and what may follow it: the agent's short form in
 * brackets ("by the Harbour Trust (HT)") and, after "by", one more agent of the same kind joined by "and" with its own
 * short form ("published by the Harbour Trust (HT) and the Port Authority (PA)"): a document put out jointly is its
 * first agent's words.
 *
 * @param tokens The paragraph's tokens.
 * @param mentions Its mentions.
 * @param agent The mention that ends the attribution.
 * @param to The last token of the sentence.
 * @returns The first token past the agent, its short form and a joint agent.
 * @example
 * // …, said the leaflet published by the Harbour Trust (HT) and the Port Authority (PA).
 * afterCoAgents(tokens, mentions, ‹the Harbour Trust›, 20) // => 20 (the full stop)
 */
export function afterCoAgents(tokens: readonly Token[], mentions: MentionIndex, agent: Mention, to: number): number {
  const k = afterShortForm(tokens, agent.last + 1, to);
  const byAgent = tokens[agent.first - 1]?.lower === 'by' || (ARTICLES.has(tokens[agent.first - 1]?.lower ?? '') && tokens[agent.first - 2]?.lower === 'by');
  if (!byAgent || tokens[k]?.lower !== 'and') return k;
  const joint = mentions.startAt.get(k + 1) ?? (ARTICLES.has(tokens[k + 1]?.lower ?? '') ? mentions.startAt.get(k + 2) : undefined);
  return joint && joint.kind === agent.kind && !joint.inQuote ? afterShortForm(tokens, joint.last + 1, to) : k;
}

/** The token after a bracketed short form at `k` ("(HT)": one capitalised word), else `k`. */
function afterShortForm(tokens: readonly Token[], k: number, to: number): number {
  return tokens[k]?.text === '(' && k + 2 <= to && tokens[k + 1]!.cap && tokens[k + 2]!.text === ')' ? k + 3 : k;
}

/**
 * "Richard Thomas “totally condemned” the deletion", "Mr Blair “deeply regrets” the loss": a quote in
 * lower case right after a person's name that opens the sentence (nothing but title words before it)
 * is what that person did in words.
 *
 * @example
 * // Richard Thomas “totally condemned” the deletion.
 * quotedPredicate(site) // => { subject: { type: 'mention', mention: ‹Richard Thomas› }, … }
 */
export function quotedPredicate(s: CueSite): Found | undefined {
  if (!/^\p{Ll}/u.test(s.text) || s.before?.verb !== undefined) return undefined;
  const { tokens } = s.context.paragraph;
  const person = s.context.mentions.endAt.get(s.openToken - 1);
  if (!person || person.kind !== 'person' || person.inQuote) return undefined;
  for (let k = person.first - 1; k >= s.context.sentenceStart; k--) {
    const t = tokens[k]!;
    if (!t.word || !(t.cap || HONORIFICS.has(t.lower) || TITLE_HEAD_WORDS.has(t.lower) || TITLE_MODIFIERS.has(t.lower))) return undefined;
  }
  return { subject: { type: 'mention', mention: person } };
}

/**
 * "In the words of Porter, “…”", "In the memorable words of one minister: “…”": a sentence opening with the
 * frame, its subject, and a comma or colon right before the quote; no verb of saying between.
 *
 * @example
 * // In the words of Porter, “We are not done.”
 * wordsOfBefore(site) // => { subject: { type: 'mention', mention: ‹Porter› }, … }
 */
export function wordsOfBefore(s: CueSite): Found | undefined {
  const { tokens } = s.context.paragraph;
  if (s.before?.verb || !/^[,:]$/.test(tokens[s.openToken - 1]?.text ?? '')) return undefined;
  const of = wordsOfAt(tokens, s.context.sentenceStart);
  if (of === undefined || of > s.openToken - 2) return undefined;
  const subject = subjectAfter(s.context, of, s.openToken - 2);
  return subject.type === 'none' ? undefined : { subject };
}
