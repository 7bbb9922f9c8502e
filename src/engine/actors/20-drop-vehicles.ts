/**
 * Stage 20 of actors: a name the article writes only as a modifier of a noun for a craft or vehicle ("in a Crew Dragon
 * capsule", "the Crew Dragon spacecraft", "the next Crew Dragon mission") names that craft, not a person. Only names
 * taken for people are dropped: an organisation before such a noun is its maker or operator ("a NASA rocket").
 */
import type { Token, TokenizedParagraph } from './01-tokenize-text.ts';
import { type ResolvedActors, withoutActors } from './06-resolve-mentions.ts';
import { VEHICLE_NOUNS, VEHICLE_USES } from './load-lexicons.ts';

/**
 * The lower-case noun right after the mention, or a noun for a craft one lower-case word later ("the James Webb space
 * telescope"); not past a hyphen ("the Crew Dragon-class capsule" is not handled).
 */
function nounAfter(tokens: readonly Token[], last: number): string | undefined {
  const next = tokens[last + 1];
  if (next === undefined || !next.word || next.cap) return undefined;
  const second = tokens[last + 2];
  if (!VEHICLE_NOUNS.has(next.lower) && second !== undefined && second.word && !second.cap && VEHICLE_NOUNS.has(second.lower)) return second.lower;
  return next.lower;
}

/**
 * Removes every person without roles whose every mention, by name, is followed by a noun for a craft or one of its
 * uses, at least one of them a craft ("capsule", "spacecraft", "rocket", "ship" …).
 *
 * @param paragraphs The article's tokenised paragraphs.
 * @param resolved The actors and mentions of the earlier stages.
 * @returns The same without the crafts.
 * @example
 * // "They flew in a Crew Dragon capsule. The Crew Dragon mission ends in May." → no person "Crew Dragon".
 */
export function dropVehicles(paragraphs: readonly TokenizedParagraph[], resolved: ResolvedActors): ResolvedActors {
  const byIndex = new Map(paragraphs.map((p) => [p.index, p]));
  const nouns = new Map<string, string[]>();
  for (const m of resolved.mentions) {
    const noun = nounAfter(byIndex.get(m.paragraph)?.tokens ?? [], m.last) ?? '';
    const list = nouns.get(m.actor);
    if (list) list.push(noun);
    else nouns.set(m.actor, [noun]);
  }
  const dropped = new Set<string>();
  for (const actor of resolved.actors) {
    if (actor.kind !== 'person' || actor.roles.length > 0) continue;
    const after = nouns.get(actor.id) ?? [];
    if (after.some((n) => VEHICLE_NOUNS.has(n)) && after.every((n) => VEHICLE_NOUNS.has(n) || VEHICLE_USES.has(n))) dropped.add(actor.id);
  }
  if (dropped.size === 0) return resolved;
  return withoutActors(resolved, dropped);
}
