/**
 * Character classes of single UTF-16 code units, each worked out once with the very test it stands for
 * (a Unicode regular expression or a case conversion) and then remembered: hand-written scanners use
 * them to do what a regular expression does, without its match objects.
 */

/** `[\p{L}\p{M}\p{N}]`: a letter, a combining mark or a number. */
export const ALNUM = 1;
/** `\p{Lu}`: an upper-case letter. */
export const UPPER = 2;
/** `\s`: white space or a line break. */
export const SPACE = 4;
/** A token starting with this unit is a word: it has a case, or it is a letter or a number. */
export const WORD = 8;
/** A word starting with this unit is capitalised: it changes in lower case and not in upper case. */
export const CAP = 16;
/** `\p{L}`: a letter. */
export const LETTER = 32;
/** `[\p{L}\p{N}]`: a letter or a number. */
export const LETTER_OR_NUMBER = 64;
const KNOWN = 128;

const classes = new Uint8Array(0x10000);

/**
 * The classes of one UTF-16 code unit as a bit set of the constants above. A lone surrogate is
 * classified as the one-unit string it is; scanners that must match whole code points leave text
 * with surrogates to regular expressions.
 *
 * @param unit A UTF-16 code unit (`text.charCodeAt(i)`).
 * @example
 * charClass(0x41) & UPPER // => UPPER ('A')
 * charClass(0x20) & SPACE // => SPACE (' ')
 * charClass(0x2019) & ALNUM // => 0 ('’')
 */
export function charClass(unit: number): number {
  const known = classes[unit]!;
  if (known !== 0) return known;
  const value = classify(String.fromCharCode(unit));
  classes[unit] = value;
  return value;
}

/**
 * True when a code unit is half of a surrogate pair (or a lone surrogate).
 *
 * @example
 * isSurrogate('😀'.charCodeAt(0)) // => true
 */
export function isSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdfff;
}

/**
 * True when every code unit of the text is ASCII: then folding is lower-casing and decomposition changes nothing.
 *
 * @example
 * isAscii('Macron') // => true
 * isAscii('Séjourné') // => false
 */
export function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) return false;
  return true;
}

function classify(c: string): number {
  const lower = c.toLowerCase();
  const upper = c.toUpperCase();
  const word = c !== lower || c !== upper || /[\p{L}\p{N}]/u.test(c);
  return (
    KNOWN |
    (/[\p{L}\p{M}\p{N}]/u.test(c) ? ALNUM : 0) |
    (/\p{Lu}/u.test(c) ? UPPER : 0) |
    (/\s/u.test(c) ? SPACE : 0) |
    (word ? WORD : 0) |
    (word && c !== lower && c === upper ? CAP : 0) |
    (/\p{L}/u.test(c) ? LETTER : 0) |
    (/[\p{L}\p{N}]/u.test(c) ? LETTER_OR_NUMBER : 0)
  );
}
