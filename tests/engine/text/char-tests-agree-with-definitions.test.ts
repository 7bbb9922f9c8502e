/**
 * The character tests of src/engine/text give what their plain definitions give: `isUpperCase` as upper-casing,
 * `charClass` as the regular expressions, `foldText`'s ASCII shortcut as the full NFKD fold, and a word sieve lets
 * every word of its list through.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ALNUM, CAP, LETTER, LETTER_OR_NUMBER, SPACE, UPPER, WORD, charClass } from '../../../src/engine/text/char-class.ts';
import { foldText } from '../../../src/engine/text/fold-text.ts';
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

describe('foldText', () => {
  /** The fold without its ASCII shortcut. */
  const fullFold = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[\u2018\u2019\u201b`´]/g, "'");

  test.each(['', 'Said', 'It`s', 'NATO’s', 'Élysée', 'Stéphane Séjourné’s', 'a´b', 'İstanbul', 'ＡＢＣ'])('folds %j as the full fold does', (text) => {
    expect(foldText(text)).toBe(fullFold(text));
  });

  test('folds any text as the full fold does', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => foldText(text) === fullFold(text)));
    fc.assert(fc.property(fc.string(), (text) => foldText(text) === fullFold(text)));
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
