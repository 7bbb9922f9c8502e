/**
 * quoteAfterRunningSpeaker (sieves/quote-after-running-speaker.ts): a sentence that is only a full quote, after a
 * sentence whose subject is the last quote's speaker and whose only quotes are others' phrases left without a
 * speaker, is that speaker's. News-shaped sentences written for these tests; the last quote's rule is checked, and
 * rows with another rule show where this one must not decide.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

/** A lead with a second speaker, so that no rule for an article told in one voice decides the last quote. */
const LEAD = 'Tour opens\n\n"It is a long road," said Tom Hale, the party chairman.\n\n';
const SAID = 'Green Party leader Ann Roe said voters were "deeply uneasy" about the budget. And she said voters were "tired" of promises. ';
const QUOTE = '"We have beaten both big parties in three by-elections this year. "That is the story of this election."';

describe('quoteAfterRunningSpeaker: the speaker who stays the subject keeps the next quote', () => {
  test.each<[string, string, string | null, string | undefined]>([
    ['"she" after a rebuttal that quotes a rival\'s phrase, a quote run on into another', LEAD + SAID + 'But she brushed off rival suggestions a vote for her party would let the Tories in "by the side door". ' + QUOTE, 'Ann Roe', 'quote-after-running-speaker'],
    ['the surname as the subject between', LEAD + SAID + 'But Ms Roe brushed off rival suggestions a vote for her party would let the Tories in "by the side door". ' + QUOTE, 'Ann Roe', 'quote-after-running-speaker'],
    ['a sentence between that holds no quote', LEAD + SAID + 'But she brushed off rival suggestions of a pact. ' + QUOTE, 'Ann Roe', 'quote-after-running-speaker'],
    ['not when another person is the subject between', LEAD + SAID + 'But Jo Kerr brushed off rival suggestions a vote for her party would let the Tories in "by the side door". ' + QUOTE, null, undefined],
    ['not when "they" is the subject between', LEAD + SAID + 'But they brushed off rival suggestions a vote for the party would let the Tories in "by the side door". ' + QUOTE, null, undefined],
    ['not when the last quote is two sentences back', LEAD + SAID + 'The tour starts on Monday. But she brushed off rival suggestions a vote for her party would let the Tories in "by the side door". ' + QUOTE, null, undefined],
  ])('%s', (_case, article, speaker, rule) => {
    const quotes = quotesOfLines(article);
    const last = quotes.find((q) => q.text.startsWith('We have beaten'))!;
    expect([last.speaker, last.rule]).toEqual([speaker, rule]);
  });
});
