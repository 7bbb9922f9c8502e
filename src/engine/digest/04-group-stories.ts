import { contentTerms, textToTerms } from '../text/normalise-terms.ts';
import { createUnionFind } from '../text/union-find.ts';
import { jaccard } from '../text/jaccard.ts';

/** What story grouping needs to know of an article. */
export interface StoryFeatures {
  slug: string;
  /** Headline and paragraphs. */
  text: string;
  /** Digest actor slugs of the people and organisations the article mentions. */
  actors: readonly string[];
  /** ISO date, when known. */
  published?: string;
}

/** Options for {@link groupStories}. */
export interface GroupStoriesOptions {
  /** Distinctive terms per article used to find candidate pairs. Default 40. */
  termsPerArticle?: number;
  /** Cosine similarity of term vectors that links two articles. Default 0.25. */
  minCosine?: number;
  /** Lower cosine that links two articles when they also share many actors. Default 0.15. */
  minCosineWithActors?: number;
  /** Jaccard overlap of actor sets that counts as sharing many actors. Default 0.25. */
  minActorOverlap?: number;
  /** Articles dated further apart than this never link. Default 10. */
  maxDaysApart?: number;
  /** Terms found in more articles than this are too common to find candidates with. Default 200. */
  maxPosting?: number;
  /** Distinctive terms two articles must share to be compared at all. Default 2. */
  minSharedTerms?: number;
  /** Corpus size below which idf is computed as if the corpus had this many articles. Default 50. */
  backgroundArticles?: number;
}

/**
 * Groups articles into stories by their distinctive words, their actors and their dates.
 *
 * Articles are compared by the cosine of their tf-idf term vectors. Only pairs that share one of their
 * most distinctive terms are compared (an inverted index of those terms gives the candidates), so the
 * cost grows with the articles that share terms rather than with all pairs. Links are taken strongest first,
 * and two groups join only when their centroids are similar too, so chains of weak links do not merge stories.
 *
 * @param articles Articles in a stable order.
 * @returns Groups of article slugs, in the order of their first article.
 * @example
 * // Five articles on one summit form one group; an article on a football transfer forms its own.
 */
export function groupStories(articles: readonly StoryFeatures[], options: GroupStoriesOptions = {}): string[][] {
  const termsPerArticle = options.termsPerArticle ?? 40;
  const minCosine = options.minCosine ?? 0.25;
  const minCosineWithActors = options.minCosineWithActors ?? 0.15;
  const minActorOverlap = options.minActorOverlap ?? 0.25;
  const maxDaysApart = options.maxDaysApart ?? 10;
  const maxPosting = options.maxPosting ?? 200;
  const minSharedTerms = options.minSharedTerms ?? 2;
  const backgroundArticles = options.backgroundArticles ?? 50;

  const counts = articles.map((a) => {
    const tf = new Map<string, number>();
    for (const t of contentTerms(textToTerms(a.text))) if (!/^\d+$/.test(t)) tf.set(t, (tf.get(t) ?? 0) + 1);
    return tf;
  });
  const df = new Map<string, number>();
  for (const tf of counts) for (const t of tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  // Smoothed idf: a small corpus is treated as if it also held `backgroundArticles` articles without the term,
  // so that in a handful of articles on one subject the words they share still count.
  const corpusSize = Math.max(articles.length, backgroundArticles);
  const n = articles.length;
  const distinctive: string[][] = [];
  const vectors = counts.map((tf) => {
    const weighted = [...tf.entries()].map(([t, c]) => [t, (1 + Math.log(c)) * (Math.log((corpusSize + 1) / (df.get(t)! + 1)) + 1)] as const);
    weighted.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
    distinctive.push(weighted.slice(0, termsPerArticle).map(([t]) => t));
    const norm = Math.sqrt(weighted.reduce((s, [, w]) => s + w * w, 0)) || 1;
    return new Map(weighted.map(([t, w]) => [t, w / norm]));
  });
  const index = new Map<string, number[]>();
  distinctive.forEach((terms, i) => {
    for (const t of terms) {
      const posting = index.get(t) ?? [];
      posting.push(i);
      index.set(t, posting);
    }
  });
  const actorSets = articles.map((a) => new Set(a.actors));
  const days = articles.map((a) => (a.published ? Date.parse(a.published) / 86_400_000 : NaN));
  const pairs: { i: number; j: number; cosine: number; needs: number }[] = [];
  for (let i = 0; i < n; i++) {
    const shared = new Map<number, number>();
    for (const t of distinctive[i]!) {
      const posting = index.get(t)!;
      if (posting.length > maxPosting) continue;
      for (const j of posting) if (j > i) shared.set(j, (shared.get(j) ?? 0) + 1);
    }
    for (const [j, count] of shared) {
      if (count < minSharedTerms) continue;
      if (Math.abs(days[i]! - days[j]!) > maxDaysApart) continue;
      const cosine = dot(vectors[i]!, vectors[j]!);
      if (cosine >= minCosine) pairs.push({ i, j, cosine, needs: minCosine });
      else if (cosine >= minCosineWithActors && jaccard(actorSets[i]!, actorSets[j]!) >= minActorOverlap)
        pairs.push({ i, j, cosine, needs: minCosineWithActors });
    }
  }
  // Strongest links first; two groups join only when their centroids are similar too, so that a chain of
  // pairwise links (A like B, B like C) cannot pull unrelated articles into one story.
  pairs.sort((a, b) => b.cosine - a.cosine || a.i - b.i || a.j - b.j);
  const sets = createUnionFind(n);
  // A group's centroid is the sum of its members' vectors; a single article is its own (unit) vector.
  const centroids = new Map<number, { vector: Map<string, number>; norm: number }>();
  const centroidOf = (root: number) => centroids.get(root) ?? { vector: vectors[root]!, norm: 1 };
  for (const { i, j, cosine, needs } of pairs) {
    const ri = sets.find(i);
    const rj = sets.find(j);
    if (ri === rj) continue;
    const ci = centroidOf(ri);
    const cj = centroidOf(rj);
    const similarity = ri === i && rj === j ? cosine : dot(ci.vector, cj.vector) / (ci.norm * cj.norm);
    if (similarity < needs) continue;
    sets.union(ri, rj);
    const [big, small] = ci.vector.size >= cj.vector.size ? [ci, cj] : [cj, ci];
    // Articles' own vectors are never changed: the first merge copies.
    const owned = centroids.get(ri)?.vector === big.vector || centroids.get(rj)?.vector === big.vector;
    const sum = owned ? big.vector : new Map(big.vector);
    for (const [t, w] of small.vector) sum.set(t, (sum.get(t) ?? 0) + w);
    centroids.delete(ri);
    centroids.delete(rj);
    centroids.set(sets.find(ri), { vector: sum, norm: norm(sum) });
  }
  return sets.groups().map((members) => members.map((i) => articles[i]!.slug));
}

function norm(v: ReadonlyMap<string, number>): number {
  let sum = 0;
  for (const w of v.values()) sum += w * w;
  return Math.sqrt(sum) || 1;
}

function dot(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [t, w] of small) {
    const other = large.get(t);
    if (other !== undefined) sum += w * other;
  }
  return sum;
}
