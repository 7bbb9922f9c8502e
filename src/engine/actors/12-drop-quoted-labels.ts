/**
 * Stage 12 of actors: a name met only inside short quotations ("the so-called “Blair Babes”", "attacked it as
 * “Witch Hunt garbage”") is a label the article quotes, not an actor.
 */
import type { TokenizedParagraph } from './01-tokenize-text.ts';
import { type ResolvedActors, withoutActors } from './06-resolve-mentions.ts';

/** At most this many words in a quotation that only labels something. */
const LABEL_WORDS = 4;

/**
 * Removes the people and organisations whose every mention lies inside a closed quotation of at most four words,
 * but for one word of the name alone elsewhere ("“Dementia Joe”" … "Morning Joe"), which names no one by it.
 * A name inside a longer quotation ("I told Tony Blair so") is someone the speaker talks about, and stays.
 *
 * @param paragraphs The tokenised paragraphs the mentions point into.
 * @param resolved The actors and mentions of the earlier stages.
 * @returns The same without those labels.
 * @example
 * // 'One of the so-called “Harbour Wolves” spoke.' → no person "Harbour Wolves".
 */
export function dropQuotedLabels(paragraphs: readonly TokenizedParagraph[], resolved: ResolvedActors): ResolvedActors {
  const byIndex = new Map(paragraphs.map((p) => [p.index, p]));
  const named = new Set<string>();
  const labelled = new Set<string>();
  for (const m of resolved.mentions) {
    if (m.kind !== 'person' && m.kind !== 'organization') continue;
    const paragraph = byIndex.get(m.paragraph);
    const quote = paragraph?.tokens[m.first]?.quote ?? -1;
    if (paragraph && quote >= 0 && isLabel(paragraph, quote)) labelled.add(m.actor);
    // "“Dementia Joe”" … "Morning Joe": one word of the label met elsewhere names no one by it.
    else if (m.via !== 'surname' || m.first !== m.last) named.add(m.actor);
  }
  const dropped = new Set([...labelled].filter((id) => !named.has(id)));
  if (dropped.size === 0) return resolved;
  return withoutActors(resolved, dropped);
}

/** A closed quotation of at most {@link LABEL_WORDS} words. */
function isLabel(paragraph: TokenizedParagraph, quote: number): boolean {
  const span = paragraph.quotes[quote];
  if (!span || !span.closed) return false;
  let words = 0;
  for (const t of paragraph.tokens) if (t.quote === quote && t.word && ++words > LABEL_WORDS) return false;
  return words > 0;
}
