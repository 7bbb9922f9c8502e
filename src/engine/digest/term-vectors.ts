/**
 * Sparse term vectors for story grouping: term ids (small integers) with their weights.
 *
 * A vector keeps its terms in the order they were added, and every sum runs in that order: the order
 * fixes the exact floating-point results, so that the same articles always give the same stories.
 */

/** Term ids and their weights, in order. */
export interface TermVector {
  readonly ids: ArrayLike<number>;
  readonly weights: ArrayLike<number>;
}

/** Operations on the vectors of one vocabulary, sharing scratch arrays sized to it. */
export interface TermSpace {
  /** The dot product, summed in the order of the vector with fewer terms (the first when they have as many). */
  dot(a: TermVector, b: TermVector): number;
  /** The sum: `a`'s terms in their order, then `b`'s other terms in theirs. */
  add(a: TermVector, b: TermVector): TermVector;
}

/**
 * Creates the operations for vectors over term ids `0..size-1`.
 *
 * @param size Number of terms in the vocabulary.
 * @example
 * const space = createTermSpace(3);
 * space.dot({ ids: [0, 2], weights: [0.5, 1] }, { ids: [2], weights: [2] }) // => 2
 * space.add({ ids: [0, 2], weights: [0.5, 1] }, { ids: [1, 2], weights: [1, 1] }) // => { ids: [0, 2, 1], weights: [0.5, 2, 1] }
 */
export function createTermSpace(size: number): TermSpace {
  // Both scratch arrays are all zero between calls.
  const weightOf = new Float64Array(size);
  const positionOf = new Int32Array(size);
  return {
    dot(a, b) {
      const [small, large] = a.ids.length <= b.ids.length ? [a, b] : [b, a];
      for (let k = 0; k < large.ids.length; k++) weightOf[large.ids[k]!] = large.weights[k]!;
      let sum = 0;
      for (let k = 0; k < small.ids.length; k++) {
        const other = weightOf[small.ids[k]!]!;
        if (other !== 0) sum += small.weights[k]! * other;
      }
      for (let k = 0; k < large.ids.length; k++) weightOf[large.ids[k]!] = 0;
      return sum;
    },
    add(a, b) {
      const ids = Array.from(a.ids);
      const weights = Array.from(a.weights);
      for (let k = 0; k < ids.length; k++) positionOf[ids[k]!] = k + 1;
      for (let k = 0; k < b.ids.length; k++) {
        const id = b.ids[k]!;
        const at = positionOf[id]!;
        if (at > 0) weights[at - 1]! += b.weights[k]!;
        else {
          ids.push(id);
          weights.push(0 + b.weights[k]!);
        }
      }
      for (let k = 0; k < a.ids.length; k++) positionOf[a.ids[k]!] = 0;
      return { ids, weights };
    },
  };
}

/**
 * The Euclidean length of a vector, or 1 for the empty vector.
 *
 * @example
 * vectorNorm({ ids: [0, 1], weights: [3, 4] }) // => 5
 */
export function vectorNorm(v: TermVector): number {
  let sum = 0;
  for (let k = 0; k < v.weights.length; k++) sum += v.weights[k]! * v.weights[k]!;
  return Math.sqrt(sum) || 1;
}
