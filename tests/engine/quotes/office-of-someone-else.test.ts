/**
 * An office epithet is not a person the article placed apart from that office (issue 13, round 44): introduced with
 * another role, named only as a spokesman, or the one who spoke of that office as someone else; then it is the one
 * person the article gave the office before, or nobody. News-shaped sentences written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

type Row = [text: string, speaker: string | null];

const speakersOf = (article: string): Row[] => quotesOfLines(article).map((q) => [q.text, q.speaker]);

describe('an office epithet for someone the article placed apart from that office', () => {
  test.each<[string, string, Row[]]>([
    [
      'a person introduced with another role (an editor) is not "the prime minister"',
      'In an interview with ITV political editor Dana Roe, the minister spoke at length.\n\nMs Roe said the mood was poor. But the prime minister said the talk was "pure invention".',
      [['pure invention', null]],
    ],
    [
      'a home secretary named by title is not "the Green leader"',
      'Home Secretary Paul Hebden has pledged to go on with the scheme despite a plea from Mary Okafor.\n\nThe Green leader said the change was a "fresh start" for everyone.',
      [['fresh start', null]],
    ],
    [
      'a party chairman is not "the party leader"',
      'Party chairman Tom Welling spoke at the launch. The Tory leader said the plans were "reckless".',
      [['reckless', null]],
    ],
    [
      'the prime minister\'s spokesman is not the prime minister',
      'Asked about the report, the prime minister\'s official spokesman said: "We take it seriously."\n\nWriting in a newspaper, the prime minister admitted the rules were "hard for any government".',
      [
        ['We take it seriously.', 'prime minister\'s official spokesman'],
        ['hard for any government', null],
      ],
    ],
    [
      'the person who spoke of "the chancellor" is not the chancellor',
      'For the Greens, Mark Adair said the chancellor had ignored "rising debts". Mr Adair said taxes would rise under all parties. The chancellor meanwhile insisted his plans were "prudent".',
      [
        ['rising debts', 'Mark Adair'],
        ['prudent', null],
      ],
    ],
    [
      'blocked, the epithet goes to the one person the article gave the office before',
      'Tom Hale has denied reports that he struck a deal.\n\n"There was no deal," the prime minister told a radio show. A book by journalist Ann Lee says otherwise.\n\nAccording to Ms Lee the prime minister said: "Give me one more year."',
      [
        ['There was no deal,', 'Tom Hale'],
        ['Give me one more year.', 'Tom Hale'],
      ],
    ],
    [
      'the holder of a qualified office by title is that office\'s epithet',
      'Prime Minister Tom Hale opened the debate. Home Secretary Paul Hebden spoke next. The prime minister said the bill was "overdue".',
      [['overdue', 'Tom Hale']],
    ],
    [
      'a party leader who is also prime minister stays "the prime minister"',
      'Labour leader Tom Hale opened the campaign. The prime minister said the choice was "stark".',
      [['stark', 'Tom Hale']],
    ],
    [
      'an appositive office is the person, not someone they speak of',
      'Tom Hale, the chancellor, spoke to MPs. The chancellor said the plans were "affordable".',
      [['affordable', 'Tom Hale']],
    ],
  ])('%s', (_name, article, expected) => {
    expect(speakersOf(article)).toEqual(expected);
  });
});
