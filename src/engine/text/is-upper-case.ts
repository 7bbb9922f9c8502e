/**
 * True when upper-casing leaves the text as it is (`text === text.toUpperCase()`), without building
 * the upper-case copy for ASCII text: there only a to z change.
 *
 * @param text Any string.
 * @example
 * isUpperCase('NATO') // => true
 * isUpperCase('Nato') // => false
 * isUpperCase('2024 –') // => true
 */
export function isUpperCase(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return text === text.toUpperCase();
    if (c >= 0x61 && c <= 0x7a) return false;
  }
  return true;
}
