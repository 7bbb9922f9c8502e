/**
 * The passive "NAME was quoted in OUTLET saying" (issue 13, round 19): the words are the passive subject's; the outlet
 * after "in" or "by" is only where they appeared. News-shaped sentences written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

type Row = [text: string, speaker: string | null];

const speakersOf = (article: string): Row[] => quotesOfLines(article).map((q) => [q.text, q.speaker]);

describe('"NAME was quoted in|by OUTLET saying": the passive subject speaks', () => {
  test.each<[string, string, Row[]]>([
    [
      '"was quoted in the NEWSPAPER saying:"',
      'Council candidate Tom Rudd has stood down.\nMr Rudd was quoted in the Evening Post saying: "We will close half the libraries."',
      [['We will close half the libraries.', 'Tom Rudd']],
    ],
    [
      '"was quoted by AGENCY saying"',
      'Trade minister Ann Colby spoke in Geneva.\nMs Colby was quoted by Reuters saying: "The talks are over for this year."',
      [['The talks are over for this year.', 'Ann Colby']],
    ],
    [
      'an active "told the NEWSPAPER" is unchanged',
      'Council candidate Tom Rudd has stood down.\nMr Rudd told the Evening Post: "We will close half the libraries."',
      [['We will close half the libraries.', 'Tom Rudd']],
    ],
    [
      'an active "OUTLET quoted SOMEONE saying": no passive frame, the one quoted speaks',
      'Council candidate Tom Rudd has stood down.\nThe Evening Post quoted a council officer saying: "We will close half the libraries."',
      [['We will close half the libraries.', 'council officer']],
    ],
  ])('%s', (_name, article, expected) => {
    expect(speakersOf(article)).toEqual(expected);
  });
});
