/**
 * In British style a knight, dame or peer keeps the title ("Sir Ian", "Dame Judi"), never "Mr SURNAME": of people
 * sharing a surname, a plain courtesy title ("Mr", "Mrs", "Ms", "Miss") points to those introduced without such a title
 * (issue 13, round 44).
 */
import { describe, expect, test } from 'vitest';
import { isStyledTitle, namesakesForCourtesy } from '../../../src/engine/actors/plain-courtesy-namesakes.ts';
import { byBlankLines, quotesOfTexts } from '../../support/engine-stages.ts';

const speakers = (text: string): (string | null)[] => quotesOfTexts(byBlankLines(text)).map((q) => q.speaker);

describe('"Mr SURNAME" beside a knight of that surname', () => {
  test.each([
    [
      'a knight named first, the plain namesake later',
      'Sir Roger Denby, the head of the fire service, warned of cuts.\n\nLater the minister Paul Denby spoke in the House. Sir Roger had asked for more money. But Mr Denby said: "The budget is fixed."',
      ['Paul Denby'],
    ],
    [
      'a dame and a plain namesake',
      'Dame Helen Crewe, who runs the gallery, opened the show. The culture secretary Anna Crewe was there too.\n\nDame Helen thanked the donors. Ms Crewe added: "Art belongs to everyone."',
      ['Anna Crewe'],
    ],
    [
      'a peer and a plain namesake',
      'Lord Harwood of Kent led the debate. His nephew Simon Harwood, a councillor, watched.\n\nLord Harwood spoke for an hour. Mr Harwood said afterwards: "It was too long."',
      ['Simon Harwood'],
    ],
    [
      'the knight himself called "Sir" keeps his words',
      'Sir Roger Denby warned of cuts. The minister Paul Denby disagreed.\n\nSir Roger said: "We cannot go on like this."',
      ['Roger Denby'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('namesakesForCourtesy', () => {
  const ian = { name: 'Ian', styled: true };
  const tony: { name: string; styled?: boolean } = { name: 'Tony' };
  test.each([
    ['Mr', [ian, tony], [tony]],
    ['Mrs', [ian, tony], [tony]],
    ['Dr', [ian, tony], [ian, tony]],
    [undefined, [ian, tony], [ian, tony]],
    ['Mr', [ian], [ian]],
    ['Mr', [tony], [tony]],
  ])('%s before the surname', (honorific, known, expected) => {
    expect(namesakesForCourtesy(known, honorific)).toEqual(expected);
  });

  test.each([
    ['Sir', true],
    ['Dame', true],
    ['Lord', true],
    ['Baroness', true],
    ['Mr', false],
    [undefined, false],
  ])('isStyledTitle(%s)', (honorific, expected) => {
    expect(isStyledTitle(honorific)).toBe(expected);
  });
});
