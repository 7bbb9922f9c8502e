/**
 * A person's affiliation set off by one comma only — none closes it ("Dr Ann Roe, of the Centre for Transport at the
 * University of Leeds said:") or none opens it ("“…,” Ann Roe from the Retail Association, told") — is where the
 * person works: the person who opens the clause speaks, not the body before the verb (issue 13, round 20).
 */
import { describe, expect, test } from 'vitest';
import { byBlankLines, quotesOfTexts } from '../../support/engine-stages.ts';

const speakers = (text: string): (string | null)[] => quotesOfTexts(byBlankLines(text)).map((q) => q.speaker);

describe('an affiliation with one comma', () => {
  test.each([
    ['no closing comma, one body', 'Bus use fell again. Dr Mina Osei, of the Institute for Road Safety said: "Older passengers find the steps too high."', 'Mina Osei'],
    ['no closing comma, a chain of bodies and a town', 'Bus use fell again. Dr Mina Osei, of the Institute for Road Safety at the University of Kent in Canterbury said: "Older passengers find the steps too high."', 'Mina Osei'],
    ['no opening comma, after the quote', 'Sales rose 8%. "Shoppers came back in December," Carl Brandt from the Retail Traders Association, told the BBC.', 'Carl Brandt'],
    ['no opening comma, before the quote', 'Sales rose 8%. Carl Brandt from the Retail Traders Association, told the BBC: "Shoppers came back in December."', 'Carl Brandt'],
    ['no closing comma after a clause opener', 'Bus use fell again. But Mina Osei, from the Institute for Road Safety said: "Older passengers find the steps too high."', 'Mina Osei'],
  ])('the person speaks: %s', (_label, text, name) => {
    expect(speakers(text)).toEqual([name]);
  });

  test.each([
    ['one of a pair', 'Bus use fell again. Tom Vale and Mina Osei, of the Institute for Road Safety said: "Older passengers find the steps too high."'],
  ])('withheld: %s', (_label, text) => {
    expect(speakers(text)).toEqual([null]);
  });

  test.each([
    ['both commas', 'Sales rose 8%. "Shoppers came back in December," Carl Brandt, from the Retail Traders Association, told the BBC.', 'Carl Brandt'],
    ['the body alone', 'Sales rose 8%. "Shoppers came back in December," the Retail Traders Association told the BBC.', 'Retail Traders Association'],
  ])('unchanged: %s', (_label, text, name) => {
    expect(speakers(text)).toEqual([name]);
  });
});
