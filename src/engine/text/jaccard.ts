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
