/**
 * "The documentary showed NAME, apparently talking about X, telling the meeting: “…”" (issue 13, round 39): a
 * participle after an aside between commas that follows the person object of a verb of perceiving or depicting is that
 * person's words, not the film's or the hearer's. News-shaped sentences written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

type Row = [text: string, speaker: string | null];

const speakersOf = (article: string): Row[] => quotesOfLines(article).map((q) => [q.text, q.speaker]);

describe('perceivedObjectBeforeAside: the person shown or heard, past an aside, speaks', () => {
  test.each<[string, string, Row[]]>([
    [
      '"showed Mr NAME, ASIDE, telling the meeting:"',
      'Councillor Mike Tallis sits on the budget board.\nThe film showed Mr Tallis, apparently talking about the budget, telling the meeting: "We will cut everything."',
      [['We will cut everything.', 'Mike Tallis']],
    ],
    [
      '"Footage shows Ms NAME, ASIDE, saying:"',
      'Nurse Ann Roe works nights.\nFootage shows Ms Roe, standing outside the ward, saying: "We are at breaking point."',
      [['We are at breaking point.', 'Ann Roe']],
    ],
    [
      '"heard NAME, who …, saying": a relative clause as the aside',
      'Nurse Ann Roe works nights.\nReporters heard Ms Roe, who was visibly upset, saying: "This cannot go on."',
      [['This cannot go on.', 'Ann Roe']],
    ],
    // near misses: no person shown, or a verb that is no verb of perceiving
    [
      'the object is no person: nobody',
      'Councillor Mike Tallis sits on the budget board.\nThe film showed the hall, packed with voters, chanting "four more years".',
      [['four more years', null]],
    ],
    [
      '"met NAME, a nurse, saying": the sentence subject speaks, as before',
      'Councillor Mike Tallis sits on the budget board. Ann Roe is a nurse.\nMr Tallis met Ms Roe, a nurse, saying: "She is right."',
      [['She is right.', 'Mike Tallis']],
    ],
  ])('%s', (_name, article, expected) => {
    expect(speakersOf(article)).toEqual(expected);
  });
});
