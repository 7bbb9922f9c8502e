/**
 * A place that owns the role before a name at the start of a sentence ("Norway's Foreign Minister NAME …",
 * "Kenya's Chief Justice NAME …") does not end the search for the sentence's subject: a participle later in the
 * sentence (", adding …", ", saying …") is the named person's or body's (issue 13, round 20).
 */
import { describe, expect, test } from 'vitest';
import { byBlankLines, quotesOfTexts } from '../../support/engine-stages.ts';

const speakers = (text: string): (string | null)[] => quotesOfTexts(byBlankLines(text)).map((q) => q.speaker);

describe('a place’s possessive before the subject', () => {
  test.each([
    ['"adding that"', 'Norway’s Foreign Minister Eva Lund also welcomed the deal, adding that it was "a fair outcome".', 'Eva Lund'],
    ['"saying"', "Kenya's Chief Justice Paul Mwangi rejected the appeal on Monday, saying it had \"no merit\".", 'Paul Mwangi'],
    ['a body after the place', "Britain's Olympic Committee turned down the bid, saying it was \"too costly\".", 'Olympic Committee'],
  ])('the person speaks: %s', (_label, text, name) => {
    expect(speakers(text)).toEqual([name]);
  });

  test.each([
    ['a person’s possessive', "Lund's aide Tom Vale rejected the offer, saying it was \"too little\".", null],
    ['no one after the possessive', 'Britain’s economy grew by 2% last year, beating what were "gloomy forecasts".', null],
  ])('withheld as before: %s', (_label, text, name) => {
    expect(speakers(text)).toEqual([name]);
  });
});
