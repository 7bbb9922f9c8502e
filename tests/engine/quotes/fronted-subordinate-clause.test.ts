/**
 * "When NAME confesses to the murder, the narrator assures him … “…”": a verb of saying inside a subordinate clause that
 * opens the sentence, with the main clause's own words between its comma and the quote, does not give the quote to its
 * subject (issue 13, round 38). News-shaped sentences written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

type Row = [text: string, speaker: string | null];

const speakersOf = (article: string): Row[] => quotesOfLines(article).map((q) => [q.text, q.speaker]);

describe('inFrontedSubordinateClause', () => {
  test.each<[string, string, Row[]]>([
    [
      '"When NAME confessed …, the coach assured him … “…”": nobody',
      'Tom Vance runs the club.\nWhen Mr Vance confessed to the theft, the coach assured him all would be well, because "nobody saw it".',
      [['nobody saw it', null]],
    ],
    [
      '"But after NAME announced the cuts, shares fell by “…”": nobody',
      'Ann Hale runs the firm.\nBut after Ms Hale announced the cuts, shares fell by "a staggering" fifth.',
      [['a staggering', null]],
    ],
    [
      '"If, as NAME says, the rent is “…”": the one who says',
      'Ann Hale runs the shop.\nIf, as Ms Hale says, the rent is "far too high", the shop will close.',
      [['far too high', 'Ann Hale']],
    ],
    [
      '"As NAME put it, “…”": the one who put it',
      'Ann Hale runs the shop.\nAs Ms Hale put it, "the rent is too high".',
      [['the rent is too high', 'Ann Hale']],
    ],
    [
      '"As NAME said, residents must “…”": the one who said',
      'Ann Hale runs the shop.\nAs Ms Hale said, residents must "pay their share" of the repairs.',
      [['pay their share', 'Ann Hale']],
    ],
    [
      '"When asked …, NAME said it was “…”": the main clause\'s speaker',
      'Ann Hale runs the shop.\nWhen asked about the rent, Ms Hale said it was "far too high".',
      [['far too high', 'Ann Hale']],
    ],
  ])('%s', (_label, article, rows) => {
    expect(speakersOf(article)).toEqual(rows);
  });
});
