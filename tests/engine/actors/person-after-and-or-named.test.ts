/**
 * Speakers the actor stages never listed (issue 13, round 45g): one surname given by "named" or "called" after a noun
 * for one unnamed person ("a student named Lin"), and a person's full name with their body after "and" inside a run
 * that opens with another body ("the University of Leeds and Tom Pellow of Blue Reef Surveys"). The sentences are
 * written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { actorsOfParagraphs, quotesOfLines } from '../../support/engine-stages.ts';

type Row = [text: string, speaker: string | null];

const speakers = (article: string): Row[] => quotesOfLines(article).map((q) => [q.text, q.speaker]);
const people = (article: string): string[] => actorsOfParagraphs(article).filter((a) => a.kind === 'person').map((a) => a.name);

describe('one name after a person noun and "named" or "called"', () => {
  test.each<[string, string, Row[]]>([
    ['"named" after a noun for a student', 'A college student named Kwan said, "We will never back down."', [['We will never back down.', 'Kwan']]],
    ['"called" after "man"', 'Crowds gathered. A man called Farid told us: "The water came in at night."', [['The water came in at night.', 'Farid']]],
  ])('%s', (_name, article, rows) => {
    expect(speakers(article)).toEqual(rows);
  });

  test.each<[string, string, string[]]>([
    ['no person for a ship named after a noun for a thing', 'The crew of a ship named Endeavour said the storm was fierce.', []],
    ['no person for a storm called by its name', 'A storm called Ophelia hit the coast on Monday.', []],
  ])('%s', (_name, article, names) => {
    expect(people(article)).toEqual(names);
  });
});

describe('a person of a body after "and" in a run that opens with a body', () => {
  test.each<[string, string, string[]]>([
    ['the person is split from the bodies', 'The study was led by the University of Leeds and Tom Pellow of Blue Reef Surveys.', ['Tom Pellow']],
    ['a person, then a person of a body', 'The goals came from Ivo Marsh and Dale Penrose of Harbour United on Saturday.', ['Ivo Marsh', 'Dale Penrose']],
    ['a body with "the" and a person of another body', 'Funds came from the Harbour Trust and Anna Reyes of Lakeside Labs in the spring.', ['Anna Reyes']],
  ])('%s', (_name, article, names) => {
    expect(people(article).filter((n) => names.includes(n))).toEqual(names);
  });

  test.each<[string, string, Row[]]>([
    [
      'the split person speaks later by surname',
      'The study was led by the University of Leeds and Tom Pellow of Blue Reef Surveys. Pellow remarked, "We had never seen such fish."',
      [['We had never seen such fish.', 'Tom Pellow']],
    ],
  ])('%s', (_name, article, rows) => {
    expect(speakers(article)).toEqual(rows);
  });

  test.each<[string, string, string[]]>([
    ['no person from a plural after "and"', 'The vote was boycotted by both Kurdish and Sunni Members of Parliament.', []],
    ['no person when no body comes before "and"', 'The plan was backed by Green and Labour Members of the Assembly.', []],
  ])('%s', (_name, article, names) => {
    expect(people(article)).toEqual(names);
  });

  test.each<[string, string, string]>([
    ['a body whose name holds "and" and "of" stays whole', 'He spoke to the Department of Health and Social Care of the UK on Monday.', 'Department of Health and Social Care'],
  ])('%s', (_name, article, body) => {
    expect(actorsOfParagraphs(article).some((a) => a.name.startsWith(body))).toBe(true);
  });
});
