/**
 * Stage 17 of actors: a name the article writes only right before a noun for goods, plants, money, features or squads
 * ("the Norway spruce", "Havana Club rum", a channel's "Five's Wright Stuff show", "five million US dollars", "Great Britain squads", "her Onyx Hotel tour", "a Creative Commons licence") qualifies the thing; it
 * names no one who acts or speaks in the article.
 */
import { type ResolvedActors, withoutActors } from './06-resolve-mentions.ts';
import type { Token, TokenizedParagraph } from './01-tokenize-text.ts';
import { BROADCAST_NOUNS, QUALIFIED_NOUNS } from './load-lexicons.ts';
import determinersJson from '../lexicons/determiners.json' with { type: 'json' };

/** Possessives before a name that make it a modifier of what follows ("our Club World flat beds", "its Galaxy range"). */
const POSSESSIVES: ReadonlySet<string> = new Set([...determinersJson.possessives, 'our', 'my', 'your']);

/** A channel's possessive comes before the name, past "the" ("Five's Wright Stuff show", "Radio 4's The Food Hour programme"). */
function afterChannel(tokens: readonly Token[] | undefined, first: number): boolean {
  let k = first - 1;
  if (tokens?.[k]?.lower === 'the') k--;
  return tokens?.[k]?.lower === "'s";
}

/**
 * Removes every person, organisation or place without roles whose every mention is followed right away by a
 * lower-case noun of `qualifiedNouns`, or by any lower-case word when a possessive comes before it ("our Club World flat
 * beds", "their Aurora range"). A name that comes once anywhere else ("Norway won", "in Norway") stays.
 *
 * @param paragraphs The article's tokenised paragraphs.
 * @param resolved The actors and mentions of the earlier stages.
 * @returns The same without the qualifiers.
 * @example
 * // "The hall sells Glenfarren whisky and Alsace wine." → no organisation "Glenfarren", no place.
 */
export function dropQualifiers(paragraphs: readonly TokenizedParagraph[], resolved: ResolvedActors): ResolvedActors {
  const byIndex = new Map(paragraphs.map((p) => [p.index, p]));
  const qualifying = new Map<string, boolean>();
  for (const m of resolved.mentions) {
    const tokens = byIndex.get(m.paragraph)?.tokens;
    const next = tokens?.[m.last + 1];
    const lowerNext = next !== undefined && next.word && !next.cap;
    // "our Club World flat beds": after a possessive, a name with a lower-case word after it names a line of the owner's.
    const qualifies = lowerNext && (QUALIFIED_NOUNS.has(next.lower) || POSSESSIVES.has(tokens?.[m.first - 1]?.lower ?? '') || (BROADCAST_NOUNS.has(next.lower) && afterChannel(tokens, m.first)));
    qualifying.set(m.actor, (qualifying.get(m.actor) ?? true) && qualifies);
  }
  const dropped = new Set(
    resolved.actors
      .filter((a) => (a.kind === 'person' || a.kind === 'organization' || a.kind === 'place') && a.roles.length === 0 && qualifying.get(a.id) === true)
      .map((a) => a.id),
  );
  if (dropped.size === 0) return resolved;
  return withoutActors(resolved, dropped);
}
