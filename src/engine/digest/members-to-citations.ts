import type { Citation } from './schema.ts';

/** A sentence-like item of a story: which article (by position), where in it, and in which paragraph. */
export interface CitableItem {
  article: number;
  order: number;
  paragraph: number;
}

/**
 * Cites each article of a group of items once, at the paragraph of its earliest item, in article order.
 * Key points and timeline events both cite their sources this way.
 *
 * @param members Indexes into `items` of the group's members.
 * @param items All items of the story.
 * @param sources The story's articles, in the order `item.article` refers to.
 * @example
 * membersToCitations([0, 2], [{ article: 1, order: 4, paragraph: 3 }, …, { article: 0, order: 1, paragraph: 0 }], [{ slug: 'a' }, { slug: 'b' }])
 * // => [{ article: 'a', paragraph: 0 }, { article: 'b', paragraph: 3 }]
 */
export function membersToCitations(members: readonly number[], items: readonly CitableItem[], sources: readonly { slug: string }[]): Citation[] {
  const firstPerArticle = new Map<number, CitableItem>();
  for (const i of members) {
    const item = items[i]!;
    const current = firstPerArticle.get(item.article);
    if (!current || item.order < current.order) firstPerArticle.set(item.article, item);
  }
  return [...firstPerArticle.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([article, item]) => ({ article: sources[article]!.slug, paragraph: item.paragraph }));
}
