/**
 * True when upper-casing leaves the text as it is. An ASCII scan that skipped building the upper-case
 * copy was here; an A/B of the whole engine showed no gain (processArticle 871 µs an article with it,
 * 829 µs without, fastest of 60 rounds, 2026-12-06; the same A/B of identical code differs by as much),
 * so the plain form stays.
 *
 * @param text Any string.
 * @example
 * isUpperCase('NATO') // => true
 * isUpperCase('Nato') // => false
 * isUpperCase('2024 –') // => true
 */
export function isUpperCase(text: string): boolean {
  return text === text.toUpperCase();
}
