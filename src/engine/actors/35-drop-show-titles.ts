/**
 * Stage 35 of actors: a name written right before a noun for a person of a show or a film and another capitalised
 * name ("Vera Drake star Imelda Staunton", "Strictly Come Dancing presenter Tess Daly", "Little Britain comedy duo Matt
 * Lucas") is the title of the show or the film, used as a modifier: a person is not the star of another person. Only
 * names taken for people without roles are judged (a club or a channel before "star" or "host" is an employer), and a
 * mention that speaks, owns, has staff or is cited (`actsAsSomeone`) keeps the name.
 */
import thingTitleSignalsJson from '../lexicons/thing-title-signals.json' with { type: 'json' };
import type { Actor } from '../schema.ts';
import type { Token, TokenizedParagraph } from './01-tokenize-text.ts';
import type { ResolvedActors } from './06-resolve-mentions.ts';
import { actsAsSomeone } from './16-drop-venues.ts';
import { dropActorsWhere } from './drop-actors-where.ts';

/** Nouns for the people of a show that follow its title ("star", "presenter", "duo"). */
const SHOW_ROLES: ReadonlySet<string> = new Set(thingTitleSignalsJson.showRoles);
/** Lower-case words between the title and that noun ("comedy duo"). */
const ROLE_MODIFIERS: ReadonlySet<string> = new Set(thingTitleSignalsJson.showRoleModifiers);

/** The mention ending at `last` is followed by a show's role noun (past one modifier) and a capitalised name. */
function modifiesShowRole(tokens: readonly Token[], last: number): boolean {
  let k = last + 1;
  if (tokens[k]?.word && !tokens[k]!.cap && ROLE_MODIFIERS.has(tokens[k]!.lower)) k++;
  const role = tokens[k];
  if (role === undefined || !role.word || role.cap || !SHOW_ROLES.has(role.lower)) return false;
  const next = tokens[k + 1];
  return next !== undefined && next.word && next.cap;
}

/** A person without roles. */
const isBarePerson = (actor: Actor): boolean => actor.kind === 'person' && actor.roles.length === 0;

/**
 * Removes every person without roles that some mention writes as the modifier of a show's role noun before a name
 * ("Vera Drake star Imelda Staunton") and no mention lets act.
 *
 * @param paragraphs The article's tokenised paragraphs.
 * @param resolved The actors and mentions of the earlier stages.
 * @returns The same without the shows' titles.
 * @example
 * // "Harbour Lights star Ann Roe arrived early." → "Ann Roe" stays, no person "Harbour Lights".
 */
export function dropShowTitles(paragraphs: readonly TokenizedParagraph[], resolved: ResolvedActors): ResolvedActors {
  return dropActorsWhere(paragraphs, resolved, isBarePerson, (_actor, { mentions, tokensOf }) =>
    mentions.some((m) => modifiesShowRole(tokensOf(m), m.last)) && !mentions.some((m) => actsAsSomeone(tokensOf(m), m.first, m.last)));
}
