/**
 * A spokesperson named by the noun alone ("a spokesman") speaks for the body the sentence before reports as speaking,
 * also after a quote set off by a comma and when that body stands in an apposition of the subject
 * (src/engine/quotes/resolve/bare-spokesperson-frames.ts). Sentences written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

type Row = [text: string, speaker: string | null, resolution?: string];

/** [text, speaker, resolution] per quote of lines (one paragraph each). */
function resolutionsOf(article: string): Row[] {
  return quotesOfLines(article).map((q) => (q.resolution ? [q.text, q.speaker, q.resolution] : [q.text, q.speaker]));
}

describe('followsSetOffQuote and isAppositiveSpeaker: the body a bare spokesperson speaks for', () => {
  test.each<[string, string, Row[]]>([
    [
      'a spokesperson after a quote set off by a comma speaks for the body of the paragraph before',
      'One of the losing bidders, the Danish firm Kelvar, said it would bid again.\n“We will look at any new tender with interest,” a spokesman told reporters.',
      [['We will look at any new tender with interest,', 'Kelvar', 'spokesperson-to-organization']],
    ],
    [
      'the same after a plain subject of the sentence before',
      'The Forth Trust said it regretted the closure. “We tried every option,” a spokeswoman said.',
      [['We tried every option,', 'Forth Trust', 'spokesperson-to-organization']],
    ],
    [
      'not when a person is named in the sentence before',
      'Kelvar chairman Ola Berg said it would bid again.\n“We will look at any new tender,” a spokesman said.',
      [['We will look at any new tender,', 'spokesman', 'anonymous-source']],
    ],
    [
      'not when the body of the sentence before is only the object of an action',
      'Shares fell after the regulator fined Kelvar on Monday.\n“We will appeal,” a spokesman said.',
      [['We will appeal,', 'spokesman', 'anonymous-source']],
    ],
    [
      'not when the body stands deep in the sentence and no verb of saying follows it',
      'In March, the price paid by the Danish firm Kelvar, a rival, was too low.\n“It was a hard choice,” a spokesman said.',
      [['It was a hard choice,', 'spokesman', 'anonymous-source']],
    ],
    [
      'not for a spokesperson whose side a word before the noun names',
      'One of the losing bidders, the Danish firm Kelvar, said it would bid again.\n“No decision has been taken,” a government spokesman said.',
      [['No decision has been taken,', 'government spokesman', 'anonymous-source']],
    ],
  ])('%s', (_name, article, expected) => {
    expect(resolutionsOf(article)).toEqual(expected);
  });
});
