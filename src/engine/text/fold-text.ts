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
  const words = foldText(text).match(/[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu);
  return words ?? [];
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
