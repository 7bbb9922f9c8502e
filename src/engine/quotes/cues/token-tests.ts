/**
 * Small tests on tokens and mentions that many cue finders share: a word in a span, a pronoun, a speech-verb
 * form used as a noun, words that may stand between a subject and its verb, a mention that can speak.
 */
import type { Mention, Token } from '../../actors/index.ts';
import { PART_OF_NOUNS, ORG_BACK_REFERENCES as ORG_BACK_WORDS, ORG_HEADS, ORG_PRONOUNS, PERSON_PRONOUNS, PLURAL_PRONOUNS } from '../../actors/load-lexicons.ts';
import betweenSubjectAndVerbJson from '../../lexicons/between-subject-and-verb.json' with { type: 'json' };
import determinersJson from '../../lexicons/determiners.json' with { type: 'json' };
import nounPhraseModifiersJson from '../../lexicons/noun-phrase-modifiers.json' with { type: 'json' };
import roleWordsJson from '../../lexicons/role-words.json' with { type: 'json' };
import type { Context } from './cue-context.ts';
import { CLAUSE_INTRO, SKIP_BEFORE_VERB, SPEAKING_KINDS } from './word-sets.ts';
import { partyTagClose } from '../party-tag-after-name.ts';
import { DASHES } from '../../text/dashes.ts';

const NOT_ADVERBS: ReadonlySet<string> = new Set(betweenSubjectAndVerbJson.notAdverbs);
const ONLY_BEFORE_A_NOUN: ReadonlySet<string> = new Set(determinersJson.onlyBeforeANoun);

/**
 * Whether the speech-verb form at `k` is a noun by the word before it: after an article or a possessive
 * ("in their comments:", "the claims", "his alleged role"), or after "her" when it ends in -s or -ed
 * ("her claims", "her reported remarks"; but "heard her say").
 *
 * @example
 * // … in their comments: …
 * isNounByDeterminer(tokens, 2) // => true
 * // … heard her say …
 * isNounByDeterminer(tokens, 2) // => false
 */
export function isNounByDeterminer(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1]?.lower ?? '';
  if (ONLY_BEFORE_A_NOUN.has(before)) return true;
  if (before === 'her' && /(?:[^s]s|ed)$/.test(tokens[k]!.lower)) return true;
  return isNounAfterModifiers(tokens, k);
}

const NOUN_PHRASE_ADJECTIVES: ReadonlySet<string> = new Set(nounPhraseModifiersJson.adjectives);
const NOUN_PHRASE_NUMBERS: ReadonlySet<string> = new Set(nounPhraseModifiersJson.numbers);
/** Quotation marks, which the tokens of a quotation dropped as a scare quote keep as punctuation. */
const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '“', '”', "'", '‘', '’']);
const PERSON_COMPOUND_ENDS: ReadonlySet<string> = new Set(nounPhraseModifiersJson.personCompoundEnds);

/**
 * "nine-year", "10-day": a hyphenated lower-case compound that opens with a number, before a noun; not one that names a
 * person ("12-year-old"), nor one opening with a noun ("mother-of-nine", "ex-minister"), which may be the subject.
 */
function isCompoundModifier(word: string): boolean {
  // The hyphen first: most words have none, and are not read by the expression's Unicode classes.
  if (!word.includes('-') || !/^[\p{Ll}\d]+(?:-[\p{Ll}\d]+)+$/u.test(word)) return false;
  const first = word.slice(0, word.indexOf('-'));
  return (/^\d+$/.test(first) || NOUN_PHRASE_NUMBERS.has(first)) && !PERSON_COMPOUND_ENDS.has(word.slice(word.lastIndexOf('-') + 1));
}

/** How many modifiers may stand between the determiner and the noun. */
const MAX_MODIFIERS = 3;

/**
 * "Labour's six new pledges", "his latest remarks", "a “secular” state", "the nine-year recommended term": a speech-verb
 * form after a determiner or a name's possessive and one to three modifiers — words of `noun-phrase-modifiers.json`, a
 * hyphenated compound that opens with a number and names no person, or one quoted phrase of up to three lower-case words — is a noun (or a
 * participle before one), never the verb of a clause. After numbers alone, only a plural form ("the two claims", not "the two said").
 *
 * @example
 * // Labour's six new pledges
 * isNounAfterModifiers(tokens, 4) // => true
 * // the two said
 * isNounAfterModifiers(tokens, 2) // => false
 */
