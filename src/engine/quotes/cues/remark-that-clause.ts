/**
 * "his announcement that “he will not take his seat”", "Ann Roe's claim that the vote was “rigged”": a quotation
 * inside the "that" clause of a noun for someone's words, the noun owned by a possessor — a person's or body's
 * possessive, or a possessive pronoun. The possessor said it; nothing else in the sentence is nearer to the quote.
 */
import type { Token } from '../../actors/index.ts';
import { SPEECH_VERBS } from '../../actors/load-lexicons.ts';
import remarkThatNounsJson from '../../lexicons/remark-that-nouns.json' with { type: 'json' };
import type { CueSite, Found } from './cue-context.ts';
import { POSSESSIVE_TO_SUBJECT } from './document-phrases.ts';
import { possessiveMarkAfter } from './possessor-person.ts';
import { SPEAKING_KINDS } from './word-sets.ts';

/** Nouns for someone's words that take a "that" clause ("announcement", "claim", "statement"). */
const REMARK_THAT_NOUNS: ReadonlySet<string> = new Set(remarkThatNounsJson.nouns);

/** How many tokens the "that" clause may run before the quote opens. */
const MAX_CLAUSE_TOKENS = 20;
/** How many lower-case words may stand between the possessor and the noun ("his later announcement", "Roe's repeated public claim"). */
const MAX_MODIFIERS = 2;

/**
 * The possessor of the noun whose "that" clause holds the quotation: a speaking mention before "'s", or a possessive
 * pronoun (resolved in stage 3 like a subject pronoun). Undefined when a verb of saying, another quotation or a
 * semicolon stands between "that" and the quote (the words are someone else's, or the clause has ended), or when the
 * noun has no possessor ("the claim that …" leaves the speaker open).
 *
 * @example
 * // Voters cheered his announcement that “he will step down”.
 * remarkThatClause(site) // => { subject: { type: 'pronoun', pronoun: 'he', … } }
 */
export function remarkThatClause(s: CueSite): Found | undefined {
  const { tokens } = s.context.paragraph;
  const from = Math.max(s.context.sentenceStart, s.openToken - MAX_CLAUSE_TOKENS);
  for (let k = s.openToken - 1; k > from; k--) {
    const t = tokens[k]!;
    if (t.quote >= 0 || t.text === ';') return undefined;
    if (t.word && !t.cap && SPEECH_VERBS.has(t.lower) && !REMARK_THAT_NOUNS.has(t.lower)) return undefined;
    if (t.lower !== 'that' || !REMARK_THAT_NOUNS.has(tokens[k - 1]?.lower ?? '')) continue;
    return possessorBefore(s, k - 1);
  }
  return undefined;
}

/** The possessor of the noun at `noun`, at most `MAX_MODIFIERS` lower-case words before it. */
function possessorBefore(s: CueSite, noun: number): Found | undefined {
  const { tokens } = s.context.paragraph;
  let m = noun - 1;
  for (let n = 0; n < MAX_MODIFIERS && m > s.context.sentenceStart && isModifier(tokens[m]); n++) m--;
  const t = tokens[m];
  if (!t || t.quote >= 0) return undefined;
  const pronoun = POSSESSIVE_TO_SUBJECT.get(t.lower);
  if (pronoun) return { subject: { type: 'pronoun', pronoun, paragraph: s.context.position, token: m } };
  const owner = s.context.mentions.endAt.get(m - 1);
  if (!owner || owner.inQuote || !SPEAKING_KINDS.has(owner.kind) || possessiveMarkAfter(tokens, owner) !== m) return undefined;
  return { subject: { type: 'mention', mention: owner } };
}

/** A lower-case word that is neither a possessive pronoun nor a possessive mark. */
function isModifier(t: Token | undefined): boolean {
  return t !== undefined && t.word && !t.cap && t.quote < 0 && !POSSESSIVE_TO_SUBJECT.has(t.lower);
}
