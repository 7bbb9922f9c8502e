/**
 * A courtesy title right after an organisation's head word opens a person's name: "At the Royal Society Dr Patel
 * said" names a body and then a person, not one body "Royal Society Dr Patel" (issue 13, round 18).
 */
import { describe, expect, test } from 'vitest';
import { byBlankLines, quotesOfTexts } from '../../support/engine-stages.ts';

const speakers = (text: string): (string | null)[] => quotesOfTexts(byBlankLines(text)).map((q) => q.speaker);

describe('an honorific after a body’s head word', () => {
  test.each([
    ['"Mr" after an institute', 'Ivo Kim is the party\'s spokesman on defence.\n\nIn a speech to the Harbour Policy Institute Mr Kim said: “The plan will fail.”', 'Ivo Kim'],
    ['"Dr" after a society', 'Nila Patel leads the survey.\n\nAt the Royal Society Dr Patel said: “The data is clear.”', 'Nila Patel'],
    ['"Mrs" after a council, with a full name', 'At a meeting of the Leeds City Council Mrs Ann Roe said: “We cannot pay.”', 'Ann Roe'],
  ])('the person speaks: %s', (_label, text, name) => {
    expect(speakers(text)).toEqual([name]);
  });

  test.each([
    ['a body whose name ends in a title', 'The Royal Society said: “The data is clear.”', 'Royal Society'],
  ])('unchanged: %s', (_label, text, name) => {
    expect(speakers(text)).toEqual([name]);
  });
});