function isNounAfterModifiers(tokens: readonly Token[], k: number): boolean {
  let m = k - 1;
  let adjectives = 0;
  let numbers = 0;
  const quoted = quotedModifierStart(tokens, k);
  if (quoted !== undefined) {
    m = quoted - 1;
    adjectives++;
  }
  for (; m >= 0 && adjectives + numbers < MAX_MODIFIERS; m--) {
    const t = tokens[m]!;
    if (!t.word || t.cap || t.quote >= 0) break;
    if (NOUN_PHRASE_ADJECTIVES.has(t.lower) || isCompoundModifier(t.lower)) adjectives++;
    else if (NOUN_PHRASE_NUMBERS.has(t.lower) || /^\d+$/.test(t.text)) numbers++;
    else break;
  }
  if (adjectives + numbers === 0) return false;
  if (adjectives === 0 && !/[^s]s$/.test(tokens[k]!.lower)) return false;
  const determiner = tokens[m]?.lower ?? '';
  return ONLY_BEFORE_A_NOUN.has(determiner) || determiner === "'s" || determiner === '’s';
}

/**
 * The first token of a quoted phrase of one to three lower-case words (marks included) right before `k`, the
 * quotation kept or dropped as a scare quote ("a “secular” state"); undefined if there is none.
 */
function quotedModifierStart(tokens: readonly Token[], k: number): number | undefined {
  const close = tokens[k - 1];
  if (!close || !QUOTE_MARKS.has(close.text) || (tokens[k]!.quote >= 0 && tokens[k]!.quote === close.quote)) return undefined;
  let words = 0;
  for (let m = k - 2; m >= Math.max(0, k - 6); m--) {
    const t = tokens[m]!;
    if (QUOTE_MARKS.has(t.text)) return words > 0 ? m : undefined;
    if (!t.word || t.cap || ++words > 3) return undefined;
  }
  return undefined;
}
/** The shortest '-ly' word taken for an adverb: shorter ones are mostly nouns ('ally', 'rally', 'reply'). */
const MIN_ADVERB_LENGTH = 6;

/**
 * Whether a word may stand between a subject and its speech verb: a word of `cueSubject`, or a lower-case
 * adverb in '-ly' ("The proclamation specifically said", "someone audibly says") that is no noun ('family').
 *
 * @example
 * passedBeforeVerb(tokenOf('specifically')) // => true
 * passedBeforeVerb(tokenOf('family')) // => false
 */
export function passedBeforeVerb(t: Token): boolean {
  if (SKIP_BEFORE_VERB.has(t.lower)) return true;
  return t.word && !t.cap && t.lower.length >= MIN_ADVERB_LENGTH && t.lower.endsWith('ly') && !NOT_ADVERBS.has(t.lower);
}

/**
 * The words of a mention as written.
 *
 * @example
 * // … said Ann Roe.
 * mentionText(context, annRoe) // => 'Ann Roe'
 */
export function mentionText(context: Context, m: Mention): string {
  const { tokens } = context.paragraph;
  return context.paragraph.text.slice(tokens[m.first]!.start, tokens[m.last]!.end);
}

/**
 * Whether the word at `k` opens its clause: the sentence's first word, or after a comma or an opening word ("the", "but").
 *
 * @example
 * // But Ann Roe said …
 * opensClause(tokens, 1, 0) // => true
 */
export function opensClause(tokens: readonly Token[], k: number, from: number): boolean {
  const before = tokens[k - 1];
  return k <= from || before === undefined || !before.word || CLAUSE_INTRO.has(before.lower);
}

/**
 * A lower-case noun for an organisation or a team ("campaign", "administration", "government").
 *
 * @example
 * isOrganizationNoun(tokenOf('administration')) // => true
 * isOrganizationNoun(tokenOf('Administration')) // => false
 */
