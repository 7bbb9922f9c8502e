/**
 * Hashes text to a 16-hex-digit digest (two independent 32-bit FNV-1a passes).
 * Not cryptographic: it identifies article contents for caching and duplicate detection.
 *
 * @param text Any string.
 * @returns 16 lowercase hex digits.
 * @example
 * hashText('hello') // => 'a430d84680aabd0b' (always the same for the same input)
 */
export function hashText(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
