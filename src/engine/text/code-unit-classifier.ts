/**
 * Remembers which of a few one-character patterns each UTF-16 code unit matches, so that loops
 * over a line's characters read a table instead of running regexes per character.
 */

/**
 * Turns patterns for one character into a classifier of character codes. The class of a code is
 * the index of the first pattern that matches `String.fromCharCode(code)`, or -1 when none does;
 * it is worked out from the patterns on first use and remembered.
 *
 * @param patterns Patterns anchored at both ends that match one character, without the `g` or `y` flag.
 * @returns A classifier of code units (0 to 0xFFFF).
 * @example
 * const classify = codeUnitClassifier([/^\s$/, /^[.,]$/]);
 * classify(0xa0) // => 0 (no-break space)
 * classify(0x2c) // => 1 (comma)
 * classify(0x41) // => -1
 */
export function codeUnitClassifier(patterns: readonly RegExp[]): (code: number) => number {
  // 0 is "not worked out yet"; otherwise the class plus 2.
  const known = new Uint8Array(0x10000);
  return (code) => {
    let stored = known[code]!;
    if (stored === 0) {
      const char = String.fromCharCode(code);
      known[code] = stored = patterns.findIndex((pattern) => pattern.test(char)) + 2;
    }
    return stored - 2;
  };
}
