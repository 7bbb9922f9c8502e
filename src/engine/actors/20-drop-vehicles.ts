/**
 * Stage 20 of actors: a name the article writes only as a modifier of a noun for a craft or vehicle ("in a Crew Dragon
 * capsule", "the Crew Dragon spacecraft", "the next Crew Dragon mission") names that craft, not a person. Only names
 * taken for people are dropped: an organisation before such a noun is its maker or operator ("a NASA rocket").
 */
import type { Token, TokenizedParagraph } from './01-tokenize-text.ts';
import { type ResolvedActors, withoutActors } from './06-resolve-mentions.ts';
import { DRIVING_VERBS, VEHICLE_NOUNS, VEHICLE_USES } from './load-lexicons.ts';

/** How a mention uses the name: as a vehicle, or at least in a way a vehicle's name may be used. */
interface VehicleUse {
  readonly vehicle: boolean;
  readonly allowed: boolean;
}

/**
 * How many lower-case words may stand between "a" and the name ("driving a red Ardent Comet"); two would let "driving a
 * wedge between Tom Ashby" in.
 */
const MAX_DRIVEN_MODIFIERS = 1;

/**
 * The mention at `first` follows a form of "drive", "a" or "an", and at most one lower-case word ("driving a red
 * Ardent Comet"): what was driven.
 *
 * @param tokens The paragraph's tokens.
 * @param first The mention's first token.
 * @returns Whether the name is a driven vehicle.
 * @example
 * // "He was seen driving a red Ardent Comet." → true for "Ardent Comet".
 */
export function isDriven(tokens: readonly Token[], first: number): boolean {
  let k = first - 1;
  for (let n = 0; n < MAX_DRIVEN_MODIFIERS && tokens[k]?.word && !tokens[k]!.cap && tokens[k]!.lower !== 'a' && tokens[k]!.lower !== 'an'; n++) k--;
  const article = tokens[k];
  if (article?.lower !== 'a' && article?.lower !== 'an') return false;
  const verb = tokens[k - 1];
  return verb !== undefined && verb.word && DRIVING_VERBS.has(verb.lower);
}

/**
 * The lower-case noun right after the mention, or a noun for a craft one lower-case word later ("the James Webb space
 * telescope"); not past a hyphen ("the Crew Dragon-class capsule" is not handled).
 */
function nounAfter(tokens: readonly Token[], last: number): string | undefined {
  const next = tokens[last + 1];
  if (next === undefined || !next.word || next.cap) return undefined;
  const second = tokens[last + 2];
  if (!VEHICLE_NOUNS.has(next.lower) && second !== undefined && second.word && !second.cap && VEHICLE_NOUNS.has(second.lower)) return second.lower;
  return next.lower;
}

/**
 * Removes every person without roles whose every mention, by name, is followed by a noun for a craft or one of its
 * uses, at least one of them a craft ("capsule", "spacecraft", "rocket", "ship" …).
 *
 * @param paragraphs The article's tokenised paragraphs.
 * @param resolved The actors and mentions of the earlier stages.
 * @returns The same without the crafts.
 * @example
 * // "They flew in a Crew Dragon capsule. The Crew Dragon mission ends in May." → no person "Crew Dragon".
 * // "He was seen driving a red Ardent Comet." → no person "Ardent Comet".
 */
export function dropVehicles(paragraphs: readonly TokenizedParagraph[], resolved: ResolvedActors): ResolvedActors {
  const byIndex = new Map(paragraphs.map((p) => [p.index, p]));
  const uses = new Map<string, VehicleUse[]>();
  for (const m of resolved.mentions) {
    const tokens = byIndex.get(m.paragraph)?.tokens ?? [];
    const noun = nounAfter(tokens, m.last) ?? '';
    const vehicle = VEHICLE_NOUNS.has(noun) || isDriven(tokens, m.first);
    const use = { vehicle, allowed: vehicle || VEHICLE_USES.has(noun) };
    const list = uses.get(m.actor);
    if (list) list.push(use);
    else uses.set(m.actor, [use]);
  }
  const dropped = new Set<string>();
  for (const actor of resolved.actors) {
    if (actor.kind !== 'person' || actor.roles.length > 0) continue;
    const found = uses.get(actor.id) ?? [];
    if (found.some((u) => u.vehicle) && found.every((u) => u.allowed)) dropped.add(actor.id);
  }
  if (dropped.size === 0) return resolved;
  return withoutActors(resolved, dropped);
}
