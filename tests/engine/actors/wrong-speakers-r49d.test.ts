/**
 * Three shapes that gave quotes to a wrong speaker (issue 13, round 49, part 49d): the "as" of "quoted SOURCE as saying"
 * inside an unnamed source's description, a company named with its country ("UK Coal") cut to its last word, and a
 * film's title after "premiere of" taken for a person a later "he" resolves to. The sentences are written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { tokenizeText } from '../../../src/engine/actors/01-tokenize-text.ts';
import { isCountryBeforeCompanyWord } from '../../../src/engine/actors/country-before-company.ts';
import { followsShowingOfWork } from '../../../src/engine/actors/showing-of-work.ts';
import { actorsOfParagraphs, quotesOfLines } from '../../support/engine-stages.ts';

type Row = [text: string, speaker: string | null];

const speakers = (article: string): Row[] => quotesOfLines(article).map((q) => [q.text, q.speaker]);
const names = (article: string): string[] => actorsOfParagraphs(article).map((a) => a.name);

describe('an unnamed source described after its head ends before "as"', () => {
  test.each<[string, string, Row[]]>([
    [
      'quoted in a paper as saying',
      '"The deal is done," the Daily Herald quoted an insider at the bank as saying.',
      [['The deal is done,', 'insider at the bank']],
    ],
    [
      'a source in the talks, quoted as describing',
      'The weekly paper quoted a source in the negotiations as describing the offer as "far too low".',
      [['far too low', 'source in the negotiations']],
    ],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

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

describe('followsShowingOfWork', () => {
  test.each<[string, string, number, number, boolean]>([
    ['after "premiere of"', 'It was the premiere of Night Train.', 5, 6, true],
    ['after "sequel to"', 'It is the sequel to River Song.', 5, 6, true],
    ['a possessive after the name', "It was the premiere of Ann Roe's film.", 5, 6, false],
    ['after a capitalised noun', 'It was the Premiere of Night Train.', 5, 6, false],
  ])('%s', (_name, text, first, last, expected) => {
    expect(followsShowingOfWork(tokenizeText(0, text, []).tokens, first, last)).toBe(expected);
  });
});

describe('a film after "premiere of" is no speaker', () => {
  test('a later "he" does not resolve to the film', () => {
    const article = 'Film star Dan Orlov was at the London premiere of Night Train. The actor crossed a rope bridge, which he said was "terribly wobbly".';
    expect(names(article)).not.toContain('Night Train');
    expect(speakers(article).map(([, s]) => s)).not.toContain('Night Train');
  });

  test("the premiere of a person's film keeps the person", () => {
    expect(names("Ann Roe attended the premiere of Ann Roe's film on Friday.")).toContain('Ann Roe');
  });
});
