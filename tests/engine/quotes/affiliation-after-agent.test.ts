/**
 * A person's place of work after the person who ends an inverted attribution (issue 13, round 38): "…, said NAME at
 * FIRM on Thursday." is NAME's, as "…, said NAME on Thursday." is. News-shaped sentences written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

type Row = [text: string, speaker: string | null];

const speakersOf = (article: string): Row[] => quotesOfLines(article).map((q) => [q.text, q.speaker]);

describe('an affiliation after the person ending an attribution', () => {
  test.each<[string, string, Row[]]>([
    ['“at FIRM” and a day', 'Given the cost, "slowing supply growth" is a certainty, said Dan Roe at Harlow Brothers on Thursday.', [['slowing supply growth', 'Dan Roe']]],
    ['“at” a firm named like a person', 'Given the cost, "slower growth" is a certainty, said Dan Roe at Harlow Lynch on Thursday.', [['slower growth', 'Dan Roe']]],
    ['“of” a body', 'Given the cost, "higher fares" are likely, said Ann Lee of Harlow Brothers.', [['higher fares', 'Ann Lee']]],
    ['a clause after the affiliation is no attribution ending', 'Given the cost, "higher fares" are likely, said Ann Lee at Harlow Brothers, which sells them.', [['higher fares', null]]],
  ])('%s', (_name, article, expected) => {
    expect(speakersOf(article)).toEqual(expected);
  });
});
