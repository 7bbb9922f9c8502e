/**
 * The passive "NAME was quoted in OUTLET saying" (issue 13, round 19): the words are the passive subject's; the outlet
 * after "in" or "by" is only where they appeared; so are the words of "NAME was heard|caught|filmed saying" (round 39).
 * News-shaped sentences written for these tests.
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
    [
      '"was heard saying" a partial quote: the one heard speaks',
      'Council candidate Tom Rudd has stood down.\nMr Rudd was heard saying he was tired of "carrying the whole ward".',
      [['carrying the whole ward', 'Tom Rudd']],
    ],
    [
      '"is heard asking" past a fronted phrase with a comma',
      'Council candidate Tom Rudd has stood down.\nOn the tape, Mr Rudd is heard asking a voter if she is "one of the troublemakers".',
      [['one of the troublemakers', 'Tom Rudd']],
    ],
    [
      'a long fronted phrase hides the subject: the person right before "was caught"',
      'Council candidate Tom Rudd has stood down.\nLater in unguarded remarks at a dinner in the town hall, Mr Rudd was caught on camera saying: "We will close half the libraries."',
      [['We will close half the libraries.', 'Tom Rudd']],
    ],
    [
      'an active "heard NAME saying": the one heard speaks, not the hearer',
      'Council candidate Tom Rudd has stood down.\nMr Rudd said he heard Ann Colby saying "the ward is finished".',
      [['the ward is finished', 'Ann Colby']],
    ],
  ])('%s', (_name, article, expected) => {
    expect(speakersOf(article)).toEqual(expected);
  });
});
