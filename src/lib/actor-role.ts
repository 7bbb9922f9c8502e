/**
 * The role a page shows beside an actor's name.
 */
import type { DigestActor } from '../engine/digest/schema.ts';

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
