/**
 * "the organisation said" stands for the organisation named just before, as "the charity said" does (issue 13, round
 * 28), and "the station said" for a broadcaster (round 42b); a body whose name holds no organisation word ("Reporters Without Borders") is known as an institution, so that
 * a spokesman for it and the noun after both lead to it. With no organisation named nearby the quote stays unattributed.
 */
import { describe, expect, test } from 'vitest';
import { byBlankLines, quotesOfTexts } from '../../support/engine-stages.ts';

const speakers = (text: string): (string | null)[] => quotesOfTexts(byBlankLines(text)).map((q) => q.speaker);

describe('"the organisation" as a back reference', () => {
  test.each([
    ['after a spokesman for the body', 'A spokesman for the Clearwater Rivers Trust, which monitors pollution, criticised the permit.\n\n"The river cannot take any more waste," the organisation said in a statement.', 'Clearwater Rivers Trust'],
    ['American spelling, verb first', 'The plan was opposed by the Northfield Housing Association on Monday. "Tenants were never asked," said the organization.', 'Northfield Housing Association'],
    ['a known body with no organisation word', 'Reporters Without Borders condemned the sentence handed to the blogger. "This is an attack on free speech," the organisation said.', 'Reporters Without Borders'],
    ['a broadcaster as "the station"', 'Harbour Radio will drop its breakfast show next month.\n\nThe three presenters were picked for their "local knowledge", the station said.', 'Harbour Radio'],
    ['"the station", verb first', 'Harbour Radio asked its listeners to vote on the new schedule. "Nobody can replace the old team," said the station.', 'Harbour Radio'],
  ])('the body: %s', (_label, text, name) => {
    expect(speakers(text)).toEqual([name]);
  });

  test.each([
    ['no organisation named', 'Residents gathered outside the town hall on Friday.\n\n"We will not be moved," the organisation said.'],
    ['a station that is a place', 'Passengers waited for hours on Friday.\n\n"The trains will run again tomorrow," the station said.'],
  ])('nobody: %s', (_label, text) => {
    expect(speakers(text)).toEqual([null]);
  });
});
