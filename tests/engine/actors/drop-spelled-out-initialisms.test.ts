import { describe, expect, test } from 'vitest';
import { actorsOfParagraphs as actorsOf } from '../../support/engine-stages.ts';

const names = (text: string): string[] => actorsOf(text).map((a) => a.name);

describe('dropSpelledOutInitialisms', () => {
  test.each([
    ['initials spelt out in square brackets after them', 'Drivers whose BAC [blood alcohol content] is over the limit will be banned.', 'BAC'],
    ['initials in brackets after their spelling', 'No patient has developed chronic venous insufficiency (CVI) so far. The trial will look for CVI in every patient.', 'CVI'],
    ['initials spelt out once and named again later', 'Most homes now record television on a PVR (personal video recorder). Shops sold more of the PVR last year.', 'PVR'],
  ])('drops %s', (_label, text, name) => {
    expect(names(text)).not.toContain(name);
  });

  test.each([
    ['a body spelt out in capitals', 'The Harbour Workers Union (HWU) said pay was too low. The HWU has 9,000 members.', 'Harbour Workers Union'],
    ['initials whose bracket spells other words', 'The FDA (which approved the drug in May) said more tests were needed.', 'FDA'],
    ['initials with a spokesman', 'A spokesman for the LRC (local review committee) said the plan would go ahead.', 'LRC'],
  ])('keeps %s', (_label, text, name) => {
    expect(names(text).join('|')).toContain(name);
  });
});
