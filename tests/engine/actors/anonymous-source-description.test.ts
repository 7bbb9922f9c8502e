/**
 * An unnamed source described after its head ("an insider in the talks") ends before the "as" of "quoted SOURCE as
 * saying": the "as" opens the report, not the description. The sentences are written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

type Row = [text: string, speaker: string | null];

const speakers = (article: string): Row[] => quotesOfLines(article).map((q) => [q.text, q.speaker]);

describe('an unnamed source described after its head ends before "as"', () => {
  test.each<[string, string, Row[]]>([
    [
      'quoted in a paper as saying',
      '"The deal is done," the Daily Herald quoted an insider at the bank as saying.',
      [['The deal is done,', 'insider at the bank']],
    ],
    [
      'a source in the talks, quoted as describing',
      'The weekly paper quoted a source in the negotiations as describing the offer as "far too low".',
      [['far too low', 'source in the negotiations']],
    ],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});
