/**
 * Explains, for a reader, how sure the attribution of a quote is.
 */
import type { CueKind } from '../../engine/schema.ts';

/**
 * Cues that name the speaker next to the quote need no note; neither does the continuation of a
 * quote whose speaker is named, which is as sure as its first part.
 */
const notes: Partial<Record<CueKind, string>> = {
  pronoun: 'Speaker inferred from a pronoun (“he said”); check the source.',
  role: 'Speaker inferred from a role (“the president said”); check the source.',
  floating: 'Speaker inferred from the quote before it; check the source.',
  none: 'Speaker unknown.',
};

/**
 * A note for quotes whose speaker was inferred rather than named beside them.
 *
 * @param cue How the engine found the speaker.
 * @returns A sentence to show beside the quote, or undefined when the source names the speaker.
 * @example
 * cueToAttributionNote('said-after') // => undefined
 * cueToAttributionNote('pronoun') // => 'Speaker inferred from a pronoun (“he said”); check the source.'
 */
export function cueToAttributionNote(cue: CueKind): string | undefined {
  return notes[cue];
}
