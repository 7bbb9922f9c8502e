import { createContentTermReader } from '../text/normalise-terms.ts';
import { textToWords } from '../text/fold-text.ts';
import { createUnionFind } from '../text/union-find.ts';
import { jaccard } from '../text/jaccard.ts';
import { createTermSpace, vectorNorm, type TermVector } from './term-vectors.ts';

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
  /** Reader of content terms, shared with other stages so that each distinct word is looked up once. Default: a new one. */
  readContentTerms?: (words: readonly string[]) => string[];
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

  // Terms become small integers: arrays indexed by term replace maps keyed by strings.
  const vocabulary = new Map<string, number>();
  const terms: string[] = [];
  const readContentTerms = options.readContentTerms ?? createContentTermReader();
  const termIds = articles.map((a) => {
    const ids: number[] = [];
    for (const t of readContentTerms(textToWords(a.text))) {
      let id = vocabulary.get(t);
      if (id === undefined) {
        id = /^\d+$/.test(t) ? -1 : terms.push(t) - 1;
        vocabulary.set(t, id);
      }
      if (id >= 0) ids.push(id);
    }
    return ids;
  });
  const tf = new Int32Array(terms.length);
  const df = new Int32Array(terms.length);
  for (const ids of termIds) {
    for (const t of ids) if (tf[t]!++ === 0) df[t]!++;
    for (const t of ids) tf[t] = 0;
  }
  // Smoothed idf: a small corpus is treated as if it also held `backgroundArticles` articles without the term,
  // so that in a handful of articles on one subject the words they share still count.
  const corpusSize = Math.max(articles.length, backgroundArticles);
  const n = articles.length;
  const idf = Float64Array.from(df, (d) => Math.log((corpusSize + 1) / (d + 1)) + 1);
  const rank = alphabeticalRanks(terms);
  const weightOf = new Float64Array(terms.length);
  const distinctive: number[][] = [];
  const vectors = termIds.map((ids): TermVector => {
    const distinct: number[] = [];
    for (const t of ids) if (tf[t]!++ === 0) distinct.push(t);
    for (const t of distinct) {
      weightOf[t] = (1 + Math.log(tf[t]!)) * idf[t]!;
      tf[t] = 0;
    }
    distinct.sort((x, y) => weightOf[y]! - weightOf[x]! || rank[x]! - rank[y]!);
    distinctive.push(distinct.slice(0, termsPerArticle));
    let squares = 0;
    for (const t of distinct) squares += weightOf[t]! * weightOf[t]!;
    const norm = Math.sqrt(squares) || 1;
    const vector = { ids: new Int32Array(distinct.length), weights: new Float64Array(distinct.length) };
    distinct.forEach((t, k) => {
      vector.ids[k] = t;
      vector.weights[k] = weightOf[t]! / norm;
    });
    return vector;
  });
  const space = createTermSpace(terms.length);
  const days = articles.map((a) => (a.published ? Date.parse(a.published) / 86_400_000 : NaN));
  const index = indexByDay(distinctive, days, terms.length);
  const actorSets = articles.map((a) => new Set(a.actors));
  const pairs: { i: number; j: number; cosine: number; needs: number }[] = [];
  // Articles further apart than `maxDaysApart` are never compared, so only postings of nearby days are read
  // (a day of slack, so that rounding cannot leave one out); undated articles are compared with all.
  const reach = Number.isNaN(maxDaysApart) ? Infinity : maxDaysApart + 1;
  const shared = new Int32Array(n);
  const sharing: number[] = [];
  const count = (j: number, i: number): void => {
    if (j > i && shared[j]!++ === 0) sharing.push(j);
  };
  for (let i = 0; i < n; i++) {
    const day = days[i]!;
    for (const t of distinctive[i]!) {
      // Every distinctive term has a posting (it holds at least this article).
      const posting = index[t]!;
      if (posting.size > maxPosting) continue;
      for (const j of posting.undated) count(j, i);
      const dated = posting.dated;
      if (Number.isNaN(day)) {
        for (const j of dated) count(j, i);
        continue;
      }
      for (let k = firstOnOrAfter(dated, days, day - reach); k < dated.length && days[dated[k]!]! <= day + reach; k++) count(dated[k]!, i);
    }
    for (const j of sharing) {
      const together = shared[j]!;
      shared[j] = 0;
      if (together < minSharedTerms) continue;
      if (Math.abs(day - days[j]!) > maxDaysApart) continue;
      const cosine = space.dot(vectors[i]!, vectors[j]!);
      if (cosine >= minCosine) pairs.push({ i, j, cosine, needs: minCosine });
      else if (cosine >= minCosineWithActors && jaccard(actorSets[i]!, actorSets[j]!) >= minActorOverlap)
        pairs.push({ i, j, cosine, needs: minCosineWithActors });
    }
    sharing.length = 0;
  }
  // Strongest links first; two groups join only when their centroids are similar too, so that a chain of
  // pairwise links (A like B, B like C) cannot pull unrelated articles into one story.
  pairs.sort((a, b) => b.cosine - a.cosine || a.i - b.i || a.j - b.j);
  const sets = createUnionFind(n);
  // A group's centroid is the sum of its members' vectors; a single article is its own (unit) vector.
  const centroids = new Map<number, { vector: TermVector; norm: number }>();
  const centroidOf = (root: number) => centroids.get(root) ?? { vector: vectors[root]!, norm: 1 };
  for (const { i, j, cosine, needs } of pairs) {
    const ri = sets.find(i);
    const rj = sets.find(j);
    if (ri === rj) continue;
    const ci = centroidOf(ri);
    const cj = centroidOf(rj);
    const similarity = ri === i && rj === j ? cosine : space.dot(ci.vector, cj.vector) / (ci.norm * cj.norm);
    if (similarity < needs) continue;
    sets.union(ri, rj);
    const [big, small] = ci.vector.ids.length >= cj.vector.ids.length ? [ci, cj] : [cj, ci];
    const sum = space.add(big.vector, small.vector);
    centroids.delete(ri);
    centroids.delete(rj);
    centroids.set(sets.find(ri), { vector: sum, norm: vectorNorm(sum) });
  }
  return sets.groups().map((members) => members.map((i) => articles[i]!.slug));
}

