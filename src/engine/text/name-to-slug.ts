import { textToWords } from './fold-text.ts';

/**
 * Turns a display name into a URL slug: folded words joined by hyphens.
 *
 * @param name A display name.
 * @returns A slug of `[a-z0-9-]`, or `unnamed` when nothing is left.
 * @example
 * nameToSlug('Stéphane Séjourné') // => 'stephane-sejourne'
 * nameToSlug('NATO official (anonymous)') // => 'nato-official-anonymous'
 */
export function nameToSlug(name: string): string {
  const words = textToWords(name);
  if (words.every(isSlugWord)) return words.length === 0 ? 'unnamed' : words.map(withoutApostrophes).join('-');
  const slug = words
    .join('-')
    .replace(/'/g, '')
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  return slug || 'unnamed';
}

/**
 * A word of `[a-z0-9']` (and words never start with an apostrophe): once its apostrophes are gone,
 * the replacements above leave such words, joined by single hyphens, as they are.
 */
function isSlugWord(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x27)) return false;
  }
  return true;
}

function withoutApostrophes(word: string): string {
  return word.includes("'") ? word.replace(/'/g, '') : word;
}
