/**
 * "Mr Dee also left the party saying …": a name right before a participle of saying that is the object of a verb in
 * the past is no subject of the participle; the sentence's subject speaks. After a verb of perceiving or citing the
 * object speaks (issue 13, round 38). News-shaped sentences written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

type Row = [text: string, speaker: string | null];

const speakersOf = (article: string): Row[] => quotesOfLines(article).map((q) => [q.text, q.speaker]);

describe('objectBeforeParticiple', () => {
  test.each<[string, string, Row[]]>([
    [
      '"left BODY saying": the subject',
      'Ann Hale quit the Green Party last week.\nMr Tom Vance also left the Green Party saying Ms Hale would "lead better" as head of a new party.',
      [['lead better', 'Tom Vance']],
    ],
    [
      '"sued BODY saying": the subject',
      'Ann Hale runs a bakery in Leeds.\nMs Hale sued the Harbour Council saying its rules were "plainly unfair".',
      [['plainly unfair', 'Ann Hale']],
    ],
    [
      '"heard NAME saying": the one heard',
      'Ann Hale spoke on Monday.\nReporters heard Ann Hale saying the plan was "a disgrace".',
      [['a disgrace', 'Ann Hale']],
    ],
    [
      '"filmed NAME saying": the one filmed',
      'Tom Vance and Ann Hale met in May.\nMr Vance filmed Ann Hale saying the deal was "done and dusted".',
      [['done and dusted', 'Ann Hale']],
    ],
    [
      '"a letter from BODY saying": the body',
      'Ann Hale runs a bakery in Leeds.\nShe received a letter from the Harbour Council saying the shop was "not safe".',
      [['not safe', 'Harbour Council']],
    ],
  ])('%s', (_label, article, rows) => {
    expect(speakersOf(article)).toEqual(rows);
  });
});
