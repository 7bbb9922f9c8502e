/**
 * Builds a story's "reactions": who said what, one line per actor.
 */
import type { Citation, DigestActor, Story } from '../engine/digest/schema.ts';
import type { SiteData } from './digest.ts';
import { quotesToCitations } from './quote-citations.ts';

/** One actor's main remark in a story. */
export interface Reaction {
  actor: DigestActor;
  /** The remark's fullest wording. */
  text: string;
  /** Statement id, when the remark was grouped into one. */
  statement?: string;
  /** Every paragraph that carries the remark. */
  citations: Citation[];
  /** How many distinct sources carry it. */
  sourceCount: number;
}

/**
 * Picks, for each actor quoted in a story, the remark most sources carried (then the longest),
 * ordered by the story's actor prominence. Quotes not grouped into a statement count as
 * remarks carried by their one source.
 *
 * @param story The story.
 * @param data Actors, quotes and statements by id.
 * @returns One reaction per quoted actor.
 * @example
 * storyToReactions(story, data).map((r) => [r.actor.name, r.sourceCount])
 * // => [['Emmanuel Macron', 2], ['Dmitry Peskov', 1]]
 */
export function storyToReactions(story: Story, data: Pick<SiteData, 'actors' | 'quotes' | 'statements'>): Reaction[] {
  const best = new Map<string, Reaction>();
  const consider = (speaker: string, candidate: Omit<Reaction, 'actor'>): void => {
    const actor = data.actors.get(speaker);
    if (!actor) return;
    const current = best.get(speaker);
    if (
      !current ||
      candidate.sourceCount > current.sourceCount ||
      (candidate.sourceCount === current.sourceCount && candidate.text.length > current.text.length)
    ) {
      best.set(speaker, { actor, ...candidate });
    }
  };
  for (const id of story.statements) {
    const statement = data.statements.get(id);
    if (!statement) continue;
    consider(statement.speaker, {
      text: statement.text,
      statement: statement.id,
      citations: quotesToCitations(statement.quotes, data.quotes),
      sourceCount: new Set(statement.articles).size,
    });
  }
  for (const id of story.quotes) {
    const quote = data.quotes.get(id);
    if (!quote || quote.speaker === null || (quote.statement && data.statements.has(quote.statement))) continue;
    consider(quote.speaker, { text: quote.text, citations: quotesToCitations([quote.id], data.quotes), sourceCount: 1 });
  }
  const prominence = new Map(story.actors.map((slug, index) => [slug, index]));
  return [...best.values()].sort(
    (a, b) =>
      (prominence.get(a.actor.slug) ?? Infinity) - (prominence.get(b.actor.slug) ?? Infinity) ||
      a.actor.name.localeCompare(b.actor.name, 'en'),
  );
}
