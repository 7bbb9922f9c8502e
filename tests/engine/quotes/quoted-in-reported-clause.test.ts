/**
 * "But Mr Howard denied Mr Yeo, his spokesman, said the plans “stink”." ⏎ "He also said …": a person quoted only inside
 * what the sentence's subject reports (named after the subject's own speech verb) is no subject of that sentence; the
 * next "he" continues the reporting subject (issue 13, round 29). News-shaped sentences written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

type Row = [text: string, speaker: string | null];

const speakersOf = (article: string): Row[] => quotesOfLines(article).map((q) => [q.text, q.speaker]);

describe('a person quoted inside a reported clause does not take the next pronoun', () => {
  test.each<[string, string, Row[]]>([
    [
      '"But Mr NAME denied Mr OTHER, his aide, said …" ⏎ "He also said …": NAME',
      'Health spokesman Ed Platt is said to oppose the plan.\nParty leader Alan Greer faced questions on Monday.\nBut Mr Greer denied Mr Platt, his health spokesman, had called the plan "a mess". He also said he hoped colleague Mr Rowe would "lead the debate" next week.',
      [
        ['a mess', 'Ed Platt'],
        ['lead the debate', 'Alan Greer'],
      ],
    ],
  ])('%s', (_label, article, rows) => {
    expect(speakersOf(article)).toEqual(rows);
  });
});
