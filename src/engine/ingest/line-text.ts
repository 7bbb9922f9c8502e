/**
 * Small conversions on single lines of article text, shared by the ingest stages.
 */
import { charClass, SPACE } from '../text/char-class.ts';
import { codeUnitClassifier } from '../text/code-unit-classifier.ts';

/**
 * Folds a line for lookup in a phrase list: lower case, straight quotes and dashes, single
 * spaces, without surrounding punctuation (a trailing ellipsis, colon or full stop).
 *
 * @example
 * lineToKey('  Loading   audio... ') // => 'loading audio'
 * lineToKey('READ MORE:') // => 'read more'
 */
export function lineToKey(line: string): string {
  const folded = foldKeyChars(line.toLowerCase());
  let start = 0;
  let end = folded.length;
  while (start < end && classifyEdge(folded.charCodeAt(start)) === 0) start++;
  while (end > start && classifyEdge(folded.charCodeAt(end - 1)) === 0) end--;
  return folded.slice(start, end);
}

/**
 * What `lineToKey` folds, by class: white space (runs become one space), then single quotes,
 * double quotes and dashes (each becomes its plain ASCII form).
 */
const KEY_CHARS = codeUnitClassifier([/^\s$/, /^[\u2018\u2019\u201b`´]$/, /^[\u201c\u201d\u201e]$/, /^[\u2010-\u2015]$/]);
const KEY_REPLACEMENTS = [' ', "'", '"', '-'];
/** White space only (class 0): what `collapseSpace` folds. */
const classifySpace = (code: number) => ((charClass(code) & SPACE) !== 0 ? 0 : -1);
/** Space, punctuation and symbols: what `lineToKey` trims from both ends (class 0). */
const classifyEdge = codeUnitClassifier([/^[\s\p{P}\p{S}]$/u]);

/**
 * White space other than the plain space: what `\s` matches, spelled out because a native scan
 * for a listed class is several times faster than for `[^\S ]` or a loop. The tests check the
 * list against `\s` on every code unit.
 */
const OTHER_SPACE = '\\t-\\r\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff';
/** Anything `lineToKey` folds: white space other than one plain space, a curly quote or a dash. */
const KEY_FOLDS = new RegExp(`[${OTHER_SPACE}\\u2018\\u2019\\u201b\`´\\u201c\\u201d\\u201e\\u2010-\\u2015]| [ ${OTHER_SPACE}]`);
/** Anything `collapseSpace` folds: white space other than one plain space. */
const SPACE_FOLDS = new RegExp(`[${OTHER_SPACE}]| [ ${OTHER_SPACE}]`);

/** Most lines have nothing to fold; one native scan tells so, and the loop runs only on the others. */
function foldKeyChars(lower: string): string {
  return KEY_FOLDS.test(lower) ? replaceChars(lower, KEY_CHARS, KEY_REPLACEMENTS) : lower;
}

/**
 * Replaces each character of class 1 or more by its replacement and each run of class 0 (white
 * space) by one space, in one pass that copies unchanged stretches whole. Returns the text itself
 * when nothing changes, which is the common case.
 */
function replaceChars(text: string, classify: (code: number) => number, replacements: readonly string[]): string {
  let out = '';
  let copied = 0;
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Printable ASCII other than space and backtick is never folded: the common case, decided without the table.
    if (code > 0x20 && code < 0x7f && code !== 0x60) {
      inSpace = false;
      continue;
    }
    const kind = classify(code);
    if (kind === -1) {
      inSpace = false;
    } else if (kind === 0) {
      if (inSpace) {
        out += text.slice(copied, i);
        copied = i + 1;
      } else {
        inSpace = true;
        if (code !== 0x20) {
          out += text.slice(copied, i) + ' ';
          copied = i + 1;
        }
      }
    } else {
      inSpace = false;
      out += text.slice(copied, i) + replacements[kind]!;
      copied = i + 1;
    }
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/**
 * Collapses runs of white space (including line breaks and no-break spaces) to one space and trims.
 *
 * @example
 * collapseSpace(' Mr  Macron\u00a0said \n') // => 'Mr Macron said'
 */
export function collapseSpace(text: string): string {
  return (SPACE_FOLDS.test(text) ? replaceChars(text, classifySpace, [' ']) : text).trim();
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
