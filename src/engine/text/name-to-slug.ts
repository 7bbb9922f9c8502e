import { hashText } from '../hash-text.ts';
import { textToWords } from './fold-text.ts';

/**
 * Longest slug {@link nameToSlug} keeps before cutting. A cut slug gains a hyphen and 6 hex digits, and a
 * slug that two items claim gains up to 17 more ({@link assignSlugs}): every path segment stays under
 * 100 bytes, far below the 255 a file system allows.
 */
export const MAX_SLUG_LENGTH = 72;

/**
 * Turns a display name into a URL slug: folded words joined by hyphens, at most about 80 characters.
 * A longer slug is cut at the last hyphen that keeps it within {@link MAX_SLUG_LENGTH} and ends in the first
 * 6 hex digits of the full slug's hash, so two long names that start alike still differ.
 *
 * @param name A display name.
 * @returns A slug of `[a-z0-9-]`, or `unnamed` when nothing is left.
 * @example
 * nameToSlug('Stéphane Séjourné') // => 'stephane-sejourne'
 * nameToSlug('NATO official (anonymous)') // => 'nato-official-anonymous'
 * nameToSlug('council-members-voted-late-on-tuesday-to-delay-the-harbour-bridge-repairs-again-after-engineers-warned-that')
 * // => 'council-members-voted-late-on-tuesday-to-delay-the-harbour-bridge-182f7d'
 */
export function nameToSlug(name: string): string {
  return boundSlug(wordsToSlug(textToWords(name)));
}

function wordsToSlug(words: readonly string[]): string {
  const slug = words
    .join('-')
    .replace(/'/g, '')
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  return slug || 'unnamed';
}

/** Cuts a slug longer than {@link MAX_SLUG_LENGTH} at a word, and marks the cut with a hash of the whole. */
function boundSlug(slug: string): string {
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const cut = slug.lastIndexOf('-', MAX_SLUG_LENGTH);
  // A single word longer than the limit (a run of digits, say) is cut inside the word.
  const head = cut > 0 ? slug.slice(0, cut) : slug.slice(0, MAX_SLUG_LENGTH);
  return `${head}-${hashText(slug).slice(0, 6)}`;
}
