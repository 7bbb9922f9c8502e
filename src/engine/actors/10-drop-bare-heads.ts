/**
 * Stage 10 of actors: a "person" named only by one word that heads organisations' names ("Office"
 * from "the Sheriff's Office tweeted", "University" for a university's team) is no person.
 */
import { type ResolvedActors, withoutActors } from './06-resolve-mentions.ts';
import { ORG_HEADS } from './load-lexicons.ts';
import { foldText } from '../text/fold-text.ts';

/**
 * Removes the people whose whole name is one organisation head word. A bare word that the article ties to a
 * full name ("Charlotte Church" … "Church said") has that name as the actor's, and stays.
 *
 * @param resolved The actors and mentions of the article.
 * @returns The same without those people.
 * @example
 * // "University defeated Maroochydore." → no person "University".
 */
export function dropBareHeads(resolved: ResolvedActors): ResolvedActors {
  const dropped = new Set(resolved.actors.filter((a) => a.kind === 'person' && !a.name.includes(' ') && ORG_HEADS.has(foldText(a.name))).map((a) => a.id));
  if (dropped.size === 0) return resolved;
  return withoutActors(resolved, dropped);
}
