import { charClass, SPACE } from './char-class.ts';

/**
 * Counts the pieces of text between runs of white space: the length of `text.split(/\s+/)`,
 * without building the array.
 *
 * @param text Any string.
 * @example
 * countWords('Mr Macron said so.') // => 4
 * countWords('') // => 1, like ''.split(/\s+/)
 */
export function countWords(text: string): number {
  let count = 1;
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const space = (charClass(text.charCodeAt(i)) & SPACE) !== 0;
    if (space && !inSpace) count++;
    inSpace = space;
  }
  return count;
}
