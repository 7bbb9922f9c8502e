/**
 * The role a page shows beside an actor's name.
 */
import type { DigestActor } from '../../engine/digest/schema.ts';

/**
 * The fullest of the roles the sources give an actor: most words (a whole "Kremlin spokesperson"
 * rather than a cut "spokesperson"), then most sources, then alphabetical. A one-word role that is
 * part of a longer one is never chosen over it.
 *
 * @param actor The actor.
 * @returns The role, or `undefined` when the sources give none.
 * @example
 * actorToRole({ roles: [{ text: 'President', articles: ['a', 'b'] }, { text: 'French President', articles: ['a'] }] })
 * // => 'French President'
 */
export function actorToRole(actor: Pick<DigestActor, 'roles'>): string | undefined {
  const words = (text: string) => text.split(/\s+/u).filter(Boolean).length;
  return [...actor.roles].sort(
    (a, b) => words(b.text) - words(a.text) || b.articles.length - a.articles.length || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0),
  )[0]?.text;
}

/**
 * The roles to list on an actor's page: each one once, whole. A role whose words all appear, in
 * order, in a longer role of the same actor ("President" in "French President", "foreign minister"
 * in "French Foreign Minister") is a cut form of it: it is folded into the longer one, which takes
 * its sources.
 *
 * @param actor The actor.
 * @returns Roles, longest first, each with the sources that use it or a cut form of it.
 * @example
 * actorToRoles({ roles: [{ text: 'Prime Minister', articles: ['a'] }, { text: 'British Prime Minister', articles: ['b'] }] })
 * // => [{ text: 'British Prime Minister', articles: ['b', 'a'] }]
 */
export function actorToRoles(actor: Pick<DigestActor, 'roles'>): DigestActor['roles'] {
  const words = (text: string) => text.toLowerCase().split(/\s+/u).filter(Boolean);
  const sorted = [...actor.roles].sort((a, b) => words(b.text).length - words(a.text).length || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
  const kept: DigestActor['roles'] = [];
  for (const role of sorted) {
    const cut = words(role.text).join(' ');
    const whole = kept.find((longer) => ` ${words(longer.text).join(' ')} `.includes(` ${cut} `));
    if (whole) whole.articles = [...new Set([...whole.articles, ...role.articles])];
    else kept.push({ text: role.text, articles: [...role.articles] });
  }
  return kept;
}
