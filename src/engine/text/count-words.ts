import { SPACE, charClass } from './char-class.ts';

/**
 * Counts the pieces of text between runs of white space. A scanner over code-unit tables that
 * avoided building the array was here; it made neither `processArticle` nor `buildDigest` faster
 * (1,500 generated articles: digest 636 ms with it, 619 ms without, median; 2026-12-06; the same
 * A/B of identical code differs by as much).
 *
 * @param text Any string.
 * @example
 * countWords('Mr Macron said so.') // => 4
 * countWords('') // => 1, like ''.split(/\s+/)
 */
export function countWords(text: string): number {
  return text.split(/\s+/).length;
}

/**
 * {@link countWords} capped at `limit`: it stops reading at the piece that reaches the limit. Stages that only
 * compare a count with a small bound ("fewer than five words") ask this, which costs little on a long sentence;
 * splitting the whole sentence to count its words was 1% of `processArticle` (profile of `npm run bench:engine`,
 * round 37).
 *
 * @param text Any string.
 * @param limit The largest count wanted.
 * @example
 * countWordsUpTo('Mr Macron said so on Monday.', 5) // => 5
 * countWordsUpTo('Mr Macron said so.', 5) // => 4
 * countWordsUpTo(' a ', 5) // => 3, like ' a '.split(/\s+/)
 */
export function countWordsUpTo(text: string, limit: number): number {
  let pieces = 1;
  let inSpace = false;
  for (let i = 0; i < text.length && pieces < limit; i++) {
    const space = (charClass(text.charCodeAt(i)) & SPACE) !== 0;
    if (space && !inSpace) pieces++;
    inSpace = space;
  }
  return Math.min(pieces, limit);
}

/**
 * The words of a text as runs of characters other than white space (what `text.split(/\s+/u).filter(Boolean).length`
 * counts), counted up to `limit`: rules that only compare the count of a quotation's words with a short length need not
 * split a long quotation to tell it is longer.
 *
 * @param text Any string.
 * @param limit The largest count wanted.
 * @example
 * countWordRunsUpTo(' the “reform” ', 7) // => 2
 * countWordRunsUpTo('We will fight on the beaches and on the landing grounds', 7) // => 7
 */
export function countWordRunsUpTo(text: string, limit: number): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length && words < limit; i++) {
    const space = (charClass(text.charCodeAt(i)) & SPACE) !== 0;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}
