/**
 * Each reader of src/engine/text gives what its plain definition gives: word counts and words as hand
 * tables, word hashes as hashing the folded words, the shared term reader and memories as reading afresh,
 * `sortedJaccard` as the similarity of the sets.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { countWordRunsUpTo, countWords, countWordsUpTo } from '../../../src/engine/text/count-words.ts';
import { foldText, textToWordHashes, textToWords, wordToHash } from '../../../src/engine/text/fold-text.ts';
import { memoizeText } from '../../../src/engine/text/memoize-text.ts';
import { contentTerms, createContentTermReader, wordsToTerms } from '../../../src/engine/text/normalise-terms.ts';
import { sortedJaccard } from '../../../src/engine/text/jaccard.ts';
import { createTextMemory } from '../../../src/engine/text/text-memory.ts';

/** The words as the regular expression over folded text finds them. */
const foldedWords = (text: string) => foldText(text).match(/[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu) ?? [];

const hardTexts = [
  'Mr Macron said so.',
  '“Nothing should be ruled out,” he said.',
  "NATO's plan and the U.S.-led talks",
  'rock`n`roll, 90’s music, ‘quoted’ and ‛odd’',
  'x9’y a’1 don’t',
  'Séjourné’s visit',
  'ﬁnal ½ price — K…',
  'ΟΔΟΣ. Και',
  'no\u00a0break «guillemets» and ´accent',
  "ROCK’N’ROLL it's' 'quoted' a'' b''c",
  "end' 9'a 9'9 A'B'C' x`Y`z",
  'TESTS’ ALL-CAPS—DASH…and\nlines\n',
  "'",
  '',
];

describe('countWords', () => {
  test.each([
    ['', 1],
    [' ', 2],
    ['a', 1],
    [' a  b ', 4],
    ['a\u00a0b\ufeffc', 3],
    ['Mr Macron said on Monday.', 5],
  ])('counts %j as %i pieces, as split(/\\s+/) does', (text, count) => {
    expect(countWords(text)).toBe(count);
  });
});

describe('countWordsUpTo', () => {
  test.each(hardTexts.flatMap((text) => [1, 2, 5, 100].map((limit): [string, number] => [text, limit])))('counts %j as split(/\\s+/) does, up to %i', (text, limit) => {
    expect(countWordsUpTo(text, limit)).toBe(Math.min(text.split(/\s+/).length, limit));
  });

  test('agrees with splitting on any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), fc.integer({ min: 1, max: 12 }), (text, limit) => countWordsUpTo(text, limit) === Math.min(text.split(/\s+/).length, limit)));
  });
});

describe('countWordRunsUpTo', () => {
  test.each(hardTexts.flatMap((text) => [1, 2, 5, 100].map((limit): [string, number] => [text, limit])))('counts the non-empty pieces of %j up to %i', (text, limit) => {
    expect(countWordRunsUpTo(text, limit)).toBe(Math.min(text.split(/\s+/u).filter(Boolean).length, limit));
  });

  test('agrees with splitting on any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), fc.integer({ min: 1, max: 12 }), (text, limit) => countWordRunsUpTo(text, limit) === Math.min(text.split(/\s+/u).filter(Boolean).length, limit)));
  });
});

describe('textToWords', () => {
  test.each<[string, string[]]>([
    ['Mr Macron said so.', ['mr', 'macron', 'said', 'so']],
    ['“Nothing should be ruled out,” he said.', ['nothing', 'should', 'be', 'ruled', 'out', 'he', 'said']],
    ["NATO's plan and the U.S.-led talks", ["nato's", 'plan', 'and', 'the', 'u', 's', 'led', 'talks']],
    ['Séjourné’s visit', ["sejourne's", 'visit']],
    ['rock`n`roll, 90’s music', ["rock'n'roll", "90's", 'music']],
    ['x9’y a’1 don’t', ["x9'y", 'a', '1', "don't"]],
    ['ﬁnal ½ price', ['final', '1', '2', 'price']],
    ["'", []],
    ['', []],
  ])('finds the folded words of %j', (text, words) => {
    expect(textToWords(text)).toEqual(words);
  });
});

describe('textToWordHashes', () => {
  test.each(hardTexts)('hashes the words of %j in order', (text) => {
    expect(textToWordHashes(text)).toEqual(foldedWords(text).map(wordToHash));
  });

  test('hashes a word alike whatever its case, accents or apostrophe', () => {
    expect(textToWordHashes('SÉJOURNÉ’S')).toEqual(textToWordHashes("sejourne's"));
  });
});

describe('wordToHash', () => {
  test('gives the 32-bit FNV-1a hash', () => {
    expect(wordToHash('a')).toBe(0xe40c292c);
  });
});

describe('createContentTermReader', () => {
  test.each([
    [['nothing', 'should', 'be', 'ruled', 'out']],
    [['ruled']],
    [['everything', 'that', 'is', 'necessary', 'now']],
    [['rule', 'out', 'the', 'a', 'x', 'troops']],
  ])('reads %j as contentTerms(wordsToTerms(words))', (words) => {
    expect(createContentTermReader()(words)).toEqual(contentTerms(wordsToTerms(words)));
  });
});

describe('memoizeText', () => {
  test('converts each distinct text once', () => {
    let calls = 0;
    const length = memoizeText((text) => (calls++, text.length));
    expect([length('ab'), length('ab'), length('abc')]).toEqual([2, 2, 3]);
    expect(calls).toBe(2);
  });
});

describe('createTextMemory', () => {
  test('gives the same content terms with a reader shared by other memories', () => {
    const texts = ['Nothing should be ruled out', 'They ruled', 'out of the question, everything that is necessary', 'the a x'];
    const shared = createContentTermReader();
    const first = createTextMemory(shared);
    const second = createTextMemory(shared);
    for (const text of texts) first.contentTerms(text);
    for (const text of [...texts].reverse()) expect(second.contentTerms(text)).toEqual(createTextMemory().contentTerms(text));
  });
});

describe('sortedJaccard', () => {
  test.each<[number[], number[]]>([
    [[1, 2], [2, 3]],
    [[1, 2, 3], [1, 2, 3]],
    [[], [1]],
    [[5], [6]],
  ])('gives %j and %j the similarity of the sets', (a, b) => {
    const shared = a.filter((x) => b.includes(x)).length;
    expect(sortedJaccard(Uint32Array.from(a), Uint32Array.from(b))).toBe(a.length && b.length ? shared / (a.length + b.length - shared) : 0);
  });
});
