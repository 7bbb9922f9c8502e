/**
 * Counts with their noun, for page text.
 */

/**
 * Writes a number with the singular or plural noun.
 *
 * @param n The count.
 * @param one Noun for exactly one.
 * @param many Noun for any other count.
 * @example
 * formatCount(1, 'source', 'sources') // => '1 source'
 * formatCount(0, 'quote', 'quotes') // => '0 quotes'
 */
export function formatCount(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
