/**
 * A passive label before a quote and its agent after it ("was branded “reckless” by the Greens") (issue 13, round 22):
 * the agent gave the label. News-shaped sentences written for these tests; rows with speaker null are near-misses.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

type Row = [text: string, speaker: string | null];

const speakersOf = (article: string): Row[] => quotesOfLines(article).map((q) => [q.text, q.speaker]);

describe('"was branded “Q” by AGENT": the agent speaks', () => {
  test.each<[string, string, Row[]]>([
    [
      '"have been branded “…” by the Greens"',
      'Plans to sell the forest have been branded "utterly reckless" by the Green Party.',
      [['utterly reckless', 'Green Party']],
    ],
    [
      '"was labelled a “…” by NAME"',
      'Party leader Ann Vale spoke on Monday.\nThe tax rise was labelled a "grave mistake" by Ann Vale.',
      [['grave mistake', 'Ann Vale']],
    ],
    [
      'no label before the quote: "was sold as “…” by Friday" is no agent',
      'Party leader Ann Vale spoke on Monday.\nThe plan was sold as "a bargain" by the end of the week.',
      [['a bargain', null]],
    ],
  ])('%s', (_name, article, expected) => {
    expect(speakersOf(article)).toEqual(expected);
  });
});
