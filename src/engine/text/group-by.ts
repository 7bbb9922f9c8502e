/**
 * Groups items by a key, keeping their order within each group and the order in which keys first appear.
 *
 * @example
 * groupBy(['apple', 'avocado', 'banana'], (s) => s[0]) // => Map { 'a' => ['apple', 'avocado'], 'b' => ['banana'] }
 */
export function groupBy<T, K>(items: Iterable<T>, key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
