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
    ['no closing comma, a post at a body', 'Rents rose again. Owen Pryce, head of campaigns at housing charity the Shelter Trust said the plan was "a sticking plaster".', 'Owen Pryce'],
  ])('the person speaks: %s', (_label, text, name) => {
    expect(speakers(text)).toEqual([name]);
  });

  test.each([
    ['one of a pair', 'Bus use fell again. Tom Vale and Mina Osei, of the Institute for Road Safety said: "Older passengers find the steps too high."'],
  ])('withheld: %s', (_label, text) => {
    expect(speakers(text)).toEqual([null]);
  });

  test.each([
    ['another person inside', 'Rents rose again. Owen Pryce, a friend of Nadia Kell said the plan was "a sticking plaster".'],
    ['a relative clause inside', 'Rents rose again. Owen Pryce, a builder who lives in Leeds said the plan was "a sticking plaster".'],
  ])('not the person who opens the clause: %s', (_label, text) => {
    expect(speakers(text)).not.toContain('Owen Pryce');
  });

  // Known gap: an affiliation that is a party's role, "the PARTY's spokeswoman on X", left unclosed before the verb.
  test.fails('the person speaks: "the PARTY\'s spokeswoman on X" left unclosed', () => {
    expect(speakers('Bills rose again. Maria Lund, the Green Party\'s spokeswoman on energy said: "Bills will keep rising."')).toEqual(['Maria Lund']);
  });

  test.each([
    ['both commas', 'Sales rose 8%. "Shoppers came back in December," Carl Brandt, from the Retail Traders Association, told the BBC.', 'Carl Brandt'],
    ['the body alone', 'Sales rose 8%. "Shoppers came back in December," the Retail Traders Association told the BBC.', 'Retail Traders Association'],
    ['a name after a preposition does not open the clause', 'Rents rose again. After talks with Owen Pryce, the Shelter Trust said the plan was "a sticking plaster".', 'Shelter Trust'],
  ])('unchanged: %s', (_label, text, name) => {
    expect(speakers(text)).toEqual([name]);
  });
});
