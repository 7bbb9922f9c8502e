/**
 * A party or place modifying an office ("The Tory leader said …", "The Labour MP argued …") names no speaker: the
 * office is an epithet for the person the text has just made its subject, or nobody known (issue 13, round 29).
 * News-shaped sentences written for these tests; rows with speaker null are where the engine must withhold.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

type Row = [text: string, speaker: string | null];

const speakersOf = (article: string): Row[] => quotesOfLines(article).map((q) => [q.text, q.speaker]);

describe('a party before an office is no speaker', () => {
  test.each<[string, string, Row[]]>([
    [
      '"NAME has … ⏎ The Tory leader said …": the leader is the person the text is about',
      'Tory leader backs school plan\nAlan Greer has defended his party\'s support for the school plan.\nThe Tory leader said his MPs had held a "frank debate" on the matter.',
      [['frank debate', 'Alan Greer']],
    ],
    [
      'the same with a Labour MP the sentence before opens on',
      'Labour MP attacks rail cuts\nJane Orme has criticised plans to close three stations.\nThe Labour MP said the cuts were "short-sighted" and would hurt commuters.',
      [['short-sighted', 'Jane Orme']],
    ],
    [
      'a party leader after a sentence about someone else: nobody known, never the party',
      'Council tax to rise\nThe council will raise bills by 4% next year, its budget shows.\nThe Labour leader said the rise was "unavoidable".',
      [['unavoidable', null]],
    ],
    [
      'a party and office before a name still name that person',
      'Tory leader Alan Greer said the plan was "a fair deal" for families.',
      [['a fair deal', 'Alan Greer']],
    ],
    [
      'a party as subject still speaks',
      'The Conservatives said the plan was "a fair deal" for families.',
      [['a fair deal', 'Conservative Party']],
    ],
  ])('%s', (_label, article, rows) => {
    expect(speakersOf(article)).toEqual(rows);
  });
});
