/**
 * Which actors get a page and a feed of their own.
 */
import type { DigestActor } from '../engine/digest/schema.ts';

/**
 * Whether an actor gets a page and a feed: only one the sources quote, give a role, or an editor
 * describes. Everyone else is only mentioned: listed under "also mentioned", with no page that would
 * stay empty and no feed that would never have an item (their mentions still link to the source
 * paragraph).
 *
 * @param actor The actor.
 * @example
 * actorHasPage({ quotes: ['q1'], roles: [] }) // => true
 * actorHasPage({ quotes: [], roles: [{ text: 'Polish Prime Minister', articles: ['a'] }] }) // => true
 * actorHasPage({ quotes: [], roles: [] }) // => false
 */
export function actorHasPage(actor: Pick<DigestActor, 'quotes' | 'roles' | 'description'>): boolean {
  return actor.quotes.length > 0 || actor.roles.length > 0 || Boolean(actor.description);
}
