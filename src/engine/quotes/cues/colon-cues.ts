/**
 * Cues ending in a colon: a line "NAME said:" before a quote that opens the next paragraph, and a subject
 * before a colon in the quote's sentence ("NAME opposed the plan: “Q”").
 */
import type { Mention, Token, TokenizedParagraph } from '../../actors/index.ts';
import { OBJECT_SPEAKER_VERBS, TITLE_HEAD_WORDS } from '../../actors/load-lexicons.ts';
import { clauseStart } from '../resolve-subject.ts';
import { isGovernmentOf } from '../find-document-owner.ts';
import type { MentionIndex, Subject } from '../cue-types.ts';
import { findBeforeCue } from './before-quote.ts';
import type { Context, Found } from './cue-context.ts';
import { documentSubjectBeforeColon } from './document-phrases.ts';
import { isDispositionBeforeInfinitive } from './disposition-before-infinitive.ts';
import { isPassiveAfterSubject } from './passive-voice.ts';
import { isInPostListAfterHolder } from './post-list-after-holder.ts';
import { sentenceSubject } from './sentence-subject.ts';
import { rolePersonAfter } from './subject-after-verb.ts';
import { SKIP_BEFORE_VERB } from './word-sets.ts';

/**
 * A quote opening a paragraph after one that ends "NAME said:" (or "He added:").
 *
 * @example
 * // paragraph 0: “Council leader Brian Staines said:”; paragraph 1: ““We have had to …””
 * findColonCue(paragraphs, index, 1) // => { subject: { type: 'mention', mention: ‹Brian Staines› }, verb: 'said' }
 */
export function findColonCue(paragraphs: readonly TokenizedParagraph[], index: readonly MentionIndex[], position: number): Found | undefined {
  const previous = paragraphs[position - 1];
  if (!previous || previous.tokens.at(-1)?.text !== ':' || previous.tokens.at(-1)!.quote >= 0) return undefined;
  const sentence = previous.tokens.at(-1)!.sentence;
  const sentenceStart = previous.sentenceStarts[sentence] ?? 0;
  const context: Context = { paragraphs, index, paragraph: previous, position: position - 1, mentions: index[position - 1]!, sentenceStart, sentenceEnd: previous.tokens.length - 1 };
  let from = sentenceStart;
  for (let k = previous.tokens.length - 2; k >= sentenceStart; k--) {
    if (previous.tokens[k]!.quote >= 0) {
      from = k + 1;
      break;
    }
  }
  const found = findBeforeCue(context, from, previous.tokens.length - 2);
  if (found && found.subject.type !== 'none') return found;
  // "The website continues quoting the girl's parents:": the ones quoted speak, not the line's subject.
  if (found?.verb && OBJECT_SPEAKER_VERBS.has(found.verb.toLowerCase()) && previous.tokens.at(-2)?.lower !== found.verb.toLowerCase()) return undefined;
  // "AIP chairman NAME reflects this view in comments:" — no speech verb: the subject of the line.
  if (found && found.verb && !/ing$/.test(found.verb)) return undefined;
  return findSubjectBeforeColon({ ...context, sentenceStart: from });
}

/**
 * "Faye Doe, President, Harbour Trust:": the body `body` comes after a comma, a post (capitalised words with a title
 * head, "of"/"and"/"&" between) and another comma, and before them only capitalised words the article does not know
 * as a name, from the clause start `start`: the line names the post's holder, whom the actors missed.
 */
function isBodyOfUnknownHolder(context: Context, body: Mention, start: number): boolean {
  const { tokens } = context.paragraph;
  let k = body.first - 1;
  // "U.S. PIRG": a place or other capitals before the body's name belong to it.
  for (let n = 0; n < 4 && k > start && (tokens[k]!.cap || tokens[k]!.text === '.'); n++) k--;
  if (tokens[k]?.lower === 'the') k--;
  if (tokens[k]?.text !== ',') return false;
  k--;
  let heads = 0;
  for (; k >= start && tokens[k]!.text !== ','; k--) {
    const t = tokens[k]!;
    if (!t.word || context.mentions.startAt.has(k) || context.mentions.endAt.has(k)) return false;
    if (t.cap && TITLE_HEAD_WORDS.has(t.lower)) heads++;
    else if (!t.cap && !['of', 'and'].includes(t.lower)) return false;
  }
  if (heads === 0 || tokens[k]?.text !== ',') return false;
  const nameEnd = k - 1;
  for (k = nameEnd; k >= start; k--) {
    const t = tokens[k]!;
    if (!t.word || !t.cap || context.mentions.startAt.has(k) || context.mentions.endAt.has(k)) return false;
  }
  return nameEnd >= start && nameEnd - start <= 3;
}

