/**
 * Stage 31 of actors: a name of several words taken for a person that the article once puts where only a place stands
 * ("held in Belmarsh Prison", "near Chistye Prudy", "in Saqqara and Tuna el-Gebel", "Tower Hamlets borough") and that
 * never shows a person — no role, no other name (a surname alone, a given name), never speaking, owning something,
 * having staff or being cited (`actsAsSomeone`) — is a place, wherever else the article writes it ("bring coins to
 * Chistye Prudy", "Punta Tombo is one of the breeding sites"). Stage 7 drops such a name only when every mention stands
 * so; a person is seldom written after "in" or "near" at all, and one who is ("faith in Ann Reyes") shows it elsewhere.
 */
import type { Actor } from '../schema.ts';
import type { Token, TokenizedParagraph } from './01-tokenize-text.ts';
import { type Mention, type ResolvedActors, mentionsByActor, withoutActors } from './06-resolve-mentions.ts';
import { readsAsPlace } from './07-drop-settings.ts';
import { actsAsSomeone } from './16-drop-venues.ts';

/** A person of two words or more with no role and no other name: the only kind a place is mistaken for here. */
function mayBePlace(actor: Actor): boolean {
  return actor.kind === 'person' && actor.roles.length === 0 && actor.aliases.length === 0 && actor.name.trim().includes(' ');
}

/**
 * Removes every person of several words, without roles or other names, named in full at every mention, that one
 * mention puts as a place and no mention lets act.
 *
 * @param paragraphs The article's tokenised paragraphs.
 * @param resolved The actors and mentions of the earlier stages.
 * @returns The same without those places.
 * @example
 * // "Protesters gathered near Kelby Prudy. Later they marched to Kelby Prudy again." → no person "Kelby Prudy".
 * // "She lost faith in Ann Reyes. Ann Reyes said nothing." → "Ann Reyes" stays.
 */
export function dropUnactingPlaces(paragraphs: readonly TokenizedParagraph[], resolved: ResolvedActors): ResolvedActors {
  const byIndex = new Map(paragraphs.map((p) => [p.index, p]));
  const at = (m: Mention): readonly Token[] => byIndex.get(m.paragraph)?.tokens ?? [];
  const mentionsOf = mentionsByActor(resolved);
  const dropped = new Set<string>();
  for (const actor of resolved.actors) {
    if (!mayBePlace(actor)) continue;
    const mentions = mentionsOf.get(actor.id) ?? [];
    if (mentions.length === 0 || mentions.some((m) => m.via !== 'name' || m.first === m.last)) continue;
    if (mentions.some((m) => readsAsPlace(at(m), m)) && !mentions.some((m) => actsAsSomeone(at(m), m.first, m.last))) dropped.add(actor.id);
  }
  return dropped.size === 0 ? resolved : withoutActors(resolved, dropped);
}
