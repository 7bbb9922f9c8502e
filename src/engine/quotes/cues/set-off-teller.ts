/**
 * A teller set off by commas after the verb, with where they work: "The figures, said Dan Roe of Harlow Bank in
 * Leeds, were “…”". The body after "of"/"at"/"for", a lower-case word for its kind ("bank") and the place after
 * "in" only say where the teller works; the comma after them closes the aside, as the comma right after a bare name does.
 */
import type { Mention } from '../../actors/index.ts';
import organizationsJson from '../../lexicons/organizations.json' with { type: 'json' };
import { afterAffiliation } from './affiliation-after-agent.ts';
import type { Context } from './cue-context.ts';
import { PREPOSITIONS_OF_AFFILIATION } from './word-sets.ts';

/** Lower-case words for a kind of body that may follow its name ("JPMorgan bank", "Harlow investment group"). */
const BODY_KINDS: ReadonlySet<string> = new Set([...organizationsJson.bodyKinds, ...organizationsJson.introducingNouns]);

/**
 * True when the comma that closes the set-off teller `teller` follows it: right after the name, or after the body the
 * teller works at, its kind in lower case, and a place after "in" (capitalised words only).
 *
 * @param context The paragraph and sentence of the quote.
 * @param teller The person named right after the verb of saying.
 * @example
 * // The comments, said Dan Roe of Harlow Bank in Leeds, were “too weak”.
 * closesSetOffTeller(context, ‹Dan Roe›) // => true
 */
export function closesSetOffTeller(context: Context, teller: Mention): boolean {
  const { tokens } = context.paragraph;
  let k = afterAffiliation(tokens, context.mentions, teller, teller.last + 1);
  // "of JPMorgan Chase bank": a name of any shape with a lower-case kind of body after it is a body.
  const named = k === teller.last + 1 && PREPOSITIONS_OF_AFFILIATION.has(tokens[k]?.lower ?? '') ? context.mentions.startAt.get(k + 1) : undefined;
  if (named && !named.inQuote && BODY_KINDS.has(tokens[named.last + 1]?.lower ?? '')) k = named.last + 1;
  if (k > teller.last + 1) {
    if (BODY_KINDS.has(tokens[k]?.lower ?? '')) k++;
    if (tokens[k]?.lower === 'in' && tokens[k + 1]?.cap) for (k++; tokens[k]?.word && tokens[k]!.cap && tokens[k]!.quote < 0; ) k++;
  }
  return tokens[k]?.text === ',';
}
