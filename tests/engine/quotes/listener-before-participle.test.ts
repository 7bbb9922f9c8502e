/**
 * "NAME has written to the watchdog saying: “…”": the one written or spoken to ("to" and a name or role noun right
 * before the participle) is the listener; the participle is the sentence subject's (issue 13, round 29).
 * News-shaped sentences written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

type Row = [text: string, speaker: string | null];

const speakersOf = (article: string): Row[] => quotesOfLines(article).map((q) => [q.text, q.speaker]);

describe('a listener after "to" before a participle does not speak', () => {
  test.each<[string, string, Row[]]>([
    [
      'a role noun linked to a body, after "to the"',
      'The Green Party wants the regulator to act.\nGreen chairman Paul Reid has written to the regulator saying: "These adverts break the code."',
      [['These adverts break the code.', 'Paul Reid']],
    ],
    [
      'a named body after "to"',
      'Mayor Ann Cole has written to Network Rail saying: "The station must reopen this year."',
      [['The station must reopen this year.', 'Ann Cole']],
    ],
    [
      'a participle after a comma is still the subject\'s',
      'Mayor Ann Cole spoke to staff at the station, saying: "It must reopen this year."',
      [['It must reopen this year.', 'Ann Cole']],
    ],
  ])('%s', (_label, article, rows) => {
    expect(speakersOf(article)).toEqual(rows);
  });
});
