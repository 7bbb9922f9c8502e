/**
 * Stage 17 of actors: a name the article writes only right before a noun for goods, plants, money, features or squads
 * ("the Norway spruce", "Havana Club rum", "five million US dollars", "Great Britain squads", "her Onyx Hotel tour", "a Creative Commons licence") qualifies the thing; it
 * names no one who acts or speaks in the article.
 */
import { type ResolvedActors, withoutActors } from './06-resolve-mentions.ts';
import type { TokenizedParagraph } from './01-tokenize-text.ts';
import { QUALIFIED_NOUNS } from './load-lexicons.ts';

/**
 * Removes every person, organisation or place without roles whose every mention is followed right away by a
 * lower-case noun of `qualifiedNouns`. A name that comes once anywhere else ("Norway won", "in Norway") stays.
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
    const next = byIndex.get(m.paragraph)?.tokens[m.last + 1];
    const qualifies = next !== undefined && next.word && !next.cap && QUALIFIED_NOUNS.has(next.lower);
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
