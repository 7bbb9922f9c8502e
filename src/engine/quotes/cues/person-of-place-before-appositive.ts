/**
 * "Princess Ana of Ruritania, the eldest daughter of King Olaf of Ruritania, who said": a relative "who" after an
 * appositive that describes a person named with their place ("NAME of PLACE, a description, who …") is that
 * person's, not the place's that ends the description nor the one that ends the name.
 */
import type { Mention } from '../../actors/index.ts';
import type { Context } from './cue-context.ts';
import { ARTICLES, RELATIVE_WORDS } from './word-sets.ts';

/** The longest appositive read back from the comma before "who" (as for `personBeforeAppositive`). */
const LONGEST_APPOSITIVE = 18;
/** The words that put a place after a person's name ("Ana of Ruritania", "Ann Roe from Leeds"). */
const PLACE_LINKS: ReadonlySet<string> = new Set(['of', 'from']);

/**
 * The person named before "of"/"from" and a place, right before an appositive that ends at `comma` and opens with an
 * article or a lower-case word (a description, not a second item of a list).
 *
 * @param context The cue's sentence.
 * @param comma The comma that closes the appositive, right before "who".
 * @param from The first token of the clause; nothing before it is read.
 * @example
 * // Princess Ana of Ruritania, the eldest daughter of King Olaf of Ruritania, who said …
 * personOfPlaceBeforeAppositive(context, ‹the comma before “who”›, 0) // => the mention of Princess Ana
 */
export function personOfPlaceBeforeAppositive(context: Context, comma: number, from: number): Mention | undefined {
  const { tokens } = context.paragraph;
  if (tokens[comma]?.text !== ',') return undefined;
  for (let k = comma - 1; k >= Math.max(from, comma - LONGEST_APPOSITIVE); k--) {
    const t = tokens[k]!;
    if (t.quote >= 0 || t.text === ';' || t.text === ':' || RELATIVE_WORDS.has(t.lower) || t.lower === 'who') return undefined;
    if (t.text !== ',') continue;
    const inner = tokens[k + 1];
    if (!inner || !(ARTICLES.has(inner.lower) || (inner.word && !inner.cap))) return undefined;
    const place = context.mentions.endAt.get(k - 1);
    if (!place || place.kind !== 'place' || place.inQuote) return undefined;
    const link = tokens[place.first - 1]?.lower === 'the' ? place.first - 2 : place.first - 1;
    if (link <= from || !PLACE_LINKS.has(tokens[link]?.lower ?? '')) return undefined;
    const person = context.mentions.endAt.get(link - 1);
    return person && person.kind === 'person' && !person.inQuote && (person.via === 'name' || person.via === 'surname') ? person : undefined;
  }
  return undefined;
}
