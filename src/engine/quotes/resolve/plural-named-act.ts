/**
 * A name the actor stages read as a person's that the text gives a plural verb ("OutKast have won three prizes",
 * "Keane were named best act"): a band or team, which "he" or "she" does not stand for.
 */
import type { TokenizedParagraph } from '../../actors/index.ts';
import pluralVerbsJson from '../../lexicons/plural-verbs-after-name.json' with { type: 'json' };
import type { MentionIndex } from '../cue-types.ts';

const PLURAL_VERBS: ReadonlySet<string> = new Set(pluralVerbsJson.verbs);
/** Words earlier in the sentence that join the name to another ("Ann Roe and singer Tom Vale have"): the verb is the pair's. */
const JOINERS: ReadonlySet<string> = new Set(pluralVerbsJson.joiners);
/** Words right before the name that make it an object ("the plans drawn up by Tom Vale were"). */
const OBJECT_MARKERS: ReadonlySet<string> = new Set(pluralVerbsJson.objectMarkers);

/**
 * The actors of person mentions outside quotes that a plural verb follows right after, with no joining word before.
 *
 * @param paragraphs The article's paragraphs.
 * @param index The article's mentions, by actor.
 * @returns Their actor ids.
 * @example
 * // "OutKast have won three prizes." → Set { 'outkast' }
 * pluralNamedActs(paragraphs, index)
 */
export function pluralNamedActs(paragraphs: readonly TokenizedParagraph[], index: readonly MentionIndex[]): ReadonlySet<string> {
  const acts = new Set<string>();
  const byIndex = new Map<number, TokenizedParagraph>(paragraphs.map((p) => [p.index, p]));
  for (const entry of index) {
    for (const m of entry.list) {
      if (m.kind !== 'person' || m.inQuote || m.via === 'role') continue;
      const paragraph = byIndex.get(m.paragraph);
      const tokens = paragraph?.tokens;
      const after = tokens?.[m.last + 1];
      if (!tokens || !after || after.quote >= 0 || !PLURAL_VERBS.has(after.lower)) continue;
      const before = tokens[m.first - 1];
      if (before && OBJECT_MARKERS.has(before.lower)) continue;
      const start = paragraph!.sentenceStarts.filter((at) => at <= m.first).at(-1) ?? 0;
      if (tokens.slice(start, m.first).some((t) => JOINERS.has(t.lower))) continue;
      acts.add(m.actor);
    }
  }
  return acts;
}
