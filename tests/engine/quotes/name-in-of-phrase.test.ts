/**
 * "The star of Rain Man and Tootsie said …": a person's name inside an "of" phrase after "the NOUN" is no subject of
 * the verb after it; "the NOUN" is an epithet for the person the text is about (issue 13, round 44).
 */
import { describe, expect, test } from 'vitest';
import { byBlankLines, quotesOfTexts } from '../../support/engine-stages.ts';

const speakers = (text: string): (string | null)[] => quotesOfTexts(byBlankLines(text)).map((q) => q.speaker);

describe('a name inside an "of" phrase after "the NOUN"', () => {
  test.each([
    [
      'films listed after "the star of": the star the text is about, never the last film',
      'Hollywood star Nina Calloway has returned to the stage.\n\nThe star of Harbour Lights and Mabel Grey said the theatre was "in good health" at a reception on Friday.',
      ['Nina Calloway'],
    ],
    [
      'a relative named after "the son of"',
      'Carol Penn, 54, died in the crash. The son of Carol Penn said the road was "a death trap".',
      [null],
    ],
    [
      'a name that opens the sentence',
      'Nina Calloway said the theatre was "in good health".',
      ['Nina Calloway'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });

  test('the holder of a post named right after the body still speaks', () => {
    const [speaker] = speakers('The head of Vantor Films Amy Rusk said the year had been "remarkable".');
    expect(speaker).toMatch(/Amy Rusk$/);
  });
});
