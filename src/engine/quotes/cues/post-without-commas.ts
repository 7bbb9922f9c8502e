/**
 * A person's post written with no commas around it: "“…,” Dr Ann Roe games director at software firm Zentec told …".
 * The body right before the verb is where the person works, not the subject; the person, who opens the clause, speaks.
 */
import type { Mention } from '../../actors/index.ts';
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
 * `MAX_POST_WORDS`; a body's possessive "'s" may stand in it: "NAME, Zentec's chief executive told") holding a lower-case title word and opening with neither "the" nor a person's possessive ("NAME, his
 * lawyer said": the lawyer speaks; "NAME, its minister for economic affairs added" is NAME's post); the person must open the clause. Undefined otherwise.
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
  for (; k >= from && k > last - MAX_POST_WORDS; k--) {
    const t = tokens[k]!;
    if (t.text === ',') break;
    // "NAME, Zentec's chief executive told": the possessive of the body the person works for.
    if (t.lower === "'s" && t.quote < 0 && context.mentions.endAt.get(k - 1)?.kind === 'organization') continue;
    if (!t.word || t.quote >= 0 || SPEECH_VERBS.has(t.lower)) return undefined;
    const named = context.mentions.startAt.get(k) ?? context.mentions.endAt.get(k);
    if (named && named.kind !== 'organization') return undefined;
    if (!t.cap && TITLE_HEAD_WORDS.has(t.lower)) titled = true;
  }
  if (tokens[k]?.text !== ',' || !titled || k === last) return undefined;
  const opener = tokens[k + 1]!.lower;
  if (opener === 'the' || OPENING_DETERMINERS.has(opener)) return undefined;
  const person = context.mentions.endAt.get(k - 1);
  if (!person || person.kind !== 'person' || person.inQuote || person.via === 'anonymous') return undefined;
  return opensClauseAfterTitles(context, person, from) ? person : undefined;
}
