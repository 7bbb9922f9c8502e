/**
 * "“…,” Ann Roe said. “Q1,” “Q2,” Tom Vale added.": a quote opening its sentence, closed on a comma with the next
 * quotation right after it, may be Ann Roe going on or Tom Vale's; with two such speakers it stays unattributed
 * (issue 13, round 53). News-shaped paragraphs written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

type Row = [text: string, speaker: string | null];

const speakersOf = (article: string): Row[] => quotesOfLines(article).map((q) => [q.text, q.speaker]);

describe('a quote between a speaker and the next quote of another teller', () => {
  test.each<[string, string, Row[]]>([
    [
      'another teller after the next quote: nobody',
      'Prices rose again in May. "Costs will climb," Ann Roe, an economist at Harbour Bank, said. "So rates may rise soon," "Overall the picture is mixed," Tom Vale of Northgate added.',
      [['Costs will climb,', 'Ann Roe'], ['So rates may rise soon,', null], ['Overall the picture is mixed,', 'Tom Vale']],
    ],
    [
      'the same teller after the next quote: that teller',
      'Prices rose again in May. "Costs will climb," Ann Roe said. "So rates may rise soon," "Overall the picture is mixed," Ms Roe added.',
      [['Costs will climb,', 'Ann Roe'], ['So rates may rise soon,', 'Ann Roe'], ['Overall the picture is mixed,', 'Ann Roe']],
    ],
    [
      'words between the two quotes: the teller after them',
      'Prices rose again in May. "Costs will climb," Ann Roe said. "Rates may rise" and "the picture is mixed," Tom Vale of Northgate added.',
      [['Costs will climb,', 'Ann Roe'], ['Rates may rise', 'Tom Vale'], ['the picture is mixed,', 'Tom Vale']],
    ],
  ])('%s', (_label, article, rows) => {
    expect(speakersOf(article)).toEqual(rows);
  });
});
