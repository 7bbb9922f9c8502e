/**
 * Issue 13, round 26 (13ck): "NAME, for the Liberal Democrats, accused Mr Roe of …" is no inverted speech tag ("…, said
 * Mr Roe."): the comma closes the appositive of the person who opens the sentence, the verb's subject, and the name after
 * the verb is its object. A later "he said" goes to the subject, not to the person attacked.
 */
import { describe, expect, test } from 'vitest';
import { byBlankLines, quotesOfTexts } from '../../support/engine-stages.ts';

const speakers = (text: string): (string | null)[] => quotesOfTexts(byBlankLines(text)).map((q) => q.speaker);

describe('a speech verb after an appositive of the sentence\'s subject', () => {
  test.each([
    ['"accused … of"', 'Mr Roe set out his budget on Monday.\n\nMark Hale, for the Greens, accused Mr Roe of ducking hard choices.\n\nHe said: "This is a budget of drift. Nothing has been decided."', 'Mark Hale'],
    ['"warned" with a role appositive', 'Mr Roe defended the plan.\n\nTom Price, the party\'s health spokesman, warned Mr Roe against further cuts.\n\nHe said: "Wards are already closing."', 'Tom Price'],
  ])('the pronoun goes to the subject: %s', (_label, text, speaker) => {
    expect(speakers(text)[0]).toBe(speaker);
  });

  test.each([
    ['a real inverted tag after a clause', 'The budget will fail, said Mr Roe.\n\nHe said: "We need a new plan."', 'Roe'],
  ])('keeps %s', (_label, text, speaker) => {
    expect(speakers(text)[0]).toContain(speaker);
  });
});
