/**
 * A time phrase between a subject and its verb of saying ("Ann Roe in July said"), or between a verb in the past and a
 * participle of saying ("NAME quit last autumn claiming"), is passed over; a name inside an embedded clause before it
 * stays no subject (issue 13, round 49). News-shaped sentences written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

type Row = [text: string, speaker: string | null];

const speakersOf = (article: string): Row[] => quotesOfLines(article).map((q) => [q.text, q.speaker]);

describe('time phrase before a verb of saying', () => {
  test.each<[string, string, Row[]]>([
    ['"in MONTH" before the verb', 'Band leader Ann Roe in July said she was tired of "endless talk" about the merger.', [['endless talk', 'Ann Roe']]],
    ['"earlier this month" before the verb', 'Tom Vale earlier this month told reporters the plan was "dead in the water".', [['dead in the water', 'Tom Vale']]],
    ['"in early MONTH YEAR" before the verb', 'Ann Roe in early March 2004 claimed the figures were "badly wrong".', [['badly wrong', 'Ann Roe']]],
    ['"last year" before a verb with "as"', 'Ann Roe, the mayor, spoke on Monday.\nTom Vale last year described the mayor as a "walking disaster".', [['walking disaster', 'Tom Vale']]],
    ['a past verb, a time phrase, a participle', 'Tom Vale quit last autumn claiming he was "badly let down" by the board.', [['badly let down', 'Tom Vale']]],
    ['a name in a relative clause before the phrase: nobody', 'Critics who met Ann Roe in July said the plan was "a mess".', [['a mess', null]]],
    ['a place after a preposition is no time phrase', 'Tom Vale spoke on Monday.\nThe rally in London said the plan was "a scandal".', [['a scandal', null]]],
    ['a passive verb before the phrase: no participle rule', 'Ann Roe was sacked last year saying the board was "out of touch".', [['out of touch', null]]],
  ])('%s', (_label, article, rows) => {
    expect(speakersOf(article)).toEqual(rows);
  });
});
