import { describe, expect, test } from 'vitest';
import { actorsOfParagraphs as actorsOf } from '../../support/engine-stages.ts';

const names = (text: string): string[] => actorsOf(text).map((a) => a.name);

const SECTIONS = 'The bill has three parts.\n\nGreen Roofs: Grants for homes that plant their roofs.\n\nRiver Health: Ten years of money for cleaner rivers.\n\nFair Fares: Cheaper buses for students.';

describe('dropHeadingLabels', () => {
  test.each([
    ['the first of three section labels', SECTIONS, 'Green Roofs'],
    ['the second of three section labels', SECTIONS, 'River Health'],
    ['a label with a lower-case joiner', 'Solar Power and Storage: Credits for panels.\n\nRiver Health: Money for rivers.\n\nFair Fares: Cheaper buses.', 'Solar Power and Storage'],
  ])('drops %s', (_label, text, name) => {
    expect(names(text)).not.toContain(name);
  });

  test.each([
    ['speaker labels before quotations', 'Leaders praised the choice.\n\nSenator Ann Roe: “She is a fine pick.”\n\nMayor Tom Kerrigan: “A great day.”\n\nGreen Trust: “We welcome it.”', 'Ann Roe'],
    ['an interview answer in the first person', 'Lena Marsh: I have wanted to study birds since I was a child.\n\nRiver Health: Money for rivers.\n\nFair Fares: Cheaper buses.', 'Lena Marsh'],
    ['a label also named in running text', 'Green Roofs: Grants for homes.\n\nRiver Health: Money for rivers.\n\nFair Fares: Cheaper buses.\n\nGreen Roofs said it welcomed the bill.', 'Green Roofs'],
    ['a label in an article with only two of them', 'Green Roofs: Grants for homes.\n\nRiver Health: Money for rivers.', 'Green Roofs'],
  ])('keeps %s', (_label, text, name) => {
    expect(names(text).join('|')).toContain(name);
  });
});
