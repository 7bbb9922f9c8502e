/**
 * Renames an actor after the quotes, keeping the name it had as its first alias: the one step that the display-name
 * passes (`name-by-text-forms`, `name-with-generational-suffix`, `name-royal-by-realm`) share.
 */
import type { Actor } from '../schema.ts';

/**
 * Gives the actor a new display name; the old name becomes its first alias, and neither name stays elsewhere among the
 * aliases. Ids and mentions stay as they are. The actor is changed in place.
 *
 * @param actor The actor to rename.
 * @param name The name it goes by from now on.
 * @example
 * const actor = { id: 'astrid', name: 'Astrid', kind: 'person', aliases: ['Princess Astrid of Norway'], … };
 * renameActor(actor, 'Princess Astrid of Norway');
 * // actor.name === 'Princess Astrid of Norway', actor.aliases deep-equals ['Astrid']
 */
export function renameActor(actor: Actor, name: string): void {
  actor.aliases = [actor.name, ...actor.aliases.filter((alias) => alias !== name && alias !== actor.name)];
  actor.name = name;
}
