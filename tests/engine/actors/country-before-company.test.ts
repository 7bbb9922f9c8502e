/**
 * A company named with its country ("UK Coal") is one organisation, not a country's prefix and a surname; a country
 * before a title, a demonym, a plural or a hyphenated compound is not. The sentences are written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { tokenizeText } from '../../../src/engine/actors/01-tokenize-text.ts';
import { isCountryBeforeCompanyWord } from '../../../src/engine/actors/country-before-company.ts';
import { quotesOfLines } from '../../support/engine-stages.ts';

type Row = [text: string, speaker: string | null];

const speakers = (article: string): Row[] => quotesOfLines(article).map((q) => [q.text, q.speaker]);

describe('isCountryBeforeCompanyWord', () => {
  test.each<[string, string, number, number, number, boolean]>([
    ['a country abbreviation and one word', 'UK Lumber said so.', 0, 1, 1, true],
    ['a two-word country and one word', 'South Africa Lumber said so.', 0, 2, 2, true],
    ['a country and a title', 'UK Minister said so.', 0, 1, 1, false],
    ['a demonym and one word', 'British Lumber said so.', 0, 1, 1, false],
    ['a country and a name of two words', 'US Ann Roe said so.', 0, 1, 2, false],
    ['a country and a plural', 'UK Dentists said so.', 0, 1, 1, false],
    ['a country and a hyphenated compound', 'It topped the UK All-Time list.', 3, 4, 4, false],
  ])('%s', (_name, text, first, core, last, expected) => {
    expect(isCountryBeforeCompanyWord(tokenizeText(0, text, []).tokens, first, core, last)).toBe(expected);
  });
});

describe('a company named with its country speaks whole', () => {
  test.each<[string, string, Row[]]>([
    ['as the subject of "said"', 'UK Lumber said it was making "real headway" with its sale.', [['real headway', 'UK Lumber']]],
    ['after "Shares in"', 'Shares in UK Timber fell. UK Timber said the year had been "very hard".', [['very hard', 'UK Timber']]],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });

  test('a country before a title and a name still names the person', () => {
    expect(speakers('UK Minister Ann Roe said it was "a fair deal".')).toEqual([['a fair deal', 'Ann Roe']]);
  });
});