export function isOrganizationNoun(t: Token | undefined): boolean {
  return t !== undefined && t.word && !t.cap && (ORG_BACK_WORDS.has(t.lower) || ORG_HEADS.has(t.lower) || TEAM_NOUNS.has(t.lower));
}

const TEAM_NOUNS: ReadonlySet<string> = new Set(roleWordsJson.teamNouns);

export { DASHES };

/**
 * The token opening an aside that closes at `close`: the dash before "- who was convicted -", or the
 * bracket before "(pictured)"; at most twenty tokens back, with no quotation inside.
 *
 * @example
 * // Ann Roe (pictured) said …
 * asideOpening(tokens, 4, 0) // => 2 (the token of “(”)
 */
export function asideOpening(tokens: readonly Token[], close: number, from: number): number | undefined {
  const closing = tokens[close]!.text;
  const opening = DASHES.has(closing) ? closing : closing === ')' ? '(' : undefined;
  if (opening === undefined) return undefined;
  for (let k = close - 2; k > from && k >= close - 20; k--) {
    if (tokens[k]!.quote >= 0) return undefined;
    if (tokens[k]!.text === opening) return k;
  }
  return undefined;
}

/**
 * "Members of the House of Commons": a mention that opens with some of an organisation's people.
 *
 * @example
 * // Members of the House of Commons said …
 * isPartOf(context, members) // => true
 */
export function isPartOf(context: Context, m: Mention): boolean {
  const { tokens } = context.paragraph;
  return m.kind === 'organization' && PART_OF_NOUNS.has(tokens[m.first]!.lower) && tokens[m.first + 1]?.lower === 'of';
}

/**
 * A mention ending at token k that can speak (people, sources, organisations, groups).
 *
 * @example
 * // … Ann Roe said …
 * speakingMention(context, 1) // => the mention of Ann Roe (a person)
 */
export function speakingMention(context: Context, k: number): Mention | undefined {
  const m = context.mentions.endAt.get(k);
  if (!m || isPartOf(context, m)) return undefined;
  if (SPEAKING_KINDS.has(m.kind)) return m;
  // A country as speaker only when it is the whole subject ("France said …").
  return m.kind === 'place' ? m : undefined;
}

/**
 * A pronoun for a person, a group or an organisation ("she", "they", "it").
 *
 * @example
 * isPronoun(tokenOf('they')) // => true
 */
export function isPronoun(t: Token): boolean {
  return PERSON_PRONOUNS.has(t.lower) || PLURAL_PRONOUNS.has(t.lower) || ORG_PRONOUNS.has(t.lower);
}

/**
 * Whether a word token (not punctuation) stands between `from` and `to`, both included.
 *
 * @example
 * // “Yes,” she said.
 * hasWord(tokens, 4, 5) // => true
 */
export function hasWord(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = Math.max(0, from); k <= to; k++) if (tokens[k]!.word) return true;
  return false;
}

/**
 * The person whose name starts at `at` when the name ends the cue's clause: a comma, full stop, colon, semicolon or
 * quotation mark after it, or the end of the cue (`to`). "said Labour's John Prescott." ends there; "said Labour's
 * John Prescott in Hull" does not. A legislator's party tag after the name ("(D-Md.)") is read as part of it.
 *
 * @param context The cue's sentence.
 * @param at The token a person's mention may start at.
 * @param to The last token of the cue.
 * @example
 * // “We are honoured,” said Sky Networks' Sophie Turner Laing.
 * personEndingClauseAt(context, 6, 9) // => the mention of Sophie Turner Laing
 */
export function personEndingClauseAt(context: Context, at: number, to: number): Mention | undefined {
  const person = context.mentions.startAt.get(at);
  if (!person || person.kind !== 'person' || person.inQuote || person.last > to) return undefined;
  // "said Administrator of the Acme Agency Ann Roe (D-Md.).": a party tag after the name belongs to it.
  const last = partyTagClose(context.paragraph.tokens, person) ?? person.last;
  const after = context.paragraph.tokens[last + 1];
  const ends = after === undefined || last >= to || [',', '.', ':', ';'].includes(after.text) || after.quote >= 0;
  return ends ? person : undefined;
}
