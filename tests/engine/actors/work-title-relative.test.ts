/**
 * A name set off by commas after a kind of work is the work's title ("her book, Small Island, won"), but not when
 * "who" follows it: "on his radio show, Mr Roe, who …" names a person (issue 13, round 35).
 */
import { describe, expect, test } from 'vitest';
import { byBlankLines, quotesOfTexts } from '../../support/engine-stages.ts';

const speakers = (text: string): (string | null)[] => quotesOfTexts(byBlankLines(text)).map((q) => q.speaker);

describe('a name set off after a kind of work', () => {
  test.each([
    ['a relative after the name', 'Ivo Kim leads the party.\n\nInterviewed on a radio show, Mr Kim, who was in Leeds, said: “We have got it right.”', 'Ivo Kim'],
    ['"whose" after the name', 'Interviewed for the film, Ann Dorsey, whose farm flooded, said: “We lost everything.”', 'Ann Dorsey'],
  ])('the person speaks: %s', (_label, text, name) => {
    expect(speakers(text)).toEqual([name]);
  });

  test.each([
    ['a title followed by "which"', 'Her novel, Harbour Lights, which sold well, was praised.\n\nThe critic Ann Roe said: “It is a fine book.”', 'Ann Roe'],
  ])('the title is no speaker: %s', (_label, text, name) => {
    expect(speakers(text)).toEqual([name]);
  });
});
