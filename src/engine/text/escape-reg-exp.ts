/**
 * Escapes the characters that have a meaning in a regular expression outside a character class, so that
 * lexicon phrases can be joined into one pattern (with or without the `u` flag).
 *
 * @example
 * escapeRegExp('Dr. (retd.)') // => 'Dr\\. \\(retd\\.\\)'
 * new RegExp(['a.m.', '+1'].map(escapeRegExp).join('|')).test('at 9 a.m.') // => true
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
