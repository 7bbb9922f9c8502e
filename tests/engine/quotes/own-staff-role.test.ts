/**
 * The outlet's own staff named by a role (issue 13, round 38): "our correspondent added" stands for the correspondent the
 * article named ("BBC correspondent NAME"), as "the correspondent" does; "correspondent" is a role's head.
 * News-shaped sentences written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

type Row = [text: string, speaker: string | null];

const speakersOf = (article: string): Row[] => quotesOfLines(article).map((q) => [q.text, q.speaker]);

describe('"our correspondent" for the correspondent named before', () => {
  test.each<[string, string, Row[]]>([
    [
      '“Q”, our correspondent added: the named correspondent',
      'Outlet correspondent Tom Vale said the unions were "a formidable force".\n\nOpposition is "one thing all the unions agree on", our correspondent added.',
      [
        ['a formidable force', 'Tom Vale'],
        ['one thing all the unions agree on', 'Tom Vale'],
      ],
    ],
    [
      'then “he” after “Our correspondent said” is that correspondent, not the man named between',
      'Outlet correspondent Tom Vale said the unions were "a formidable force".\n\nMinister Ed Hale met union leaders on Thursday. Our correspondent said no deal had been offered. There was "some possibility" of a deal, he added.',
      [
        ['a formidable force', 'Tom Vale'],
        ['some possibility', 'Tom Vale'],
      ],
    ],
    [
      'no correspondent named: nobody',
      'The unions met on Monday.\n\nOpposition is "one thing all the unions agree on", our correspondent added.',
      [['one thing all the unions agree on', null]],
    ],
    [
      'inside quotes “our” is the speaker’s, no role mention',
      'Outlet correspondent Tom Vale filed a report.\n\n"Our correspondent was wrong," Ann Lee said. "We will complain."',
      [
        ['Our correspondent was wrong,', 'Ann Lee'],
        ['We will complain.', 'Ann Lee'],
      ],
    ],
  ])('%s', (_name, article, expected) => {
    expect(speakersOf(article)).toEqual(expected);
  });
});