/** "which was approved by President Donald Trump": the agent of a passive, title words before the name allowed. */
function isAgent(tokens: readonly Token[], m: Mention): boolean {
  let k = m.first - 1;
  while (k >= 0 && k >= m.first - 3 && tokens[k]!.cap) k--;
  return tokens[k]?.lower === 'by';
}

/**
 * The subject of a sentence whose quote follows a colon, when it is a speaking mention or a
 * pronoun at the start of the main clause and the sentence names no other person outside the
 * quote (but for possessors and the agents of passives).
 *
 * @example
 * // Jair Bolsonaro opposed the plan: “It is a mistake.”
 * findSubjectBeforeColon(context) // => { subject: { type: 'mention', mention: ‹Jair Bolsonaro› } }
 */
export function findSubjectBeforeColon(context: Context): Found | undefined {
  const start = clauseStart(context.paragraph, context.paragraph.tokens[context.sentenceStart]!.sentence);
  const opening = sentenceSubject({ ...context, sentenceStart: start });
  // "Harbour Traders Association Executive Director NAME: “…”": the person holding the post speaks, not the body.
  const held = opening.type === 'mention' && opening.mention.kind === 'organization' ? rolePersonAfter(context, opening.mention, context.sentenceEnd) : undefined;
  const subject: Subject = held ? { type: 'mention', mention: held } : opening;
  // "Faye Doe, President, Harbour Trust: “…”" with the name unknown: the body is only where the post is held.
  if (!held && opening.type === 'mention' && opening.mention.kind === 'organization' && isBodyOfUnknownHolder(context, opening.mention, start)) return undefined;
  if (subject.type === 'none') {
    const owner = documentSubjectBeforeColon(context, Math.max(start, context.sentenceStart));
    return owner && { subject: owner };
  }
  const own = subject.type === 'mention' ? subject.mention.actor : undefined;
  const { tokens } = context.paragraph;
  // Another person as a possessor ("opposed Macron's statement:") is what is answered, not who answers; a place or body
  // in the posts listed after the holder ("Jo Lee, Director, Harbour Power: “…”") answers nothing either.
  const holder = subject.type === 'mention' ? subject.mention : undefined;
  for (const m of context.mentions.list) {
    if (m.first < context.sentenceStart || m.last > context.sentenceEnd || m.inQuote || m.kind !== 'person' || m.actor === own) continue;
    if (tokens[m.last + 1]?.lower !== "'s" && !isAgent(tokens, m) && !(holder && isInPostListAfterHolder(tokens, holder, m))) return undefined;
  }
  if (subject.type === 'mention' && ((subject.mention.kind === 'place' && !isGovernmentOf(tokens, subject.mention)) || tokens[subject.mention.last + 1]?.lower === "'s")) return undefined;
  // "Amy Hart was told: “…”", "He was asked: “…”": the subject heard the words.
  const after = subject.type === 'pronoun' ? subject.token + 1 : subject.type === 'mention' ? subject.mention.last + 1 : -1;
  let at = after + 1;
  while (tokens[at]?.word && !tokens[at]!.cap && (SKIP_BEFORE_VERB.has(tokens[at]!.lower) || /ly$/.test(tokens[at]!.lower))) at++;
  if (!isPassiveAfterSubject(tokens[after], tokens[at])) return { subject };
  // "She is prepared to go this far: “…”": readiness, not a passive; the subject does the verb after "to".
  return isDispositionBeforeInfinitive(tokens, at) ? { subject, rule: 'disposed-subject-colon-quote' } : undefined;
}
