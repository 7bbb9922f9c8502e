import { describe, expect, test } from 'vitest';
import { actorsOfParagraphs as actorsOf } from '../../support/engine-stages.ts';

const names = (text: string): string[] => actorsOf(text).map((a) => a.name);

describe('dropShowTitles', () => {
  test.each([
    ['a film before its star', 'Harbour Lights star Ann Roe is expected to lose out to her rival.', 'Harbour Lights'],
    ['a show before its presenter', 'Guests included Dancing Tonight presenter Carla Menzies and a singer.', 'Dancing Tonight'],
    ['a sitcom before its comedy duo', 'Little Harbour comedy duo Tom Kerrigan and Ben Ashdown hosted the night.', 'Little Harbour'],
  ])('drops %s', (_label, text, name) => {
    expect(names(text)).not.toContain(name);
  });

  test.each([
    ['the star named after the title', 'Harbour Lights star Ann Roe is expected to lose out to her rival.', 'Ann Roe'],
    ['a person before a lower-case noun only', 'Ann Roe presenter duties ended.\n\nAnn Roe said she was sad to go.', 'Ann Roe'],
    ['a club before its star', 'Westbury Rovers star Ben Ashdown scored twice.', 'Westbury Rovers'],
  ])('keeps %s', (_label, text, name) => {
    expect(names(text).join('|')).toContain(name);
  });
});

describe('a listed kind of work after "box office"', () => {
  test.each([
    ['the first title after "box office hits"', 'Budgets similar to box office hits Harbour Lights and Copper Sky are at risk.', 'Harbour Lights'],
  ])('drops %s', (_label, text, name) => {
    expect(names(text)).not.toContain(name);
  });
});
