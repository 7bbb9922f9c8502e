/**
 * A short name that opens the names of two or more other actors ("Kestrel" beside "Kestrel News", "Kestrel Networks"
 * and "Kestrel Movies") is a brand or a parent body: it is neither merged into one of the longer names (stage 8) nor
 * read as the first name of one of them (stage 6), and what it says is its own (issue 13, round 18).
 */
import { describe, expect, test } from 'vitest';
import { byBlankLines, quotesOfTexts } from '../../support/engine-stages.ts';

const speakers = (text: string): (string | null)[] => quotesOfTexts(byBlankLines(text)).map((q) => q.speaker);

describe('a name that opens several names', () => {
  test.each([
    ['a broadcaster and its channels', 'Shares in Kestrel rose after the broadcaster won the cup final.\n\nThe final will be shown on Kestrel News and Kestrel Movies, said Kestrel Networks.\n\nKestrel said it was “delighted”.', 'Kestrel'],
    ['a bank and its arms', 'Orwin Bank will close 40 branches, Orwin Insurance said.\n\nOrwin said it was “a hard decision”.', 'Orwin'],
    ['a maker and its brands', 'Volta Motors and Volta Trucks had a poor year.\n\nVolta Energy was sold. Volta said the sale was “the right step”.', 'Volta'],
  ])('the short name speaks for itself: %s', (_label, text, name) => {
    expect(speakers(text)).toEqual([name]);
  });

  test.each([
    ['one longer name only', 'Shares in Halvern rose.\n\nHalvern Technologies cut 200 jobs. Halvern said it was “sorry”.', 'Halvern Technologies'],
    ['a family name first, one person', 'Premier Mao Ning met the envoy.\n\nMao said the talks were “useful”.', 'Mao Ning'],
  ])('still the longer name: %s', (_label, text, name) => {
    expect(speakers(text)).toEqual([name]);
  });
});
