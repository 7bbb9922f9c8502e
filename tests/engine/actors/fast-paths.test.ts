import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ALNUM, CAP, LETTER, LETTER_OR_NUMBER, SPACE, UPPER, WORD, charClass } from '../../../src/engine/text/char-class.ts';
import { isUpperCase } from '../../../src/engine/text/is-upper-case.ts';
import { createWordSieve } from '../../../src/engine/text/word-sieve.ts';
import { ANONYMOUS_HEADS, COMMON_WORDS } from '../../../src/engine/actors/load-lexicons.ts';

describe('isUpperCase', () => {
  test.each(['', 'NATO', 'Nato', 'U.S.', '2024 –', 'ÉTATS', 'États', 'straße', 'STRASSE', 'ǅ', 'ΣΑΣ', 'a', 'A😀', 'İ'])('tells whether %j is its own upper case', (text) => {
    expect(isUpperCase(text)).toBe(text === text.toUpperCase());
  });

  test('agrees with upper-casing on any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => isUpperCase(text) === (text === text.toUpperCase())));
  });
});

describe('charClass', () => {
  test('gives every code unit the classes its regular expressions and case tests give it', () => {
    for (let unit = 0; unit < 0x10000; unit += unit < 0x3000 ? 1 : 7) {
      const c = String.fromCharCode(unit);
      const f = charClass(unit);
      const word = c !== c.toLowerCase() || c !== c.toUpperCase() || /[\p{L}\p{N}]/u.test(c);
      expect([unit, (f & ALNUM) !== 0, (f & UPPER) !== 0, (f & SPACE) !== 0, (f & WORD) !== 0, (f & CAP) !== 0, (f & LETTER) !== 0, (f & LETTER_OR_NUMBER) !== 0]).toEqual([
        unit,
        /[\p{L}\p{M}\p{N}]/u.test(c),
        /\p{Lu}/u.test(c),
        /\s/u.test(c),
        word,
        word && c !== c.toLowerCase() && c === c.toUpperCase(),
        /\p{L}/u.test(c),
        /[\p{L}\p{N}]/u.test(c),
      ]);
    }
  });
});

describe('createWordSieve', () => {
  test.each([
    ['anonymous heads', ANONYMOUS_HEADS],
    ['common words', COMMON_WORDS],
  ])('lets every word of the %s through', (_name, words) => {
    const mayBeIn = createWordSieve(words);
    for (const word of words) expect(mayBeIn(word)).toBe(true);
  });

  test.each([['the'], ['said'], ['budget'], ['']])('stops %j, which is no anonymous head', (word) => {
    expect(createWordSieve(ANONYMOUS_HEADS)(word)).toBe(false);
  });

  test('lets everything through for a list holding the empty word', () => {
    expect(createWordSieve(['', 'aide'])('zzz')).toBe(true);
  });
});
