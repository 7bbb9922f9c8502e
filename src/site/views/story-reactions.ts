/**
 * Builds a story's "who said what": one card per speaker, with their main remark.
 */
import type { DigestActor, Story, Variant } from '../../engine/digest/schema.ts';
import type { SiteData } from '../site-data.ts';
import { quotesToCitations, type QuoteCitation } from './quote-citations.ts';
import { isFragment, quoteToSentence, type QuoteInSentence } from './quote-sentence.ts';

/** One remark of a speaker in a story. */
export interface Remark {
  /** The remark's fullest wording. */
  text: string;
  /** Statement id, when the remark was grouped into one. */
  statement?: string;
  /** Every paragraph that carries the remark, each naming the quote. */
  citations: QuoteCitation[];
  /** How many distinct sources carry it. */
  sourceCount: number;
  /** The other wordings sources gave it, when they differ. */
  wordings: Variant[];
  /**
   * For a fragment of a few words ("necessary"), the sentence it was quoted in, so it is read in
   * its context rather than as a statement of its own.
   */
  sentence?: QuoteInSentence;
}

/** One actor's remarks in a story: the main one (most widely carried) and the rest. */
export interface Reaction extends Remark {
  actor: DigestActor;
  /** The speaker's other remarks in the story, most widely carried first. */
  others: Remark[];
}

/**
 * Picks, for each actor quoted in a story, the remark most sources carried (then the longest) and
 * keeps their other remarks beside it (a fragment of a few words comes last, inside its sentence), ordered by the story's actor prominence. Quotes not grouped
 * into a statement count as remarks carried by their one source.
 *
 * @param story The story.
 * @param data Actors, quotes and statements by id.
 * @returns One reaction per quoted actor.
 * @example
 * storyToReactions(story, data).map((r) => [r.actor.name, r.sourceCount, r.others.length])
 * // => [['Emmanuel Macron', 2, 3], ['Dmitry Peskov', 1, 0]]
 */
export function storyToReactions(story: Story, data: Pick<SiteData, 'actors' | 'articles' | 'quotes' | 'statements'>): Reaction[] {
  const remarks = new Map<string, Remark[]>();
  const add = (speaker: string, remark: Remark): void => {
    if (!data.actors.has(speaker)) return;
    if (isFragment(remark.text)) {
      const sentence = quoteToSentence(remark.citations[0]?.quote, data);
      if (sentence) remark.sentence = sentence;
    }
    const list = remarks.get(speaker);
    if (list) list.push(remark);
    else remarks.set(speaker, [remark]);
  };
  for (const id of story.statements) {
    const statement = data.statements.get(id);
    if (!statement) continue;
    add(statement.speaker, {
      text: statement.text,
      statement: statement.id,
      citations: quotesToCitations(statement.quotes, data.quotes),
      sourceCount: new Set(statement.articles).size,
      wordings: statement.wordingDiffers ? statement.variants.filter((variant) => variant.text !== statement.text) : [],
    });
  }
  for (const id of story.quotes) {
    const quote = data.quotes.get(id);
    if (!quote || quote.speaker === null || (quote.statement && data.statements.has(quote.statement))) continue;
    add(quote.speaker, { text: quote.text, citations: quotesToCitations([quote.id], data.quotes), sourceCount: 1, wordings: [] });
  }
  const prominence = new Map(story.actors.map((slug, index) => [slug, index]));
  return [...remarks]
    .map(([speaker, list]) => {
      const [main, ...others] = [...list].sort(
        (a, b) => Number(a.sentence !== undefined) - Number(b.sentence !== undefined) || b.sourceCount - a.sourceCount || b.text.length - a.text.length || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0),
      );
      return { actor: data.actors.get(speaker)!, ...main!, others };
    })
    .sort(
      (a, b) =>
        (prominence.get(a.actor.slug) ?? Infinity) - (prominence.get(b.actor.slug) ?? Infinity) ||
        a.actor.name.localeCompare(b.actor.name, 'en'),
    );
}