/** A term's posting: the articles that have it among their distinctive terms, dated ones by day. */
interface DayPosting {
  /** All the articles, dated or not. */
  size: number;
  /** Dated articles, by day (then by position). */
  dated: number[];
  undated: number[];
}

/**
 * Postings of each term id, with the dated articles sorted by day so that a range of days can be read. Only terms
 * that are distinctive in some article have one: most of the vocabulary never is, and is never looked up.
 */
function indexByDay(distinctive: readonly number[][], days: readonly number[], termCount: number): (DayPosting | undefined)[] {
  const index = new Array<DayPosting | undefined>(termCount);
  distinctive.forEach((terms, i) => {
    for (const t of terms) {
      let posting = index[t];
      if (posting === undefined) index[t] = posting = { size: 0, dated: [], undated: [] };
      posting.size++;
      (Number.isNaN(days[i]!) ? posting.undated : posting.dated).push(i);
    }
  });
  for (const posting of index) if (posting !== undefined && posting.dated.length > 1) posting.dated.sort((a, b) => days[a]! - days[b]! || a - b);
  return index;
}

/** The first position in `sorted` (article indexes by day) whose day is at least `day`. */
function firstOnOrAfter(sorted: readonly number[], days: readonly number[], day: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (days[sorted[mid]!]! < day) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Each term's position in code-unit order, the order in which equal weights are broken. */
function alphabeticalRanks(terms: readonly string[]): Int32Array {
  const order = terms.map((_, i) => i).sort((x, y) => (terms[x]! < terms[y]! ? -1 : 1));
  const rank = new Int32Array(terms.length);
  order.forEach((t, k) => (rank[t] = k));
  return rank;
}
