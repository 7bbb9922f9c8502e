import { describe, expect, test } from 'vitest';
import { actorsOfParagraphs as actorsOf } from '../../support/engine-stages.ts';

const names = (text: string): string[] => actorsOf(text).map((a) => a.name);

describe('dropQualifiers', () => {
  test.each([
    ['a country before a tree', 'A tall Sweden fir stands in the square this winter.', 'Sweden'],
    ['a brand before a drink', 'The group also sells Dunmore Glen whisky in Asia.', 'Dunmore Glen'],
    ['a country before its money', 'The painting sold for four million US dollars.', 'United States'],
    ['a nation before its squads', 'The deal will supply Great Britain squads with shirts.', 'United Kingdom'],
  ])('drops %s', (_label, text, name) => {
    expect(names(text)).not.toContain(name);
  });

  test.each([
    ['a country named once elsewhere', 'A tall Sweden fir stands in the square.\n\nSweden sent it as a gift.', 'Sweden'],
    ['a country before people', 'US officials said the talks failed.', 'United States'],
    ['a company before its staff', 'A Corvina Bay spokesman said the rum was safe.', 'Corvina Bay spokesman'],
    ['a person before a verb', 'Maria Lopez sold the wine.', 'Maria Lopez'],
  ])('keeps %s', (_label, text, name) => {
    expect(names(text)).toContain(name);
  });
});
