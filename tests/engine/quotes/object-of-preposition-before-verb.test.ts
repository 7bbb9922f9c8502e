/**
 * "every expert from the IMF to the Audit Office had suggested the “…”": a name after a preposition and "the", right
 * before a verb of saying, is the preposition's object, not the verb's subject (issue 13, round 38). News-shaped
 * sentences written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

type Row = [text: string, speaker: string | null];

const speakersOf = (article: string): Row[] => quotesOfLines(article).map((q) => [q.text, q.speaker]);

describe('the object of a preposition before a verb of saying does not speak', () => {
  test.each<[string, string, Row[]]>([
    [
      '"from X to the BODY had suggested": the outer teller',
      'Mr Tom Vance spoke in the chamber.\nMr Vance told MPs that every single expert from the Royal Bank to the Office of Budget Control had suggested the "state was spending too much".',
      [['state was spending too much', 'Tom Vance']],
    ],
    [
      '"a letter to the BODY said": nobody',
      'The plan was published on Monday.\nA letter to the Office of Budget Control said the plan was "beyond repair".',
      [['beyond repair', null]],
    ],
    [
      '"the BODY said", the subject itself: the body',
      'The plan was published on Monday.\nThe Office of Budget Control said the plan was "beyond repair".',
      [['beyond repair', 'Office of Budget Control']],
    ],
  ])('%s', (_label, article, rows) => {
    expect(speakersOf(article)).toEqual(rows);
  });
});
