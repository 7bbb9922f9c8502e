/**
 * True when upper-casing leaves the text as it is. In ASCII only the letters a–z change, so ASCII text is read
 * without building its upper-case copy; other text is upper-cased and compared. (An A/B of this scan in 2026-12-06
 * showed no gain; the profile of `npm run bench:engine` in round 37 put the plain form at 1.2% of `processArticle`,
 * mostly the actor stages testing every word of a paragraph for capitals.)
 *
 * @param text Any string.
 * @example
 * isUpperCase('NATO') // => true
 * isUpperCase('Nato') // => false
 * isUpperCase('2024 –') // => true
 */
export function isUpperCase(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0x61 && unit <= 0x7a) return false;
    if (unit >= 0x80) return text === text.toUpperCase();
  }
  return true;
}
