import { describe, expect, test } from 'vitest';
import { markWordDifferences } from '../../../src/site/render/mark-word-differences.ts';

/** The flagged words, joined, for compact expectations. */
function flagged(text: string, references: string[]): string[] {
  return markWordDifferences(text, references)
    .filter((segment) => segment.differs)
    .map((segment) => segment.text);
}

describe('markWordDifferences', () => {
  test.each([
    ['translation variants', 'nothing should be excluded', ['nothing should be ruled out'], ['excluded']],
    ['the other side of the same pair', 'nothing should be ruled out', ['nothing should be excluded'], ['ruled out']],
    ['identical wordings', 'no consensus', ['no consensus'], []],
    ['case, accents and punctuation', 'No consensus, Élysée said.', ['no consensus elysee said'], []],
    ['curly and straight quotes', 'it’s “over”', ["it's \"over\""], []],
    ['a longer excerpt against a shorter one', 'we should not exclude that', ['should not exclude'], ['we', 'that']],
    ['a word differing from any of several wordings', 'the probability is low', ['the probability is low', 'the likelihood is low'], ['probability']],
    ['no references', 'anything at all', [], []],
  ])('flags %s', (_name, text, references, expected) => {
    expect(flagged(text, references)).toEqual(expected);
  });

  test.each([
    ['nothing should be excluded', ['nothing should be ruled out']],
    ['  leading and trailing spaces  ', ['spaces']],
    ['one', ['two']],
    ['', ['two']],
  ])('returns runs that join back to the text: %j', (text, references) => {
    expect(
      markWordDifferences(text, references)
        .map((segment) => segment.text)
        .join(''),
    ).toBe(text);
  });

  test('keeps spaces around a flagged word outside the mark', () => {
    expect(markWordDifferences('be excluded now', ['be ruled out now'])).toEqual([
      { text: 'be ', differs: false },
      { text: 'excluded', differs: true },
      { text: ' now', differs: false },
    ]);
  });
});
