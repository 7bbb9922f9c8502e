/**
 * "Mr Kennedy said the Netherlands, Portugal and the Czech Republic, which all have troops there, have announced a
 * withdrawal “…”": the last of a list of countries or bodies, after "and the", is no subject on its own, so none of
 * them speaks alone (issue 13, round 53). News-shaped sentences written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

type Row = [text: string, speaker: string | null];

const speakersOf = (article: string): Row[] => quotesOfLines(article).map((q) => [q.text, q.speaker]);

describe('the last name of a list before a verb of saying does not speak alone', () => {
  test.each<[string, string, Row[]]>([
    [
      'a list of countries with a relative clause, inside what a person reports: the person',
      'Ms Ann Roe spoke in the chamber.\nMs Roe noted that France, Spain and the United Kingdom, which all have ships in the gulf, have announced a pull-out "whatever the talks decide".',
      [['whatever the talks decide', 'Ann Roe']],
    ],
    [
      'a list of countries without a clause, inside what a person reports: the person',
      'Ms Ann Roe spoke in the chamber.\nMs Roe noted that Italy, Greece and the Netherlands have announced a pull-out "whatever the talks decide".',
      [['whatever the talks decide', 'Ann Roe']],
    ],
    [
      'a list of countries opening the sentence: nobody',
      'The talks ended on Friday.\nItaly, Greece and the Netherlands, which all have ships in the gulf, have announced a pull-out "whatever the talks decide".',
      [['whatever the talks decide', null]],
    ],
    [
      '", and the BODY, an appositive, said" joins two clauses: the body',
      'The plan was published on Monday.\nThe plan has many critics, and the Harbour Rights Project, a campaign group in Leeds, said it was "a step backwards".',
      [['a step backwards', 'Harbour Rights Project']],
    ],
    [
      'one country with a relative clause: the country',
      'The talks ended on Friday.\nThe Netherlands, which has ships in the gulf, has announced a pull-out "whatever the talks decide".',
      [['whatever the talks decide', 'Netherlands']],
    ],
  ])('%s', (_label, article, rows) => {
    expect(speakersOf(article)).toEqual(rows);
  });
});
