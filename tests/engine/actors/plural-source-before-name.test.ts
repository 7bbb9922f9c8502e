/**
 * 04-find-anonymous-sources.ts isFollowedByName: a plural head before a comma ("According to county officials,
 * Zhukovskyy was …") is not set in apposition to the one name after the comma, so the officials stay an anonymous
 * source (and "according to" gives them the quote); a plural head before a list of names ("two aides, Ann Roe and
 * Tom Lee,") and a singular head before one name ("The party spokesman, Hamish Doyle, said") are still roles.
 * News-shaped sentences written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

describe('a plural source before a comma and one name is no role of that name', () => {
  test.each<[string, string, [string, string | null][]]>([
    ['"According to county officials, NAME was …" with a partial quote', 'Ivan Petrov, 31, denied the charge.\n\nAccording to county officials, Petrov was driving "far too fast for the wet road" that night.', [['far too fast for the wet road', 'county officials']]],
    ['"According to police and county officials, NAME …"', 'Ivan Petrov, 31, denied the charge.\n\nAccording to police and county officials, Petrov was driving "far too fast for the wet road" that night.', [['far too fast for the wet road', 'county officials']]],
    ['a singular head before one name is still the name\'s role', 'The party met on Monday.\n\nThe party spokesman, Hamish Doyle, said the vote was "a clear win".', [['a clear win', 'Hamish Doyle']]],
  ])('%s', (_case, article, expected) => {
    expect(quotesOfLines(article).map((q) => [q.text, q.speaker])).toEqual(expected);
  });
});
