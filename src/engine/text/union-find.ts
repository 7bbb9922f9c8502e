/**
 * Disjoint sets over the integers `0..size-1`, for grouping items linked in pairs
 * (actors, quotes, sentences, articles) in near-linear time.
 *
 * @example
 * const sets = createUnionFind(3);
 * sets.union(0, 2);
 * sets.find(2) === sets.find(0) // => true
 */
export interface UnionFind {
  find(i: number): number;
  union(a: number, b: number): void;
  /** The groups, each sorted ascending, ordered by their smallest member. */
  groups(): number[][];
}

/**
 * Creates a union-find structure with path halving and union by size.
 *
 * @param size Number of items.
 * @example
 * createUnionFind(4).groups() // => [[0], [1], [2], [3]]
 */
export function createUnionFind(size: number): UnionFind {
  const parent = new Int32Array(size);
  for (let i = 0; i < size; i++) parent[i] = i;
  const weight = new Int32Array(size).fill(1);
  const find = (i: number): number => {
    let x = i;
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  return {
    find,
    union(a, b) {
      let ra = find(a);
      let rb = find(b);
      if (ra === rb) return;
      if (weight[ra]! < weight[rb]!) [ra, rb] = [rb, ra];
      parent[rb] = ra;
      weight[ra]! += weight[rb]!;
    },
    groups() {
      const byRoot = new Map<number, number[]>();
      for (let i = 0; i < size; i++) {
        const r = find(i);
        const g = byRoot.get(r);
        if (g) g.push(i);
        else byRoot.set(r, [i]);
      }
      return [...byRoot.values()];
    },
  };
}
