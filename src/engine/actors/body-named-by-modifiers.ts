/**
 * "… host their shows on Radio 1. “…,” said the radio station.": a modified back reference whose noun no organisation's
 * name holds ("station") may stand for an organisation whose name holds all its modifiers ("radio"), when that is the
 * one such organisation named in that paragraph or the one before (stage 6 checks the nearness). The noun is the kind
 * of body, the modifiers its own words.
 */
import type { RoleCandidate } from './role-candidate.ts';

/**
 * True when the organisation's folded name words hold every modifier of a modified back reference and not its noun
 * (a name holding the noun is resolved by the noun already).
 *
 * @param nameWords The organisation's name, folded and split into words.
 * @param reference A modified back reference ("the radio station": head 'station', modifiers ['radio']).
 * @returns Whether the modifiers name that organisation.
 * @example
 * namedByModifiers(['radio', '1'], { head: 'station', modifiers: ['radio'], … }) // => true
 * namedByModifiers(['one', 'music'], { head: 'station', modifiers: ['radio'], … }) // => false
 */
export function namedByModifiers(nameWords: readonly string[], reference: Pick<RoleCandidate, 'head' | 'modifiers'>): boolean {
  const modifiers = reference.modifiers ?? [];
  return modifiers.length > 0 && !nameWords.includes(reference.head) && modifiers.every((w) => nameWords.includes(w));
}
