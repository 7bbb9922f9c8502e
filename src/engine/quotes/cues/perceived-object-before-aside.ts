/**
 * "The documentary showed Mr Dee, apparently talking about the budget, telling the meeting: “…”": a participle after
 * an aside between commas that follows the person object of a verb of perceiving or depicting is that person's; the
 * film, tape or hearer that is the sentence's subject does not speak.
 */
import type { Mention } from '../../actors/index.ts';
import { HONORIFICS } from '../../actors/load-lexicons.ts';
import perceptionJson from '../../lexicons/perception-verbs.json' with { type: 'json' };
import type { Context } from './cue-context.ts';
import { ARTICLES } from './word-sets.ts';

const SEEING_OR_SHOWING: ReadonlySet<string> = new Set([...perceptionJson.verbs, ...perceptionJson.depicting]);
/** At most this many tokens between the commas of the aside. */
const MAX_ASIDE_TOKENS = 12;

/**
 * The person named right after a verb of perceiving or depicting and right before the aside that the comma at `comma`
 * closes (no quotation, colon or semicolon inside the aside, which opens with a lower-case word); undefined otherwise.
 *
 * @param context The cue context of the quote's paragraph.
 * @param comma The index of the comma right before the participle.
 * @param from The first index of the clause.
 * @example
 * // The film showed Mr Dee, apparently talking about the budget, telling the meeting: …
 * perceivedObjectBeforeAside(context, 11, 0) // => the mention of Mr Dee
 * // The film showed the hall, packed with voters, cheering …
 * perceivedObjectBeforeAside(context, 8, 0) // => undefined (no person)
 */
export function perceivedObjectBeforeAside(context: Context, comma: number, from: number): Mention | undefined {
  const { tokens } = context.paragraph;
  let open = comma - 1;
  for (; open > from && open >= comma - MAX_ASIDE_TOKENS; open--) {
    const t = tokens[open]!;
    if (t.quote >= 0 || t.text === ':' || t.text === ';') return undefined;
    if (t.text === ',') break;
  }
  if (tokens[open]?.text !== ',' || open >= comma - 1 || tokens[open + 1]!.cap) return undefined;
  const person = context.mentions.endAt.get(open - 1);
  if (!person || person.inQuote || person.kind !== 'person') return undefined;
  // "showed Mr Dee", "heard the Rev Ann Roe": past a title before the name and an article before that.
  let verbAt = person.first - 1;
  while (verbAt > from && tokens[verbAt]!.cap && HONORIFICS.has(tokens[verbAt]!.lower)) verbAt--;
  if (ARTICLES.has(tokens[verbAt]?.lower ?? '')) verbAt--;
  const verb = tokens[verbAt];
  return verbAt >= from && verb?.word && !verb.cap && verb.quote < 0 && SEEING_OR_SHOWING.has(verb.lower) ? person : undefined;
}
