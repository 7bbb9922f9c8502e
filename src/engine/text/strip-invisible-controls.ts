/**
 * Bidirectional controls (`\p{Bidi_Control}`: U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069) and
 * zero-width characters (U+200B–U+200D, U+2060, U+FEFF). In a title or a name they only serve to make text
 * show other than it reads: a right-to-left override turns `gnp.exe` round, a zero-width space makes two
 * names that look alike differ.
 */
const INVISIBLE_CONTROLS = /[\p{Bidi_Control}\u200b-\u200d\u2060\ufeff]/gu;

/**
 * Removes bidirectional controls and zero-width characters from a title or a name (not from body text,
 * where a zero-width joiner holds emoji sequences together), and trims what is left.
 *
 * @param text A title, name, outlet, byline or role.
 * @example
 * stripInvisibleControls('Invoice \u202Efdp.exe') // => 'Invoice fdp.exe'
 * stripInvisibleControls('Emma\u200Bnuel Macron') // => 'Emmanuel Macron'
 */
export function stripInvisibleControls(text: string): string {
  return text.replace(INVISIBLE_CONTROLS, '').trim();
}
