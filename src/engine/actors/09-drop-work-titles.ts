/**
 * Stage 9 of actors: a name the article gives once as the title of a work ("the children's film Mary
 * Poppins") names the work wherever else it stands ("Mary Poppins has had its opening night").
 */
import type { Actor } from '../schema.ts';
import { type ResolvedActors, withoutActors } from './06-resolve-mentions.ts';
import { foldText } from '../text/fold-text.ts';

/**
 * Removes the people and organisations whose name is the title of a work or a ship named in the article. Aliases do not
 * count: "the radio show Imus in the Morning" says nothing about Don Imus, called "Imus" elsewhere.
 *
 * @param resolved The actors and mentions of the article.
 * @param titles Folded titles of works (from `classifyNameRuns`).
 * @returns The actors and mentions without the works.
 * @example
 * // "The novel Cloud Atlas sold well. Cloud Atlas was shortlisted." → no actor "Cloud Atlas".
 */
export function dropWorkTitles(resolved: ResolvedActors, titles: ReadonlySet<string>): ResolvedActors {
  if (titles.size === 0) return resolved;
  const dropped = new Set(
    resolved.actors
      .filter((a) => (a.kind === 'person' || a.kind === 'organization') && titles.has(foldText(a.name)) && !calledByPart(a))
      .map((a) => a.id),
  );
  if (dropped.size === 0) return resolved;
  return withoutActors(resolved, dropped);
}

/**
 * A person the article also calls by one word of the name ("Kurdi", "Alan"): someone, for a ship or a work named
 * after them is written in full.
 */
function calledByPart(actor: Actor): boolean {
  if (actor.kind !== 'person') return false;
  const words = new Set(foldText(actor.name).split(/\s+/));
  return words.size > 1 && actor.aliases.some((alias) => words.has(foldText(alias)));
}
