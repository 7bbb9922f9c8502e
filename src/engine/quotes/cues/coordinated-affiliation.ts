/**
 * "Ann Roe of Harbor University and contributor to the Tribune wrote, “…”", "Tom Vale from the Lowell Institute and a
 * fellow at Kent College said “…”": a person opening the clause, described by where they work and then, joined by
 * "and", by a second post (a role noun, a preposition and a name). The two posts are one person's; the verb is the
 * person's. Withheld when the word after "and" starts a name ("… and Jill Marsh of …": two speakers), when the joined
 * phrase ends in no singular role ("and members of …": a plural subject), or when another person is named in between.
 */
import type { Mention } from '../../actors/index.ts';
import { COMMON_WORDS, EPITHET_HEADS, SENTENCE_ADVERBS, SENTENCE_STARTERS, TITLE_HEAD_WORDS } from '../../actors/load-lexicons.ts';
import type { Context } from './cue-context.ts';

/** Prepositions that tie a person to the place they work ("of Harbor University", "from the council"). */
const AFFILIATION_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'from', 'at']);
/** Prepositions that tie the second post to its body ("contributor to", "fellow at", "adviser for"). */
const POST_PREPOSITIONS: ReadonlySet<string> = new Set(['to', 'of', 'at', 'for', 'with']);
/** A singular noun for someone who does something ("contributor", "researcher", "columnist", "consultant"). */
const AGENT_NOUN = /^[a-z-]{3,}(?:or|er|ist|ian|ant|ent)$/;

/** The most lower-case words of the second post ("a senior research fellow"). */
const MAX_POST_WORDS = 4;
/** The most capitalised words of a body's name walked over ("Lowell Institute of Public Policy" stops at "of"). */
const MAX_NAME_WORDS = 6;

/**
 * The person who opens the clause before the verb at `verbAt` through "PERSON of BODY and ROLE to BODY2".
 *
 * @param context The cue context of the quote's paragraph.
 * @param verbAt The index of the verb of saying.
 * @param from The first token of the clause.
 * @returns The person's mention, or undefined when the words before the verb have another shape.
 * @example
 * // Ann Roe of Harbor University and contributor to the Tribune wrote, “…”
 * personOfCoordinatedAffiliation(context, 11, 0) // => the mention of Ann Roe
 */
export function personOfCoordinatedAffiliation(context: Context, verbAt: number, from: number): Mention | undefined {
  const { tokens } = context.paragraph;
  const second = bodyNameStart(context, verbAt - 1, from);
  if (second === undefined || !POST_PREPOSITIONS.has(tokens[second - 1]?.lower ?? '')) return undefined;
  const roleAt = second - 2;
  const role = tokens[roleAt];
  if (!role?.word || role.cap || role.quote >= 0 || !isRoleNoun(role.lower)) return undefined;
  let k = roleAt - 1;
  while (k > from && k >= roleAt - MAX_POST_WORDS && tokens[k]!.word && !tokens[k]!.cap && tokens[k]!.quote < 0 && tokens[k]!.lower !== 'and') k--;
  if (tokens[k]?.lower !== 'and' || tokens[k]!.quote >= 0) return undefined;
  const first = bodyNameStart(context, k - 1, from);
  if (first === undefined || !AFFILIATION_PREPOSITIONS.has(tokens[first - 1]?.lower ?? '')) return undefined;
  const person = context.mentions.endAt.get(first - 2);
  if (!person || person.kind !== 'person' || person.via !== 'name' || person.inQuote) return undefined;
  for (let m = person.last + 1; m < verbAt; m++) if (context.mentions.startAt.get(m)?.kind === 'person') return undefined;
  return opensClause(context, person.first, from) ? person : undefined;
}

/**
 * True when the word is a role of one person: a title or epithet head, or a singular agent noun that is no common
 * word or adverb ("contributor"; not "later", "never").
 */
function isRoleNoun(word: string): boolean {
  return TITLE_HEAD_WORDS.has(word) || EPITHET_HEADS.has(word) || (AGENT_NOUN.test(word) && !COMMON_WORDS.has(word) && !SENTENCE_STARTERS.has(word) && !SENTENCE_ADVERBS.has(word));
}

/**
 * The first token of a body's name ending at `end` ("the Tribune", "Harbor University", "Slate"): capitalised words
 * outside quotes, maybe with "the" before them; undefined when `end` is no capitalised word.
 */
function bodyNameStart(context: Context, end: number, from: number): number | undefined {
  const { tokens } = context.paragraph;
  let k = end;
  while (k >= from && k > end - MAX_NAME_WORDS && tokens[k]!.word && tokens[k]!.cap && tokens[k]!.quote < 0) k--;
  if (k === end) return undefined;
  return tokens[k]?.lower === 'the' && tokens[k]!.quote < 0 ? k : k + 1;
}

/** True when only capitalised title words stand between the clause's start (or a comma) and the person at `first`. */
function opensClause(context: Context, first: number, from: number): boolean {
  const { tokens } = context.paragraph;
  let b = first - 1;
  while (b >= from && tokens[b]!.word && tokens[b]!.cap && tokens[b]!.quote < 0) b--;
  return b < from || tokens[b]!.text === ',';
}
