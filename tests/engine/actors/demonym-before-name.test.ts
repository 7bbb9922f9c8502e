import { describe, expect, test } from 'vitest';
import { endsDemonymBeforeName } from '../../../src/engine/actors/demonym-before-name.ts';
import { tokenizeText } from '../../../src/engine/actors/01-tokenize-text.ts';
import { actorsOfParagraphs as actorsOf } from '../../support/engine-stages.ts';

const names = (text: string): string[] => actorsOf(text).map((a) => a.name);

describe('endsDemonymBeforeName', () => {
  test.each([
    ['a nationality noun before a full name', 'Briton Kate Moss-Lyle said so.', 0, 2, true],
    ['a region demonym before a full name', 'Texan Walt Briggs said so.', 0, 2, true],
    ['the second word of a two-word city demonym', 'New Yorker Ada Vance said so.', 1, 3, true],
    ['a given name that looks like a demonym, with one word after', 'Finn Harlow said so.', 0, 1, false],
    ['a demonym before an organisation head', 'Texan Oil Company said so.', 0, 2, false],
    ['an ordinary given name', 'Martha Ruiz Lopez said so.', 0, 2, false],
  ])('%s', (_label, text, k, last, expected) => {
    expect(endsDemonymBeforeName(tokenizeText(0, text, []).tokens, k, last)).toBe(expected);
  });
});

describe('demonym nouns before names in found actors', () => {
  test.each([
    ['Londoner Pia Holt said: "It was lovely to be back."', 'Pia Holt', 'Londoner Pia Holt'],
    ['By any measure, New Yorker Saul Brenner is a winner, he said.', 'Saul Brenner', 'Yorker Saul Brenner'],
    ['Scotsman Rory Dunmore said: "We will be there."', 'Rory Dunmore', 'Scotsman Rory Dunmore'],
    ['Briton Lena Marsh told reporters: "I am delighted."', 'Lena Marsh', 'Briton Lena Marsh'],
  ])('%s', (text, name, junk) => {
    expect(names(text)).toContain(name);
    expect(names(text)).not.toContain(junk);
  });

  test('a two-word name opening with a demonym-like given name is kept whole', () => {
    expect(names('Dane Whitlock said: "We won."')).toContain('Dane Whitlock');
  });
});
