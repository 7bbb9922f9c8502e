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
  const slug = textToWords(name)
    .join('-')
    .replace(/'/g, '')
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  return slug || 'unnamed';
}
