/**
 * Plural commentators of a named body after an inverted verb of saying (cues/commentators-at-body.ts, rule
 * commentators-at-body; `commentatorBodyPrepositions` of anonymous-sources.json): "“…,” wrote analysts at Acme Bank"
 * gives the words to Acme Bank. News-shaped sentences written for these tests; rows with null show where no body may
 * be given the words.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

describe('bodyOfCommentators: analysts at a named body speak for it', () => {
  test.each<[string, string, [string, string | null][]]>([
    ['"wrote analysts at ORG in a note"', 'Shares in Harbour Freight fell on Friday.\n\n"Delays of this kind are rare in the trade," wrote analysts at Kessler Brokerage in a note to clients.', [['Delays of this kind are rare in the trade,', 'Kessler Brokerage']]],
    ['"said economists from the ORG"', 'Prices rose again in March.\n\n"The rise will not last beyond the summer," said economists from the Harbour Trust.', [['The rise will not last beyond the summer,', 'Harbour Trust']]],
    ['one analyst is a source of their own, not the body', 'Shares in Harbour Freight fell on Friday.\n\n"Delays of this kind are rare in the trade," said an analyst at Kessler Brokerage.', [['Delays of this kind are rare in the trade,', 'analyst at Kessler Brokerage']]],
    ['analysts with no named body give no body: nobody', 'Shares in Harbour Freight fell on Friday.\n\n"Delays of this kind are rare in the trade," said analysts in London.', [['Delays of this kind are rare in the trade,', null]]],
  ])('%s', (_case, article, expected) => {
    expect(quotesOfLines(article).map((q) => [q.text, q.speaker])).toEqual(expected);
  });

  test('records its rule on the quote', () => {
    const [quote] = quotesOfLines('Shares fell on Friday.\n\n"Delays are rare," wrote analysts at Kessler Brokerage.');
    expect(quote).toMatchObject({ speaker: 'Kessler Brokerage', rule: 'commentators-at-body' });
  });
});
