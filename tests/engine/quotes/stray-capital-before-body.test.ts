/**
 * "NAME of the Northern Ute water office told …": a capitalised word between "the" and a body's name that the actor
 * finder left out of the name ("Northern", "Greater", "Upper") does not hide the "of" that ties the body to the
 * person named before it; the person speaks (issue 13, round 18).
 */
import { describe, expect, test } from 'vitest';
import { byBlankLines, quotesOfTexts } from '../../support/engine-stages.ts';

const speakers = (text: string): (string | null)[] => quotesOfTexts(byBlankLines(text)).map((q) => q.speaker);

describe('a stray capital before the body after "of the"', () => {
  test.each([
    ['a region\'s word before a tribe\'s office', '“We are happy to have them back,” Ann Roe of the Northern Ute tribal water office told the crowd.', 'Ann Roe'],
    ['before a council', '“The road must close,” Tom Vale of the Greater Leeds city council told reporters.', 'Tom Vale'],
  ])('the person speaks: %s', (_label, text, name) => {
    expect(speakers(text)).toEqual([name]);
  });

  test.each([
    ['a body with no person before it', 'The Northern Ute tribal water office said the herd was “healthy”.', 'Ute tribal water office'],
  ])('unchanged: %s', (_label, text, name) => {
    const got = speakers(text)[0] ?? null;
    expect(got === null || got.includes(name)).toBe(true);
  });
});
