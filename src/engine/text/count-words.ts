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
    const space = isSpace(text.charCodeAt(i));
    if (space && !inSpace) count++;
    inSpace = space;
  }
  return count;
}

/** True for the characters of the regular expression class `\s` (white space and line terminators). */
function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
