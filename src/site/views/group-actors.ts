/**
 * Groups actors for the actors index page.
 */
import type { ActorKind } from '../../engine/schema.ts';
import type { DigestActor } from '../../engine/digest/schema.ts';
import { ACTOR_KIND_LABELS } from './labels.ts';

/** One heading of the actors index and the actors under it. */
export interface ActorGroup {
  kind: ActorKind;
  heading: string;
  actors: DigestActor[];
}

/** Kinds in page order: outlets have no page, so no group. */
const KINDS: readonly ActorKind[] = ['person', 'organization', 'place', 'anonymous', 'group'];

/**
 * Groups actors by kind in a fixed order, most quoted first within a group (then most cited,
 * then by name), leaving out empty groups.
 *
 * @param actors All actors.
 * @returns Non-empty groups: People, Organisations, Countries and places, Anonymous sources, Groups.
 * @example
 * groupActorsByKind([macron, nato]).map((g) => g.heading) // => ['People', 'Organisations']
 */
export function groupActorsByKind(actors: readonly DigestActor[]): ActorGroup[] {
  const byKind = new Map<ActorKind, DigestActor[]>();
  for (const actor of actors) {
    const group = byKind.get(actor.kind);
    if (group) group.push(actor);
    else byKind.set(actor.kind, [actor]);
  }
  return KINDS.flatMap((kind) => {
    const group = byKind.get(kind);
    if (!group) return [];
    const sorted = [...group].sort(
      (a, b) =>
        b.quotes.length - a.quotes.length ||
        b.articles.length - a.articles.length ||
        a.name.localeCompare(b.name, 'en'),
    );
    return [{ kind, heading: ACTOR_KIND_LABELS[kind].group, actors: sorted }];
  });
}
