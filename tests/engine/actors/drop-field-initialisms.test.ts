import { describe, expect, test } from 'vitest';
import { actorsOfParagraphs as actorsOf } from '../../support/engine-stages.ts';

const names = (text: string): string[] => actorsOf(text).map((a) => a.name);

describe('dropFieldInitialisms', () => {
  test.each([
    ['a genre before a star', 'R&B star Nia Fowler said she would sing at the gala.', 'R&B'],
    ['a field before investments', 'The plan doubles R&D investments in the north, the minister said.', 'R&D'],
    ['a genre in a list', 'The album mixes soul and R&B with gospel.', 'R&B'],
  ])('drops %s', (_label, text, name) => {
    expect(names(text)).not.toContain(name);
  });

  test.each([
    ['initials bracketed after the full name', 'Marsh & Pell\'s (M&P) raised the rating on Monday.', 'M&P'],
    ['initials that speak', 'P&Q said the stores would stay open.', 'P&Q'],
    ['the singer after the genre', 'R&B star Nia Fowler said she would sing at the gala.', 'Nia Fowler'],
  ])('keeps %s', (_label, text, name) => {
    expect(names(text).join('|')).toContain(name);
  });
});
