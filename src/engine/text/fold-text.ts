/**
 * Text folding shared by every comparison in the engine: accents, case and punctuation removed,
 * so that "Séjourné" meets "Sejourne" and "NATO's" meets "nato s".
 */

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

/** {@link textToWords} for plain text (see {@link isPlainText}), by scanning instead of normalising and matching. */
function plainTextToWords(text: string): string[] {
  const lower = text.toLowerCase();
  const words: string[] = [];
  let i = 0;
  while (i < lower.length) {
    if (!isLetterOrDigit(lower.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < lower.length && isLetterOrDigit(lower.charCodeAt(i))) i++;
    let straight = true;
    while (i + 1 < lower.length && isApostrophe(lower.charCodeAt(i)) && isLetter(lower.charCodeAt(i + 1))) {
      if (lower.charCodeAt(i) !== 0x27) straight = false;
      i++;
      while (i < lower.length && isLetter(lower.charCodeAt(i))) i++;
    }
    const word = lower.slice(start, i);
    words.push(straight ? word : word.replace(/[\u2018\u2019\u201b`]/g, "'"));
  }
  return words;
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

const NAME_PREFIXES = new Set(['the', 'a', 'an', 'mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'mx']);
