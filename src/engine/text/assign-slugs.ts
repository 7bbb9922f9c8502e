import { hashText } from '../hash-text.ts';

/** One item's claim on a slug. */
export interface SlugClaim {
  /** What identifies the item whatever else is in the set (a file name, an actor's merge key, a story's first article). */
  key: string;
  /** The slug the item's name gives ({@link nameToSlug}). */
  slug: string;
  /** True when the item may have the slug as it is; otherwise it always carries a hash of its key. */
  plain: boolean;
}

/**
 * Gives every item a unique slug without counting through the set, so that an item's address never
 * depends on how many other items came before it. Plain claims keep their slug, the first in the order
 * given winning a slug two of them claim; every other claim gets its slug followed by the first 6 hex
 * digits of its key's hash (16 in the unlikely case that those are taken too).
 *
 * @param claims Claims in order of precedence; keys are unique.
 * @returns Slug by key.
 * @example
 * assignSlugs([
 *   { key: 'same-name.md', slug: 'same-name', plain: true },
 *   { key: 'Same Name.md', slug: 'same-name', plain: false },
 * ]) // => Map { 'same-name.md' => 'same-name', 'Same Name.md' => 'same-name-d6877f' }
 */
export function assignSlugs(claims: readonly SlugClaim[]): Map<string, string> {
  const slugs = new Map<string, string>();
  const used = new Set<string>();
  // Plain slugs first, so that a hashed slug never takes the place of a file named like it.
  for (const { key, slug, plain } of claims) {
    if (!plain || used.has(slug)) continue;
    used.add(slug);
    slugs.set(key, slug);
  }
  for (const { key, slug } of claims) {
    if (slugs.has(key)) continue;
    const hash = hashText(key);
    let unique = `${slug}-${hash.slice(0, 6)}`;
    if (used.has(unique)) unique = `${slug}-${hash}`;
    // Two keys with the same 64-bit hash: hashed again with the key's own text, never with a count of the others.
    for (let salt = key; used.has(unique); salt += key) unique = `${slug}-${hashText(salt + unique)}`;
    used.add(unique);
    slugs.set(key, unique);
  }
  return slugs;
}
