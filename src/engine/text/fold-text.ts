/**
 * Text folding shared by every comparison in the engine: accents, case and punctuation removed,
 * so that "Séjourné" meets "Sejourne" and "NATO's" meets "nato s".
 */

import nameLeadData from '../lexicons/name-lead-words.json' with { type: 'json' };

/**
 * Folds a string for comparison: NFKD, combining marks removed, lower case, curly apostrophes straightened.
 *
 * @example
 * foldText('Stéphane Séjourné’s') // => "stephane sejourne's"
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201b`´]/g, "'");
}

/**
 * Splits text into folded word tokens (letters and digits; inner apostrophes kept).
 *
 * @example
 * textToWords('“Nothing should be ruled out,” he said.') // => ['nothing', 'should', 'be', 'ruled', 'out', 'he', 'said']
 */
export function textToWords(text: string): string[] {
  if (isPlainText(text)) return plainTextToWords(text);
  const words = foldText(text).match(/[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu);
  return words ?? [];
}

/**
 * True when folding can change nothing but ASCII case and apostrophes: ASCII, plus the quotation marks, dashes,
 * ellipsis and no-break space of news copy, none of which decomposes into a letter or a digit.
 */
function isPlainText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c === 0xa0 || c === 0xab || c === 0xbb || c === 0x2013 || c === 0x2014 || c === 0x2026) continue;
    if (c === 0x2018 || c === 0x2019 || c === 0x201b || c === 0x201c || c === 0x201d) continue;
    return false;
  }
  return true;
}

/** {@link textToWords} for plain text (see {@link isPlainText}). */
function plainTextToWords(text: string): string[] {
  const lower = text.toLowerCase();
  const words: string[] = [];
  scanPlainWords(text, (start, end, straight) => {
    const word = lower.slice(start, end);
    words.push(straight ? word : word.replace(/[\u2018\u2019\u201b`]/g, "'"));
  });
  return words;
}

/**
 * Hashes each word of a text as {@link textToWords} gives it (32-bit FNV-1a over its UTF-16 code units),
 * in order; for plain text without building the words.
 *
 * @example
 * textToWordHashes('Prices rose') // => [wordToHash('prices'), wordToHash('rose')]
 */
export function textToWordHashes(text: string): number[] {
  if (!isPlainText(text)) return textToWords(text).map(wordToHash);
  const hashes: number[] = [];
  scanPlainWords(text, (start, end) => {
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      const folded = c >= 0x41 && c <= 0x5a ? c + 0x20 : isApostrophe(c) ? 0x27 : c;
      h = Math.imul(h ^ folded, 0x01000193);
    }
    hashes.push(h >>> 0);
  });
  return hashes;
}

/**
 * The 32-bit FNV-1a hash of a word's UTF-16 code units.
 *
 * @example
 * wordToHash('a') // => 3826002220
 */
export function wordToHash(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * Finds the words of plain text as `[\p{L}\p{N}]+(?:'[\p{L}]+)*` finds them in its folded form, calling `visit` with
 * each word's offsets and whether its apostrophes (if any) are all straight.
 */
function scanPlainWords(text: string, visit: (start: number, end: number, straight: boolean) => void): void {
  let i = 0;
  while (i < text.length) {
    if (!isLetterOrDigit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && isLetterOrDigit(text.charCodeAt(i))) i++;
    let straight = true;
    while (i + 1 < text.length && isApostrophe(text.charCodeAt(i)) && isLetter(text.charCodeAt(i + 1))) {
      if (text.charCodeAt(i) !== 0x27) straight = false;
      i++;
      while (i < text.length && isLetter(text.charCodeAt(i))) i++;
    }
    visit(start, i, straight);
  }
}

function isLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

function isLetterOrDigit(c: number): boolean {
  return isLetter(c) || (c >= 0x30 && c <= 0x39);
}

/** The apostrophes {@link foldText} straightens, and the straight one. */
function isApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x60 || c === 0x2018 || c === 0x2019 || c === 0x201b;
}

/**
 * Folds a name for matching actors: words only, without leading articles and honorifics.
 *
 * @example
 * foldName('Mr. Emmanuel Macron') // => 'emmanuel macron'
 * foldName('The Kremlin') // => 'kremlin'
 */
export function foldName(name: string): string {
  const words = textToWords(name);
  let i = 0;
  while (i < words.length - 1 && NAME_PREFIXES.has(words[i]!)) i++;
  return words.slice(i).join(' ');
}

/** Articles and courtesy titles that may lead a name without being part of it. */
const NAME_PREFIXES: ReadonlySet<string> = new Set(nameLeadData.words);
