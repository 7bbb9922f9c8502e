import { describe, expect, test } from 'vitest';
import { actorsOfParagraphs } from '../../support/engine-stages.ts';
import { isShortFormOf } from '../../../src/engine/actors/23-merge-name-forms.ts';

const bodies = (text: string): [string, string[]][] => actorsOfParagraphs(text).filter((a) => a.kind === 'organization').map((a) => [a.name, [...a.aliases].sort()]);

describe('isShortFormOf', () => {
  test.each<[string, string, boolean]>([
    ['Institute of Coastal Studies', 'Institute for Coastal Studies', true],
    ['Harbour Defence Force', 'Harbour Defence Forces', true],
    ['Supreme Court', 'United States Supreme Court', true],
    ['Ethics and Standards Committee', 'House Ethics and Standards Committee', true],
    ['Congress', 'Congress of Kiribati', true],
    ['Riverside Rovers', 'Riverside Rovers Football Club', true],
    ['Democratic Party', 'Christian Democratic Party', false],
    ['Standards Committee', 'House Ethics and Standards Committee', false],
    ['Riverside Rovers', 'Riverside Rovers Supporters Trust', false],
  ])('%s in %s: %s', (short, long, expected) => {
    expect(isShortFormOf(short, long)).toBe(expected);
  });
});

describe('mergeNameForms', () => {
  test.each<[string, string, [string, string[]][]]>([
    [
      'a country left off',
      'The United States Supreme Court heard the case on Monday.\n\nThe Supreme Court said it would rule in June.',
      [['United States Supreme Court', ['Supreme Court']]],
    ],
    [
      'a kind of club left off',
      'Riverside Rovers Football Club sacked its manager.\n\nRiverside Rovers said a new manager would start soon.',
      [['Riverside Rovers Football Club', ['Riverside Rovers']]],
    ],
    [
      '"of" for "for"',
      'The Institute for Coastal Studies published a report.\n\nThe Institute of Coastal Studies said sea levels were rising.',
      [['Institute for Coastal Studies', ['Institute of Coastal Studies']]],
    ],
  ])('merges %s', (_label, text, expected) => {
    expect(bodies(text)).toEqual(expected);
  });

  test('leaves alone a short name two bodies fit', () => {
    const text = 'The Christian Democratic Party and the Social Democratic Party met.\n\nThe Democratic Party said nothing.';
    expect(bodies(text).map(([name]) => name)).toEqual(['Christian Democratic Party', 'Social Democratic Party', 'Democratic Party']);
  });
});

describe('mergeInitialisms: a name read as a person’s that the initials spell', () => {
  test('is the body', () => {
    expect(actorsOfParagraphs('Harlow Ferris said profits rose by 4%.').map((a) => a.kind)).toEqual(['person']);
    expect(bodies('Harlow Ferris said profits rose by 4%.\n\nShares in HF fell after the figures.')).toEqual([['Harlow Ferris', ['HF']]]);
  });
});
