/**
 * Stage 29 of actors: initials joined by an ampersand ("R&B", "R&D", "A&D", "Q&A") that the article never spells out
 * name a field, a genre or a kind of work ("R&B star Ann Lowe", "R&D investments"), not a body. A body known by such
 * initials is introduced with its full name and the initials in brackets ("Standard & Poor's (S&P)", "Pacific Gas and
 * Electric (PG&E)"), or acts under them ("P&O said", "B&Q's chief executive"); either keeps the name.
 */
import type { Actor } from '../schema.ts';
import type { TokenizedParagraph } from './01-tokenize-text.ts';
import type { ResolvedActors } from './06-resolve-mentions.ts';
import { dropActorsWhere } from './drop-actors-where.ts';
import { actsAsSomeone } from './16-drop-venues.ts';

/** "R&B", "R&D", "AT&T": one or two capitals, an ampersand, one or two capitals, and no other name for it. */
function isAmpersandInitials(actor: Actor): boolean {
  return actor.kind === 'organization' && actor.roles.length === 0 && actor.aliases.length === 0 && /^\p{Lu}{1,2}&\p{Lu}{1,2}$/u.test(actor.name);
}

/**
 * Removes every organisation named only by ampersand initials that the article neither brackets after a name nor
 * lets act.
 *
 * @param paragraphs The article's tokenised paragraphs.
 * @param resolved The actors and mentions of the earlier stages.
 * @returns The same without the fields.
 * @example
 * // "R&B singer Ann Lowe won." → "Ann Lowe" only.
 * // "Standard & Poor's (S&P) raised the rating." → "S&P" stays.
 */
export function dropFieldInitialisms(paragraphs: readonly TokenizedParagraph[], resolved: ResolvedActors): ResolvedActors {
  return dropActorsWhere(paragraphs, resolved, isAmpersandInitials, (_actor, { mentions, tokensOf }) =>
    !mentions.some((m) => tokensOf(m)[m.first - 1]?.text === '(' || actsAsSomeone(tokensOf(m), m.first, m.last)));
}
