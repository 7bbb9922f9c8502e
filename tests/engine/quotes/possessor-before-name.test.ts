/**
 * A body's possessive right before a person's name after the speech verb ("said Labour's Ann Roe", "said Harbour
 * Networks' Tom Vale") names where the person works: the person speaks, not the body (issue 13, round 18).
 */
import { describe, expect, test } from 'vitest';
import { byBlankLines, quotesOfTexts } from '../../support/engine-stages.ts';

const speakers = (text: string): (string | null)[] => quotesOfTexts(byBlankLines(text)).map((q) => q.speaker);

describe('a possessive before the name after the verb', () => {
  test.each([
    ['a party\'s possessive', 'Labour won the seat.\n\n“This is a great night for the town,” said Labour\'s Ann Roe.', 'Ann Roe'],
    ['a plural body\'s bare apostrophe', 'Harbour Networks signed the deal.\n\n“We are thrilled to carry the final,” said Harbour Networks\' Tom Vale.', 'Tom Vale'],
    ['a company of two words', 'Acme Mobile won the contract.\n\n“It is a big day for us,” said Acme Mobile\'s Jane Porter.', 'Jane Porter'],
    ['a club, then the next quote', 'Bristol Rovers lost again.\n\n“We were poor,” said Bristol Rovers\' Dan Hill. “We must improve.”', 'Dan Hill'],
  ])('the person speaks: %s', (_label, text, name) => {
    expect(new Set(speakers(text))).toEqual(new Set([name]));
  });

  test.each([
    ['a relative of a person', 'Tom Vale was charged.\n\n“He is innocent,” said Vale\'s lawyer.', null],
    ['a role between the possessive and the name', 'Acme Mobile won the contract.\n\n“It is a big day,” said Acme Mobile\'s chief executive Jane Porter.', 'Jane Porter'],
  ])('unchanged: %s', (_label, text, name) => {
    expect(speakers(text)).toEqual([name]);
  });
});
