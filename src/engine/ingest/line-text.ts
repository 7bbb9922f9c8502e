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
  const folded = line
    .toLowerCase()
    .replace(/[\u2018\u2019\u201b`´]/g, "'")
    .replace(/[\u201c\u201d\u201e]/g, '"')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ');
  return trimEdges(folded, (char) => EDGE_CHAR.test(char));
}

/** Space, punctuation and symbols: what `lineToKey` trims from both ends. */
const EDGE_CHAR = /^[\s\p{P}\p{S}]$/u;

/**
 * Trims characters that match a test from both ends. A loop rather than a regex, so that long
 * runs of punctuation cost linear time.
 *
 * @example
 * trimEdges('«Hi!»', (c) => /\p{P}/u.test(c)) // => 'Hi'
 */
export function trimEdges(text: string, isEdge: (char: string) => boolean): string {
  let start = 0;
  let end = text.length;
  while (start < end && isEdge(text[start]!)) start++;
  while (end > start && isEdge(text[end - 1]!)) end--;
  return text.slice(start, end);
}

/**
 * Collapses runs of white space (including line breaks and no-break spaces) to one space and trims.
 *
 * @example
 * collapseSpace(' Mr  Macron\u00a0said \n') // => 'Mr Macron said'
 */
export function collapseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

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
