/**
 * A teller set off by commas after the verb, with where they work (issue 13, round 42c): "The comments, said NAME of
 * ORG in PLACE, were “…”" is NAME's, as "The comments, said NAME, were “…”" is; and a person set off after a role
 * with the place they are from: "The chairman of the panel, Ambassador NAME of PLACE, warned that …". News-shaped
 * sentences written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

type Row = [text: string, speaker: string | null];

const speakersOf = (article: string): Row[] => quotesOfLines(article).map((q) => [q.text, q.speaker]);

describe('a teller set off by commas, with where they work', () => {
  test.each<[string, string, Row[]]>([
    ['a bare name (as before)', 'The tariff cuts, said Mira Odell, were "far too timid".', [['far too timid', 'Mira Odell']]],
    ['“of” a body', 'The tariff cuts, said Mira Odell of Harbour Securities, were "far too timid".', [['far too timid', 'Mira Odell']]],
    ['a body, its kind and a city', 'The rate rise, said Piet Varga of Northmoor Grant bank in Zurich, was "overdue by a year".', [['overdue by a year', 'Piet Varga']]],
    ['a body and a city', 'The new levy, said Carla Weiss of Stenhouse Partners in Vienna, was "a blunt tool".', [['a blunt tool', 'Carla Weiss']]],
  ])('%s', (_name, article, expected) => {
    expect(speakersOf(article)).toEqual(expected);
  });

  test('records its rule when the aside names where the teller works', () => {
    const [quote] = quotesOfLines('The rate rise, said Piet Varga of Northmoor Grant bank in Zurich, was "overdue by a year".');
    expect(quote?.rule).toBe('set-off-teller');
  });
});

describe('a person set off after a role, with the place they are from', () => {
  test.each<[string, string, Row[]]>([
    ['a place', 'The head of the review board, Lena Morrow of Chile, warned that there was "a great deal left to fix".', [['a great deal left to fix', 'Lena Morrow']]],
    ['a title before the name', 'But the chair of the trade panel, Ambassador Oskar Lindqvist of Finland, said there was "no deal in sight".', [['no deal in sight', 'Oskar Lindqvist']]],
    ['the object of a verb is no appositive', 'Officials met Lena Morrow of Chile and warned that there was "a great deal left to fix".', [['a great deal left to fix', null]]],
  ])('%s', (_name, article, expected) => {
    expect(speakersOf(article)).toEqual(expected);
  });
});
