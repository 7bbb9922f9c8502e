/**
 * A time phrase between a subject and its verb of saying is passed over like an adverb: "Ann Roe in July said …",
 * "NAME last year described X as “…”", "NAME earlier this week told …", "Tony Blair had in 1997 complained …". Between
 * a verb in the past and a participle of saying it is no object: "NAME quit last autumn claiming he was “…”" is the
 * subject's. A time phrase is a preposition before a month, a weekday or a year ("in July", "in early July 2004",
 * "on Monday", "in 1997"), or "last", "this", "next", "that" (maybe after "earlier", "later") before a month, a weekday
 * or a time noun ("last year", "earlier this month"); lexicon `timePhrase` of `calendar-words.json`.
 */
import type { Token } from '../../actors/index.ts';
import calendarJson from '../../lexicons/calendar-words.json' with { type: 'json' };
import clauseOpenersJson from '../../lexicons/clause-openers.json' with { type: 'json' };
import participlesJson from '../../lexicons/irregular-participles.json' with { type: 'json' };
import perceptionJson from '../../lexicons/perception-verbs.json' with { type: 'json' };
import verbFormsJson from '../../lexicons/verb-forms.json' with { type: 'json' };

const PHRASE = calendarJson.timePhrase;
const PREPOSITIONS: ReadonlySet<string> = new Set(PHRASE.prepositions);
const DETERMINERS: ReadonlySet<string> = new Set(PHRASE.determiners);
const RELATIVE: ReadonlySet<string> = new Set(PHRASE.relative);
const MONTH_MODIFIERS: ReadonlySet<string> = new Set(PHRASE.monthModifiers);
const TIME_NOUNS: ReadonlySet<string> = new Set(PHRASE.nouns);
const CALENDAR: ReadonlySet<string> = new Set(calendarJson.classify);
const IRREGULAR_PAST: ReadonlySet<string> = new Set(participlesJson.participles);
const PERCEPTION_VERBS: ReadonlySet<string> = new Set(perceptionJson.verbs);
const BE_AND_HAVE: ReadonlySet<string> = new Set(verbFormsJson.beAndHave);
/** Words opening an embedded clause ("who", "that", "which"): a name inside one is no subject of the verb after it. */
const EMBEDDING: ReadonlySet<string> = new Set(clauseOpenersJson.embedding);

/** A plain lower-case word outside quotes. */
const isPlain = (t: Token | undefined, words: ReadonlySet<string>): boolean => t !== undefined && t.word && !t.cap && t.quote < 0 && words.has(t.lower);
/** A capitalised month or weekday outside quotes ("July", "Monday"; not the verb "may"). */
const isCalendarName = (t: Token | undefined): boolean => t !== undefined && t.word && t.cap && t.quote < 0 && CALENDAR.has(t.lower);
/** A year outside quotes ("1997", "2004"). */
const isYear = (t: Token | undefined): boolean => t !== undefined && t.quote < 0 && /^(?:1[89]|20)\d\d$/.test(t.text);

/**
 * The index of the first word of a time phrase that ends at `end`, when one does and begins after `from`; else
 * undefined. Not when a word opening an embedded clause stands before it in the clause ("Critics who met Ann Roe in
 * July said": the name is the object of the relative clause, not the subject of "said").
 *
 * @param tokens The paragraph's tokens.
 * @param end The index of the phrase's last word (the word right before the verb).
 * @param from The first index of the clause; the phrase must begin after it, leaving room for a subject.
 * @example
 * // "Ann Roe in July said …": tokens 0–1 are the name
 * timePhraseStart(tokens, 3, 0) // => 2 ("in")
 * // "Ann Roe earlier this month told …"
 * timePhraseStart(tokens, 4, 0) // => 2 ("earlier")
 * // "Ann Roe in London said …"
 * timePhraseStart(tokens, 3, 0) // => undefined
 */
export function timePhraseStart(tokens: readonly Token[], end: number, from: number): number | undefined {
  let k = end;
  let dated = false;
  if (isYear(tokens[k])) {
    k--;
    dated = true;
  }
  let named = false;
  if (isCalendarName(tokens[k])) {
    k--;
    named = true;
    if (isPlain(tokens[k], MONTH_MODIFIERS)) k--;
  }
  if (!dated && !named) {
    if (!isPlain(tokens[k], TIME_NOUNS)) return undefined;
    k--;
    // "last year", "this week": a time noun needs a determiner.
    if (!isPlain(tokens[k], DETERMINERS)) return undefined;
  }
  if (isPlain(tokens[k], DETERMINERS) && !dated) {
    if (isPlain(tokens[k - 1], RELATIVE)) k--;
  } else if (!isPlain(tokens[k], PREPOSITIONS)) return undefined;
  if (k <= from) return undefined;
  for (let j = from; j < k; j++) if (isPlain(tokens[j], EMBEDDING)) return undefined;
  return k;
}

/**
 * True when the participle of saying at `verbAt` follows a time phrase right after a verb in the past, active, that is
 * no verb of perceiving ("NAME quit last autumn claiming …"): the participle is the sentence subject's.
 *
 * @param tokens The paragraph's tokens.
 * @param verbAt The index of the participle.
 * @param from The first index of the clause.
 * @example
 * // "Tom Vale quit last autumn claiming he was “let down”."
 * participleAfterTimePhrase(tokens, 5, 0) // => true
 * // "Reporters heard Tom Vale last week saying …": the phrase follows a name, not a verb
 * participleAfterTimePhrase(tokens, 6, 0) // => false
 */
export function participleAfterTimePhrase(tokens: readonly Token[], verbAt: number, from: number): boolean {
  if (!tokens[verbAt]?.lower.endsWith('ing')) return false;
  const start = timePhraseStart(tokens, verbAt - 1, from);
  if (start === undefined) return false;
  const verb = tokens[start - 1];
  if (start - 1 <= from || !verb?.word || verb.cap || verb.quote >= 0) return false;
  if (!verb.lower.endsWith('ed') && !IRREGULAR_PAST.has(verb.lower)) return false;
  if (PERCEPTION_VERBS.has(verb.lower)) return false;
  return !BE_AND_HAVE.has(tokens[start - 2]?.lower ?? '');
}
