/** A sentence-like item compared by its set of content terms. */
export interface TermSetItem {
  /** The article it comes from (by position): items of one article are never linked. */
  article: number;
  terms: ReadonlySet<string>;
}

/** Thresholds of {@link linkSimilarSentences}. */
export interface LinkSimilarOptions {
  /** Terms found in more of the items than this are skipped when looking for candidates. */
  tooCommon: number;
  /** Terms two items must share. */
  minShared: number;
  /** Least set cosine (shared terms over the geometric mean of the set sizes). */
  minSimilarity: number;
}

/**
 * Finds the pairs of items from different articles that share enough terms, through an inverted index of
 * their terms, so that cost grows with the items sharing terms rather than with all pairs.
 *
 * @param members Indexes into `items` of the items to compare, ascending.
 * @param items All the items.
 * @param link Called once for each similar pair, with `i < j`.
 * @example
 * linkSimilarSentences([0, 1], [{ article: 0, terms: new Set(['nato', 'troops', 'exclude']) },
 *   { article: 1, terms: new Set(['nato', 'troops', 'exclude', 'paris']) }], { tooCommon: 8, minShared: 3, minSimilarity: 0.45 },
 *   (i, j) => console.log(i, j)) // logs 0 1
 */
export function linkSimilarSentences(
  members: readonly number[],
  items: readonly TermSetItem[],
  options: LinkSimilarOptions,
  link: (i: number, j: number) => void,
): void {
  const { tooCommon, minShared, minSimilarity } = options;
  const index = new Map<string, number[]>();
  for (const i of members) {
    for (const t of items[i]!.terms) {
      const posting = index.get(t);
      if (posting) posting.push(i);
      else index.set(t, [i]);
    }
  }
  // Shared-term counts of the current item with later ones, and which items those are.
  const shared = new Int32Array(items.length);
  const sharing: number[] = [];
  for (const i of members) {
    const item = items[i]!;
    for (const t of item.terms) {
      const posting = index.get(t)!;
      if (posting.length > tooCommon) continue;
      for (const j of posting) if (j > i && items[j]!.article !== item.article && shared[j]!++ === 0) sharing.push(j);
    }
    for (const j of sharing) {
      const count = shared[j]!;
      shared[j] = 0;
      const similarity = count / Math.sqrt(item.terms.size * items[j]!.terms.size);
      if (count >= minShared && similarity >= minSimilarity) link(i, j);
    }
    sharing.length = 0;
  }
}
