/**
 * "But it was Mr Roe who took centre stage, speaking of the “positive campaign” the party hoped to run": a cleft
 * ("it was/is NAME who VERB …") makes NAME the subject of its "who" clause and of a participle of saying after a
 * comma; a quotation after that verb, in its object, is NAME's words — a verb of stance inside the object ("the
 * party hoped") is reported, not a speaker of its own.
 */
import type { Mention, Token } from '../../actors/index.ts';
import { PARTICIPLES_OF_SPEAKING, SPEECH_VERBS } from '../../actors/load-lexicons.ts';
import type { CueSite, Found } from './cue-context.ts';
import { ARTICLES, SPEAKING_KINDS } from './word-sets.ts';

/** The copulas of a cleft after "it". */
const CLEFT_COPULAS: ReadonlySet<string> = new Set(['was', 'is']);

/**
 * The named subject of a cleft before the quotation, when a verb of saying of that subject — the verb of the "who"
 * clause, or a participle after a comma ("…, saying", "…, speaking of") — stands before the quote with no other verb
 * of saying (other than one of stance) between them. Undefined otherwise.
 *
 * @param s The quotation's cue site.
 * @example
 * // But it was Ms Vale who spoke last, saying the plan was “dead”.
 * cleftSubject(site) // => { subject: { type: 'mention', mention: Ms Vale }, verb: 'saying', rule: 'cleft-subject' }
 * // It was the council who decided, not Mr Roe, saying it was “final”.
 * cleftSubject(site) // => { subject: { type: 'mention', mention: the council }, verb: 'saying', … }
 */
export function cleftSubject(s: CueSite): Found | undefined {
  const { tokens } = s.context.paragraph;
  for (let k = s.context.sentenceStart; k < s.openToken - 3; k++) {
    if (tokens[k]!.lower !== 'it' || !CLEFT_COPULAS.has(tokens[k + 1]!.lower)) continue;
    const subject = cleftMention(s, k + 2);
    if (!subject) return undefined;
    const verb = speakingVerbAfter(tokens, subject.last + 2, s.openToken);
    return verb === undefined ? undefined : { subject: { type: 'mention', mention: subject }, verb: tokens[verb]!.lower, rule: 'cleft-subject' };
  }
  return undefined;
}

/** How many words (an article, a title: "the", "Mr", "Health Secretary") may stand before the cleft's mention. */
const MAX_WORDS_BEFORE_MENTION = 3;

/**
 * The speaking mention followed by "who" that starts at `at`, or after at most `MAX_WORDS_BEFORE_MENTION` words that
 * are an article or capitalised ("the", "Mr", "Health Secretary").
 */
function cleftMention(s: CueSite, at: number): Mention | undefined {
  const { tokens } = s.context.paragraph;
  for (let first = at; first <= at + MAX_WORDS_BEFORE_MENTION; first++) {
    const m = s.context.mentions.startAt.get(first);
    if (m) return !m.inQuote && SPEAKING_KINDS.has(m.kind) && tokens[m.last + 1]?.lower === 'who' ? m : undefined;
    const t = tokens[first];
    if (!t || !t.word || t.quote >= 0 || !(t.cap || ARTICLES.has(t.lower))) return undefined;
  }
  return undefined;
}

/**
 * The verb of saying that the cleft's subject governs before the quote (token index): the first word of the "who"
 * clause, or a lower-case participle of saying or speaking right after a comma ("saying", "speaking"); undefined when none, when a semicolon, a colon or a
 * quotation stands before it, or when another verb of saying that is not one of stance stands between it and the
 * quote ("…, saying the mayor said “…”").
 */
function speakingVerbAfter(tokens: readonly Token[], from: number, openToken: number): number | undefined {
  let verb: number | undefined;
  for (let k = from; k < openToken; k++) {
    const t = tokens[k]!;
    if (t.text === ';' || t.text === ':') return undefined;
    if (t.quote >= 0) {
      if (verb === undefined) return undefined;
      continue;
    }
    if (!t.word || t.cap) continue;
    const entry = SPEECH_VERBS.get(t.lower);
    const participle = tokens[k - 1]?.text === ',' && /[a-z]ing$/.test(t.lower);
    if ((entry && (k === from || participle)) || (participle && PARTICIPLES_OF_SPEAKING.has(t.lower))) verb = k;
    else if (entry && verb !== undefined && !entry.stance) return undefined;
  }
  return verb;
}
