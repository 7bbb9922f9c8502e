/**
 * A person's post written with no commas around it: "“…,” Dr Ann Roe games director at software firm Zentec told …".
 * The body right before the verb is where the person works, not the subject; the person, who opens the clause, speaks.
 */
import type { Mention, Token } from '../../actors/index.ts';
import { SPEECH_VERBS, TITLE_HEAD_WORDS } from '../../actors/load-lexicons.ts';
import type { Context } from './cue-context.ts';
import { opensClauseAfterTitles } from './one-sided-affiliation.ts';
import { OWNER_PREPOSITIONS } from './word-sets.ts';
import determinersJson from '../../lexicons/determiners.json' with { type: 'json' };

/** "NAME, his lawyer said": an appositive opening with a person's possessive is a subject of its own ("NAME, its
 * minister for economic affairs added": a body's is NAME's post). */
const OPENING_DETERMINERS: ReadonlySet<string> = new Set(determinersJson.possessives.filter((w) => w !== 'its'));

/** How many lower-case words a post and its body's description may run to. */
const MAX_POST_WORDS = 10;
/** How many tokens an appositive no comma closes may run to: two posts and their bodies ("Senior Advisor at Harbour
 * Health Works and President of Care First UK"). */
const MAX_APPOSITIVE_TOKENS = 14;

/**
 * "Dr Ann Roe games director at software firm Zentec told": the person named right before a run of lower-case words
 * (no comma, mark, mention or speech verb in it) that holds a title word followed by "of"/"at"/"for"/"from" and ends
 * at `body`, an organisation right before the verb, when the person opens the clause (after `from`); undefined
 * otherwise ("Ann Roe told staff at Zentec" has no title before "at"; "the talks with Ann Roe director of Zentec" do
 * not open with her).
 *
 * @example
 * // “…,” Dr Ann Roe games director at software firm Zentec told the BBC.
 * personBeforeBarePost(context, zentec, 7) // => the mention of Ann Roe
 */
export function personBeforeBarePost(context: Context, body: Mention, from: number): Mention | undefined {
  if (body.kind !== 'organization' || body.inQuote) return undefined;
  const { tokens } = context.paragraph;
  let titled = false;
  let k = body.first - 1;
  for (; k >= from && k >= body.first - MAX_POST_WORDS; k--) {
    const t = tokens[k]!;
    if (!t.word || t.cap || t.quote >= 0) break;
    if (context.mentions.endAt.has(k) || SPEECH_VERBS.has(t.lower)) return undefined;
    if (OWNER_PREPOSITIONS.has(t.lower) && TITLE_HEAD_WORDS.has(tokens[k - 1]?.lower ?? '') && !tokens[k - 1]!.cap) titled = true;
  }
  if (!titled) return undefined;
  const person = context.mentions.endAt.get(k);
  if (!person || person.kind !== 'person' || person.inQuote || person.via === 'anonymous') return undefined;
  return opensClauseAfterTitles(context, person, from) ? person : undefined;
}

/**
 * "Brent Hale, PTC president and media activist said: “…”": the person right before a comma that opens an appositive
 * no comma closes, the appositive a run of words up to the verb (no mark, quote, person or speech verb in it, at most
 * `MAX_POST_WORDS`, a body's "'s" allowed) holding a lower-case title word and opening with neither "the" — except right
 * after a quote: "“…,” NAME, the BBC's futurologist told" — nor a person's possessive ("NAME, his lawyer said": the
 * lawyer speaks; "NAME, its minister for economic affairs added" is NAME's post); the person must open the clause.
 * Undefined otherwise. The posts may be capitalised, each before "at"/"of"/"for" and a body ("NAME, Senior Advisor at
 * Harbour Health Works and President of Care First UK said"): the bodies name where the person works, not the subject.
 *
 * @param context The cue's context.
 * @param last The last token before the verb.
 * @param from The first token the subject may start at.
 * @example
 * // Brent Hale, PTC president and media activist said: “…”
 * personBeforeUnclosedAppositive(context, 6, 0) // => the mention of Brent Hale
 */
export function personBeforeUnclosedAppositive(context: Context, last: number, from: number): Mention | undefined {
  const { tokens } = context.paragraph;
  let titled = false;
  let k = last;
  for (; k >= from && k > last - MAX_APPOSITIVE_TOKENS; k--) {
    const t = tokens[k]!;
    if (t.text === ',') break;
    // "the firm's futurologist": a body's possessive may stand in the post.
    if ((!t.word && t.lower !== "'s") || t.quote >= 0 || SPEECH_VERBS.has(t.lower)) return undefined;
    const named = context.mentions.startAt.get(k) ?? context.mentions.endAt.get(k);
    if (named && named.kind !== 'organization') return undefined;
    if (!t.cap && TITLE_HEAD_WORDS.has(t.lower) && k > last - MAX_POST_WORDS) titled = true;
    if (isCapitalisedPostOfBody(tokens, k)) titled = true;
  }
  if (tokens[k]?.text !== ',' || !titled || k === last) return undefined;
  const person = context.mentions.endAt.get(k - 1);
  if (!person || person.kind !== 'person' || person.inQuote || person.via === 'anonymous') return undefined;
  const opener = tokens[k + 1]!.lower;
  if (OPENING_DETERMINERS.has(opener) || (opener === 'the' && !followsQuote(context, person.first))) return undefined;
  return opensClauseAfterTitles(context, person, from) ? person : undefined;
}

/**
 * True when a quotation, and at most its comma, comes right before the token: "“…,” Ann Roe, the firm's
 * chief economist said" — a name there opens the quote's attribution, so "the" after its comma starts the
 * name's post, not a subject of its own ("Police named him as Tom Roe, the officer said").
 *
 * @param context The cue's context.
 * @param first The first token of the name.
 * @example
 * // “It will grow,” Ann Roe, the firm's economist said.
 * followsQuote(context, 5) // => true
 */
function followsQuote(context: Context, first: number): boolean {
  const { tokens } = context.paragraph;
  const before = tokens[first - 1]?.text === ',' ? first - 2 : first - 1;
  return before >= 0 && tokens[before]!.quote >= 0;
}

/**
 * "President of Care First UK", "Senior Advisor at Harbour Health Works": a capitalised title word right before
 * "of"/"at"/"for"/"from" and a capital, a post named with the body it is held at.
 *
 * @param tokens The paragraph's tokens.
 * @param k The title word's token.
 * @example
 * // Ann Roe, President of Care First UK said …
 * isCapitalisedPostOfBody(tokens, 3) // => true
 */
export function isCapitalisedPostOfBody(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  return t.word && t.cap && TITLE_HEAD_WORDS.has(t.lower) && OWNER_PREPOSITIONS.has(tokens[k + 1]?.lower ?? '') && (tokens[k + 2]?.cap ?? false);
}
