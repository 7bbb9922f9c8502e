import { describe, expect, test } from 'vitest';
import { actorsOfParagraphs as actorsOf } from '../../support/engine-stages.ts';

const names = (text: string): string[] => actorsOf(text).map((a) => a.name);

describe('a title with a subtitle after "entitled"/"titled" that holds a country\'s name', () => {
  test.each([
    ['a report with a subtitle', 'The report, entitled Broadband Wales: The Next Step, was published by the institute.', 'Broadband Wales'],
    ['a study named again later', 'A study titled Greener Ireland: A Plan was released.\n\nGreener Ireland found that bills would fall.', 'Greener Ireland'],
  ])('no actor for %s', (_label, text, name) => {
    expect(names(text)).not.toContain(name);
  });

  test.each([
    ['a person opening a documentary\'s title', 'A documentary titled Dan Marsh: Area 9 & Beyond may have spurred interest.', 'Dan Marsh'],
  ])('keeps %s', (_label, text, name) => {
    expect(names(text).join('|')).toContain(name);
  });
});
