/**
 * Jaccard similarity of two sets: shared members over all members. Iterates the smaller set.
 *
 * @example
 * jaccard(new Set(['a', 'b']), new Set(['b', 'c'])) // => 0.3333333333333333
 * jaccard(new Set(), new Set([1])) // => 0
 */
export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return 0;
  let shared = 0;
  for (const x of small) if (large.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

/**
 * Jaccard similarity of two sets given as ascending arrays of distinct numbers (such as sorted hashes):
 * the same value {@link jaccard} gives for the sets, in one merge pass.
 *
 * @example
 * sortedJaccard(Uint32Array.of(1, 2), Uint32Array.of(2, 3)) // => 0.3333333333333333
 */
export function sortedJaccard(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length === 0 || b.length === 0) return 0;
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i]! < b[j]!) i++;
    else if (a[i]! > b[j]!) j++;
    else {
      shared++;
      i++;
      j++;
    }
  }
  return shared / (a.length + b.length - shared);
}
