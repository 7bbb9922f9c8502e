/**
 * A cheap first test for membership in a word list: most words of a text fail on their length, their
 * first or their last character, without the hash a `Set` look-up computes for every new string.
 */

/** Tells whether a word may be in the list: false means it is not; true means look it up. */
export type WordSieve = (word: string) => boolean;

/**
 * Builds the sieve of a word list.
 *
 * @param words The list (the words as they will be looked up, e.g. folded).
 * @example
 * const mayBeHead = createWordSieve(['official', 'aide']);
 * mayBeHead('officials') // => false (no listed word ends in "s")
 * mayBeHead('report') // => false (no listed word starts with "r")
 * mayBeHead('aide') // => true
 */
export function createWordSieve(words: Iterable<string>): WordSieve {
  const ends = new Uint8Array(0x10000);
  let shortest = Infinity;
  let longest = 0;
  for (const word of words) {
    if (word.length === 0) return () => true;
    shortest = Math.min(shortest, word.length);
    longest = Math.max(longest, word.length);
    ends[word.charCodeAt(0)]! |= FIRST;
    ends[word.charCodeAt(word.length - 1)]! |= LAST;
  }
  return (word) => word.length >= shortest && word.length <= longest && (ends[word.charCodeAt(0)]! & FIRST) !== 0 && (ends[word.charCodeAt(word.length - 1)]! & LAST) !== 0;
}

const FIRST = 1;
const LAST = 2;
