/**
 * Text folding shared by every comparison in the engine: accents, case and punctuation removed,
 * so that "Séjourné" meets "Sejourne" and "NATO's" meets "nato s".
 */

import nameLeadData from '../lexicons/name-lead-words.json' with { type: 'json' };
import { isAscii } from './char-class.ts';

/**
 * Folds a string for comparison: NFKD, combining marks removed, lower case, curly apostrophes straightened.
 *
 * @example
 * foldText('Stéphane Séjourné’s') // => "stephane sejourne's"
 */
export function foldText(text: string): string {
  // ASCII without a backtick has nothing to decompose, no marks to remove and no apostrophe to straighten. The actor
  // tokenizer folds every token here: `npm run bench:engine`, three turns each, 923/1,019/630 articles/s with this
  // shortcut against 723/940/515 without (2026-12-06, shared machine).
  if (isAscii(text) && !text.includes('`')) return text.toLowerCase();
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
 * Hashes each word of a text as {@link textToWords} gives it (32-bit FNV-1a over its UTF-16 code units),
 * in order. A scanner that hashed plain ASCII text without building the words was here; it made neither
 * `processArticle` nor `buildDigest` faster (1,500 generated articles: 968 ms against 1,144 ms median for
 * the digest, 2026-12-06, same output; the same A/B of identical code differs by as much), so the
 * plain form stays.
 *
 * @example
 * textToWordHashes('Prices rose') // => [wordToHash('prices'), wordToHash('rose')]
 */
export function textToWordHashes(text: string): number[] {
  return textToWords(text).map(wordToHash);
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
