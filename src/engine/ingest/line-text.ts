/**
 * Small conversions on single lines of article text, shared by the ingest stages.
 */

/**
 * Folds a line for lookup in a phrase list: lower case, straight quotes and dashes, single
 * spaces, without surrounding punctuation (a trailing ellipsis, colon or full stop).
 *
 * @example
 * lineToKey('  Loading   audio... ') // => 'loading audio'
 * lineToKey('READ MORE:') // => 'read more'
 */
export function lineToKey(line: string): string {
  const lower = line.toLowerCase();
  const folded = KEY_FOLDS.test(lower)
    ? lower
        .replace(/\s+/g, ' ')
        .replace(/[\u2018\u2019\u201b`´]/g, "'")
        .replace(/[\u201c\u201d\u201e]/g, '"')
        .replace(/[\u2010-\u2015]/g, '-')
    : lower;
  let start = 0;
  let end = folded.length;
  while (start < end && EDGE.test(folded[start]!)) start++;
  while (end > start && EDGE.test(folded[end - 1]!)) end--;
  return folded.slice(start, end);
}

/**
 * Anything `lineToKey` folds: white space other than one plain space, a curly quote or a dash. Most
 * lines have none, and this one test skips the four replacements: about 0.8 µs a line instead of
 * 1.5 µs on the 2,519 lines of the corpora (2026-12-06). The hand-written loop over code-unit tables
 * that was here saved about 0.2 µs more a call, at about 20 calls an article: under 1% of an
 * article's analysis, below the noise of `npm run bench:engine`, so the plain form stays.
 */
const KEY_FOLDS = /[^\S ]| \s|[\u2018\u2019\u201b`´\u201c\u201d\u201e\u2010-\u2015]/;
/** Space, punctuation and symbols (tested one UTF-16 code unit at a time): what `lineToKey` trims from both ends. */
const EDGE = /^[\s\p{P}\p{S}]$/u;

/**
 * Collapses runs of white space (including line breaks and no-break spaces) to one space and trims.
 *
 * @example
 * collapseSpace(' Mr  Macron\u00a0said \n') // => 'Mr Macron said'
 */
export function collapseSpace(text: string): string {
  return (SPACE_FOLDS.test(text) ? text.replace(/\s+/g, ' ') : text).trim();
}

/**
 * White space other than one plain space: most text has none, and this one test skips the
 * replacement (about 0.4 µs a line instead of 1.0 µs on the corpora's lines, 2026-12-06; the
 * hand-written loop saved 0.1 µs more, at about 30 calls an article).
 */
const SPACE_FOLDS = /[^\S ]| \s/;

/**
 * Counts words separated by spaces.
 *
 * @example
 * countWords('By Jane Doe') // => 3
 */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 0x20;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/**
 * True when a line ends as a sentence does: with a full stop or ellipsis, possibly inside
 * closing quotes or brackets. A final `?` or `!` does not count, since headlines use them.
 *
 * @example
 * endsWithFullStop('Mr Macron said “nothing should be excluded”.') // => true
 * endsWithFullStop('Will Nato send troops?') // => false
 */
export function endsWithFullStop(line: string): boolean {
  let end = line.length;
  while (end > 0 && CLOSING_CHARS.has(line[end - 1]!)) end--;
  const last = line[end - 1];
  return last === '.' || last === '…';
}

/** Closing quotes, brackets and spaces that may follow a sentence's full stop. */
const CLOSING_CHARS = new Set(['"', "'", '\u2018', '\u2019', '\u201c', '\u201d', ')', ']', '»', ' ', '\t']);

/**
 * Writes a name in title case when it is all capitals; other casing is kept as written.
 *
 * @example
 * nameToTitleCase('WEB DESK') // => 'Web Desk'
 * nameToTitleCase("JOHN O'NEIL") // => "John O'Neil"
 * nameToTitleCase('B.C. Begley') // => 'B.C. Begley'
 */
export function nameToTitleCase(name: string): string {
  if (/\p{Ll}/u.test(name)) return name;
  return name.toLowerCase().replace(/(^|[\s'’\-.])(\p{Ll})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/**
 * Joins names as a byline reads them.
 *
 * @example
 * joinNames(['Jane Doe']) // => 'Jane Doe'
 * joinNames(['Jane Doe', 'John Roe', 'Ann Poe']) // => 'Jane Doe, John Roe and Ann Poe'
 */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
