/**
 * "He said the man shouted: “…”": a verb of saying right before the colon of a direct quote, whose subject is a common
 * noun's phrase opening the clause another verb of saying reports, gives the words to that unnamed person, so nobody
 * here; the outer subject keeps the words of its own verb (issue 13, round 38). News-shaped sentences written for these
 * tests.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

type Row = [text: string, speaker: string | null];

const speakersOf = (article: string): Row[] => quotesOfLines(article).map((q) => [q.text, q.speaker]);

describe('the unnamed teller of a reported clause keeps the quote from the outer subject', () => {
  test.each<[string, string, Row[]]>([
    [
      'said the man shouted: nobody',
      'Mayor Tom Vance was jostled outside the town hall.\nHe said the man shouted: "You have ruined my street."',
      [['You have ruined my street.', null]],
    ],
    [
      'said that the angry driver yelled: nobody',
      'Mayor Tom Vance was jostled outside the town hall.\nMr Vance said that the angry driver yelled: "Get out of the road."',
      [['Get out of the road.', null]],
    ],
    [
      'a noun phrase after a preposition, then "but argued:": the outer subject',
      'Mayor Tom Vance spoke on Monday.\nMr Vance said he understood worries about the costume but argued: "The parade goes ahead."',
      [['The parade goes ahead.', 'Tom Vance']],
    ],
    [
      'the outer verb before the colon: the outer subject',
      'Mayor Tom Vance spoke on Monday.\nMr Vance told the crowd: "The parade goes ahead."',
      [['The parade goes ahead.', 'Tom Vance']],
    ],
    [
      'the inner subject a named person: that person',
      'Mayor Tom Vance spoke on Monday.\nMr Vance said Ann Hale replied: "The parade goes ahead."',
      [['The parade goes ahead.', 'Ann Hale']],
    ],
  ])('%s', (_label, article, rows) => {
    expect(speakersOf(article)).toEqual(rows);
  });
});
