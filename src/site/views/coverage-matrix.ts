/**
 * Counts, per story, how often each source quotes each actor: who gave a voice to whom.
 */
import type { DigestActor, DigestArticle, Story } from '../../engine/digest/schema.ts';
import type { SiteData } from '../site-data.ts';

/** Sources (rows) × actors quoted (columns), with quote counts. */
export interface CoverageMatrix {
  sources: DigestArticle[];
  actors: DigestActor[];
  /** `counts[row][column]`: quotes of `actors[column]` in `sources[row]`. */
  counts: number[][];
}

/**
 * Builds the coverage matrix of a story from its quotes with a known speaker. Columns are the
 * quoted actors in the story's prominence order, at most `maxActors` of them.
 *
 * @param story The story.
 * @param data Articles, actors and quotes by id.
 * @param maxActors Most columns to keep (default 8, so that the table stays readable).
 * @returns The matrix; `actors` is empty when nobody is quoted.
 * @example
 * storyToCoverage(story, data).counts // => [[1, 0], [1, 1]]
 */
export function storyToCoverage(
  story: Story,
  data: Pick<SiteData, 'articles' | 'actors' | 'quotes'>,
  maxActors = 8,
): CoverageMatrix {
  const perPair = new Map<string, number>();
  const quoted = new Map<string, number>();
  for (const id of story.quotes) {
    const quote = data.quotes.get(id);
    if (!quote?.speaker) continue;
    const key = `${quote.article}\u0000${quote.speaker}`;
    perPair.set(key, (perPair.get(key) ?? 0) + 1);
    quoted.set(quote.speaker, (quoted.get(quote.speaker) ?? 0) + 1);
  }
  const prominence = new Map(story.actors.map((slug, index) => [slug, index]));
  const actors = [...quoted.keys()]
    .flatMap((slug) => data.actors.get(slug) ?? [])
    .sort(
      (a, b) =>
        (prominence.get(a.slug) ?? Infinity) - (prominence.get(b.slug) ?? Infinity) ||
        (quoted.get(b.slug) ?? 0) - (quoted.get(a.slug) ?? 0) ||
        a.name.localeCompare(b.name, 'en'),
    )
    .slice(0, maxActors);
  const sources = story.articles.flatMap((slug) => data.articles.get(slug) ?? []);
  const counts = sources.map((source) => actors.map((actor) => perPair.get(`${source.slug}\u0000${actor.slug}`) ?? 0));
  return { sources, actors, counts };
}
