/**
 * Which actors get a page and a feed of their own.
 */
import type { DigestActor } from '../../engine/digest/schema.ts';

/**
 * Whether an actor is a news outlet the articles only cite ("told the BBC", "Reuters reported"): a source
 * of the story, not an actor in it, so it has no page, no feed and no place in the actors index.
 *
 * @param actor The actor, by kind.
 * @example isNewsOutlet({ kind: 'outlet' }) // => true
 */
export function isNewsOutlet(actor: Pick<DigestActor, 'kind'>): boolean {
  return actor.kind === 'outlet';
}

/**
 * Whether an actor gets a page and a feed: only one the sources quote, give a role, or an editor
 * describes, and never a news outlet the articles only cite ({@link isNewsOutlet}). Everyone else is
 * only mentioned: listed under "also mentioned", with no page that would stay empty and no feed that
 * would never have an item (their mentions still link to the source paragraph).
 *
 * @param actor The actor.
 * @example
 * actorHasPage({ kind: 'person', quotes: ['q1'], roles: [] }) // => true
 * actorHasPage({ kind: 'person', quotes: [], roles: [{ text: 'Polish Prime Minister', articles: ['a'] }] }) // => true
 * actorHasPage({ kind: 'person', quotes: [], roles: [] }) // => false
 * actorHasPage({ kind: 'outlet', quotes: [], roles: [], description: 'A wire service.' }) // => false
 */
export function actorHasPage(actor: Pick<DigestActor, 'kind' | 'quotes' | 'roles' | 'description'>): boolean {
  return !isNewsOutlet(actor) && (actor.quotes.length > 0 || actor.roles.length > 0 || Boolean(actor.description));
}
