/**
 * A post held before a name set off by commas, with the member's letters after the name ("Welsh Health Minister,
 * Ann Roe MS, said:", "The Labour spokesman, Tom Vale MP, said"): the letters stand between the name and the comma
 * that closes the appositive; the named person speaks (issue 13, round 20).
 */
import { describe, expect, test } from 'vitest';
import { byBlankLines, quotesOfTexts } from '../../support/engine-stages.ts';

const speakers = (text: string): (string | null)[] => quotesOfTexts(byBlankLines(text)).map((q) => q.speaker);

describe('letters after the name of an appositive', () => {
  test.each([
    ['"MSP" after a capitalised post', 'Ministers met on Monday. Scottish Transport Minister, Nicola Fenwick MSP, said: "The new line will open in May."', 'Nicola Fenwick'],
    ['"MP" after "the … spokesman"', 'The Labour health spokesman, Tom Vale MP, said: "Waiting lists are longer than ever."', 'Tom Vale'],
    ['"QC" after a lower-case role', 'The lawyer for the family, Ann Roe QC, told the court: "They want answers."', 'Ann Roe'],
    ['"MEP" before "said" after the quote', '"We will vote against it," the Green leader, Jean Marsh MEP, said.', 'Jean Marsh'],
  ])('the person speaks: %s', (_label, text, name) => {
    expect(speakers(text)).toEqual([name]);
  });

  test.each([
    ['the same sentence without letters', 'The Labour health spokesman, Tom Vale, said: "Waiting lists are longer than ever."', 'Tom Vale'],
  ])('unchanged: %s', (_label, text, name) => {
    expect(speakers(text)).toEqual([name]);
  });
});
