import { describe, expect, test } from 'vitest';
import { linkSimilarSentences, type LinkSimilarOptions, type TermSetItem } from '../../../src/engine/digest/link-similar-sentences.ts';

/** Every pair of members, compared directly: what the inverted index must find. */
function allPairs(members: readonly number[], items: readonly TermSetItem[], options: LinkSimilarOptions): [number, number][] {
  const postingSize = new Map<string, number>();
  for (const i of members) for (const t of items[i]!.terms) postingSize.set(t, (postingSize.get(t) ?? 0) + 1);
  const pairs: [number, number][] = [];
  for (const i of members) {
    for (const j of members) {
      if (j <= i || items[i]!.article === items[j]!.article) continue;
      const shared = [...items[i]!.terms].filter((t) => items[j]!.terms.has(t) && postingSize.get(t)! <= options.tooCommon).length;
      if (shared >= options.minShared && shared / Math.sqrt(items[i]!.terms.size * items[j]!.terms.size) >= options.minSimilarity) pairs.push([i, j]);
    }
  }
  return pairs;
}

const item = (article: number, terms: string): TermSetItem => ({ article, terms: new Set(terms.split(' ').filter(Boolean)) });
const items = [
  item(0, 'nato troops exclude paris'),
  item(1, 'nato troops exclude'),
  item(1, 'nato troops exclude paris summit'),
  item(0, 'nato troops exclude'),
  item(2, ''),
  item(2, 'nato'),
  item(3, 'troops exclude paris summit ukraine'),
  item(4, 'nato troops exclude paris summit ukraine kyiv'),
];
const loose: LinkSimilarOptions = { tooCommon: 8, minShared: 3, minSimilarity: 0.45 };

describe('linkSimilarSentences', () => {
  test.each<[string, number[], LinkSimilarOptions]>([
    ['all the items', [0, 1, 2, 3, 4, 5, 6, 7], loose],
    ['a subset with gaps, as the timeline passes one date at a time', [1, 3, 6, 7], loose],
    ['one member', [2], loose],
    ['no members', [], loose],
    ['terms too common to index', [0, 1, 2, 3, 6, 7], { tooCommon: 3, minShared: 2, minSimilarity: 0.3 }],
    ['a high similarity threshold', [0, 1, 2, 3, 6, 7], { tooCommon: 8, minShared: 1, minSimilarity: 0.9 }],
  ])('links the pairs a direct comparison finds, for %s', (_, members, options) => {
    const found: [number, number][] = [];
    linkSimilarSentences(members, items, options, (i, j) => found.push([i, j]));
    expect([...found].sort((a, b) => a[0] - b[0] || a[1] - b[1])).toEqual(allPairs(members, items, options));
    expect(found.map(([i]) => i)).toEqual([...found.map(([i]) => i)].sort((a, b) => a - b));
  });
});
