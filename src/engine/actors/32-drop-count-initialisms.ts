/**
 * Stage 32 of actors: initials that the article counts like a common noun — writes with a plural "s" ("two PSPs in
 * glass cabinets", "the furore around VCRs") or after "a", "an", "one" or "another" as the head of their noun phrase
 * ("a DVR at the show", "a LCD or flat panel monitor") — name a kind of device or technology, not a body: a body's
 * initials are neither plural nor counted ("the BBC", "a BBC reporter", where they qualify a noun). A mention that
 * speaks, owns, has staff or is cited (`actsAsSomeone`) keeps the name.
 */
import determinersJson from '../lexicons/determiners.json' with { type: 'json' };
import countCuesJson from '../lexicons/initialism-count-cues.json' with { type: 'json' };
import type { Actor } from '../schema.ts';
import type { Token, TokenizedParagraph } from './01-tokenize-text.ts';
import type { Mention, ResolvedActors } from './06-resolve-mentions.ts';
import { dropActorsWhere } from './drop-actors-where.ts';
import { actsAsSomeone } from './16-drop-venues.ts';

const INDEFINITES: ReadonlySet<string> = new Set(determinersJson.indefinites);
const PHRASE_ENDS: ReadonlySet<string> = new Set(countCuesJson.phraseEnds);
/** How many modifiers ("cheap", "80-hour") may stand between the article and the initials. */
const MAX_MODIFIERS = 3;

/** "DVR", "PSP": two to six capitals and no other name or role for it. */
function isInitialism(actor: Actor): boolean {
  return actor.kind === 'organization' && actor.roles.length === 0 && actor.aliases.length === 0 && /^\p{Lu}{2,6}$/u.test(actor.name);
}

/** A modifier inside a counted noun phrase: a lower-case word that is no article or phrase end, or a figure ("80-hour"). */
function isModifier(token: Token | undefined): boolean {
  if (token === undefined) return false;
  if (/\d/.test(token.text)) return true;
  return token.word && !token.cap && !INDEFINITES.has(token.lower) && !PHRASE_ENDS.has(token.lower) && token.lower !== 'the';
}

/** The mention heads a noun phrase opened by "a", "an", "one" or "another", past at most three modifiers. */
function isCounted(tokens: readonly Token[], m: Mention): boolean {
  const next = tokens[m.last + 1];
  if (next !== undefined && next.word && !PHRASE_ENDS.has(next.lower)) return false;
  let k = m.first - 1;
  for (let n = 0; n < MAX_MODIFIERS && isModifier(tokens[k]); n++) k--;
  const article = tokens[k];
  return article !== undefined && article.word && INDEFINITES.has(article.lower);
}

/** Nouns for devices that a technology's initials qualify ("HSDPA handsets", "DVR capability"). */
const DEVICE_NOUNS: ReadonlySet<string> = new Set(countCuesJson.deviceNouns);

/**
 * The mention qualifies a device noun, right after it or past one lower-case word ("LCD television sets").
 *
 * @param tokens The paragraph's tokens.
 * @param m The mention of the initials.
 * @returns Whether a device noun follows.
 * @example
 * // "Samsung showed HSDPA handsets." → true for "HSDPA".
 */
export function qualifiesDevice(tokens: readonly Token[], m: Mention): boolean {
  const isDevice = (t: Token | undefined): boolean => t !== undefined && t.word && !t.cap && DEVICE_NOUNS.has(t.lower);
  const next = tokens[m.last + 1];
  return isDevice(next) || (next !== undefined && next.word && !next.cap && isDevice(tokens[m.last + 2]));
}

/**
 * Removes every organisation named only by capital initials that the article writes in the plural, counts with
 * "a", "an", "one" or "another", or writes before a device noun ("HSDPA handsets"), and never lets act.
 *
 * @param paragraphs The article's tokenised paragraphs.
 * @param resolved The actors and mentions of the earlier stages.
 * @returns The same without the counted initials.
 * @example
 * // "Only two PSPs were on show. The PSP went on sale in Japan." → no actor "PSP".
 * // "The BBC said a BBC reporter had been hurt." → "BBC" stays.
 * // "LG will show HSDPA handsets." → no actor "HSDPA".
 */
export function dropCountInitialisms(paragraphs: readonly TokenizedParagraph[], resolved: ResolvedActors): ResolvedActors {
  return dropActorsWhere(paragraphs, resolved, isInitialism, (actor, { mentions, tokensOf }) => {
    const plural = `${actor.name}s`;
    const counted = paragraphs.some((p) => p.tokens.some((t) => t.text === plural)) || mentions.some((m) => isCounted(tokensOf(m), m) || qualifiesDevice(tokensOf(m), m));
    return counted && !mentions.some((m) => actsAsSomeone(tokensOf(m), m.first, m.last));
  });
}
