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
  // Items are numbered by their position in `members` (ascending like the indexes, so `j > i` means the same),
  // and each one's postings are kept in its terms' order: the second pass reads no set and no map, and its
  // scratch arrays are sized to the members rather than to all the items.
  const count = members.length;
  const articleOf = new Int32Array(count);
  const sizeOf = new Int32Array(count);
  const index = new Map<string, number[]>();
  const postingsOf: number[][] = [];
  const firstPosting = new Int32Array(count + 1);
  for (let k = 0; k < count; k++) {
    const item = items[members[k]!]!;
    articleOf[k] = item.article;
    sizeOf[k] = item.terms.size;
    for (const t of item.terms) {
      let posting = index.get(t);
      if (posting) posting.push(k);
      else index.set(t, (posting = [k]));
      postingsOf.push(posting);
    }
    firstPosting[k + 1] = postingsOf.length;
  }
  // Shared-term counts of the current item with later ones, and which items those are.
  const shared = new Int32Array(count);
  const sharing: number[] = [];
  for (let k = 0; k < count; k++) {
    const article = articleOf[k]!;
    for (let p = firstPosting[k]!; p < firstPosting[k + 1]!; p++) {
      const posting = postingsOf[p]!;
      if (posting.length > tooCommon) continue;
      for (const l of posting) if (l > k && articleOf[l] !== article && shared[l]!++ === 0) sharing.push(l);
    }
    for (const l of sharing) {
      const together = shared[l]!;
      shared[l] = 0;
      if (together >= minShared && together / Math.sqrt(sizeOf[k]! * sizeOf[l]!) >= minSimilarity) link(members[k]!, members[l]!);
    }
    sharing.length = 0;
  }
}
