/**
 * Stage 26 of actors: a name written only right before a head noun of a thing ("the Orion trial", "a Creative Commons
 * licence", "the Smart Reply feature", "CT scans", "the Gold edition", "a Johnny Cash biopic") only qualifies that
 * thing: it names a trial, a licence, a product's part or a film's subject, not someone who acts in the story.
 */
import thingHeadsJson from '../lexicons/thing-heads.json' with { type: 'json' };
import type { Token, TokenizedParagraph } from './01-tokenize-text.ts';
import { type Mention, type ResolvedActors, mentionsByActor, withoutActors } from './06-resolve-mentions.ts';

/** Lower-case heads of things a name may qualify. */
const THING_HEADS: ReadonlySet<string> = new Set(thingHeadsJson.heads);

/** The mention is followed by a lower-case head of a thing, past a closing bracket ("a smooth surface (LESS) coating"). */
function qualifiesThing(tokens: readonly Token[], m: Mention): boolean {
  let next = tokens[m.last + 1];
  if (next?.text === ')' || next?.text === ']') next = tokens[m.last + 2];
  return next !== undefined && next.word && !next.cap && THING_HEADS.has(next.lower);
}

/**
 * Removes every person, organisation or group without roles whose every mention qualifies a thing's head noun; a name
 * met once in any other way ("Orion said", "the trial run by Orion") stays.
 *
 * @param paragraphs The article's tokenised paragraphs.
 * @param resolved The actors and mentions of the earlier stages.
 * @returns The same without the names that only qualify things.
 * @example
 * // "Patients in the Orion trial improved." → no actor "Orion"; "Orion said the trial worked." → Orion stays.
 */
export function dropModifierNames(paragraphs: readonly TokenizedParagraph[], resolved: ResolvedActors): ResolvedActors {
  const byIndex = new Map(paragraphs.map((p) => [p.index, p]));
  const byActor = mentionsByActor(resolved);
  const dropped = new Set<string>();
  for (const actor of resolved.actors) {
    if ((actor.kind !== 'person' && actor.kind !== 'organization' && actor.kind !== 'group') || actor.roles.length > 0) continue;
    const mentions = byActor.get(actor.id) ?? [];
    if (mentions.length === 0) continue;
    if (mentions.every((m) => { const p = byIndex.get(m.paragraph); return p !== undefined && qualifiesThing(p.tokens, m); })) dropped.add(actor.id);
  }
  if (dropped.size === 0) return resolved;
  return withoutActors(resolved, dropped);
}
