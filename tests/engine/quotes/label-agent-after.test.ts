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
      '"was dismissed as “…” by NAME": a verb of saying that judges, with "as"',
      'Party leader Ann Vale spoke on Monday.\nBut the claim was dismissed as "absurd" by Ann Vale.',
      [['absurd', 'Ann Vale']],
    ],
    [
      '"has been hailed as a “…” by NAME"',
      'Party leader Ann Vale spoke on Monday.\nThe deal has been hailed as a "turning point" by Ann Vale.',
      [['turning point', 'Ann Vale']],
    ],
    [
      'a reduced relative: "in a move branded a “…” by AGENT" after the sentence\'s own verb (noun-labelled-quote-by-agent)',
      'Ann Vale has unveiled plans to close the depot, in a move branded a "shameful betrayal" by the Green Party.',
      [['shameful betrayal', 'Green Party']],
    ],
    [
      'a reduced relative with a modifier: "a new deal called a “…” by AGENT" inside reported speech',
      'Party leader Ann Vale said it was a new deal called a "sell-out" by Tom Reed.',
      [['sell-out', 'Tom Reed']],
    ],
    [
      'an active label: "NAME branded the deal a “…” by OTHER" gives the quote to the subject, not to "by"',
      'Ann Vale branded the deal a "betrayal by ministers" on Monday.',
      [['betrayal by ministers', 'Ann Vale']],
    ],
    [
      'an active past after a name, not a noun: "NAME labelled “…” by …" is no reduced relative',
      'Ann Vale labelled "absurd" by far the largest claim.',
      [['absurd', 'Ann Vale']],
    ],
    [
      'a judging verb without "as" is no label: "was criticised “…” by" keeps no agent',
      'Party leader Ann Vale spoke on Monday.\nThe plan was criticised "in private" by Ann Vale.',
      [['in private', null]],
    ],
    [
      'a verb that is no verb of saying: "was released as “…” by NAME" (a title) is no agent',
      'Singer Ann Vale spoke on Monday.\nThe song was released as "Blue Night" by Ann Vale.',
      [['Blue Night', null]],
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
