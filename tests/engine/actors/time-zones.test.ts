/**
 * A time zone after a clock time ("10:42 GMT", "09:00 EST") starts no name (issue 13, round 17): live pages and
 * run-together updates put the next sentence's subject right after it ("10:42 GMT Network Rail said").
 */
import { describe, expect, test } from 'vitest';
import { actorsOfParagraphs, byBlankLines, quotesOfTexts } from '../../support/engine-stages.ts';

describe('a time zone after a clock time', () => {
  test.each([
    ['GMT after hours and minutes', '10:42 GMT Harbour Rail said: “Lines stay shut.”', 'Harbour Rail'],
    ['BST after hours and minutes', 'The storm hit at dawn. 07:10 BST Westfield Power said power was “back for most homes”.', 'Westfield Power'],
    ['EST after a time in a heading line', 'Updated 09:00 EST Coastal Water Authority said: “Boil your water.”', 'Coastal Water Authority'],
  ])('is no part of the name after it: %s', (_label, text, name) => {
    expect(actorsOfParagraphs(text).map((a) => a.name)).toContain(name);
    expect(quotesOfTexts(byBlankLines(text)).map((q) => q.speaker)).toEqual([name]);
  });

  test('a body whose name holds the letters keeps them', () => {
    expect(actorsOfParagraphs('The GMT Freight Group said it would close.').map((a) => a.name)).toContain('GMT Freight Group');
  });
});
