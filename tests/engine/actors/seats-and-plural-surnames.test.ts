/**
 * Issue 13, round 26 (13ck): a constituency after "MP for" is a setting, not an actor ("Labour MP for West Ham"), and a
 * two-word name whose second word only looks like the plural of an organisation's head ("Banks") is a person's when a
 * person's post follows it in apposition — so a later "he said" goes to the MP, not to the constituency.
 */
import { describe, expect, test } from 'vitest';
import { actorsOfParagraphs, byBlankLines, quotesOfTexts } from '../../support/engine-stages.ts';

const names = (text: string): string[] => actorsOfParagraphs(text).map((a) => a.name);
const kindOf = (text: string, name: string): string | undefined => actorsOfParagraphs(text).find((a) => a.name === name)?.kind;
const speakers = (text: string): (string | null)[] => quotesOfTexts(byBlankLines(text)).map((q) => q.speaker);

describe('a constituency after a seat holder and "for"', () => {
  test.each([
    ['after "MP for"', 'Ann Roe, the Conservative MP for North Dorset, said the plan was unfair.', 'North Dorset'],
    ['after "MSP for"', 'Tom Hale, SNP MSP for Glen Morton, said the road would close.', 'Glen Morton'],
    ['after "MP for", a city', 'Jane Pike, Liberal Democrat MP for Sheffield, said voters were angry.', 'Sheffield'],
  ])('is no actor %s', (_label, text, seat) => {
    expect(names(text)).not.toContain(seat);
  });

  test.each([
    ['a place that acts elsewhere', 'Ann Roe is the MP for Kent Vale. Kent Vale said it would appeal.', 'Kent Vale'],
    ['a body after "funding for"', 'The council agreed funding for Harbour Trust, which said it was grateful.', 'Harbour Trust'],
  ])('keeps %s', (_label, text, name) => {
    expect(names(text)).toContain(name);
  });
});

describe('a surname like a plural head, with a post in apposition', () => {
  test.each([
    ['"Banks" with an MP\'s post', 'Peter Banks, Labour MP for Eastfield, said the vote was lost.', 'Peter Banks'],
    ['"Stores" with a chairman\'s post', 'Megan Stores, chairman of the county council, said the budget was tight.', 'Megan Stores'],
  ])('is a person: %s', (_label, text, name) => {
    expect(kindOf(text, name)).toBe('person');
  });

  test.each([
    ['a firm ending in "Banks" with no post', 'Northern Banks said profits fell.', 'Northern Banks'],
  ])('stays an organisation: %s', (_label, text, name) => {
    expect(kindOf(text, name)).toBe('organization');
  });

  test('a later "he said" goes to the MP, not to his seat or an earlier speaker', () => {
    const text = '"We will fight on," the farmer, Joe Hurst, said. But Peter Banks, Labour MP for Eastfield, said the row would fade. "The voters will settle this," he said.';
    expect(speakers(text)).toEqual(['Joe Hurst', 'Peter Banks']);
  });
});
