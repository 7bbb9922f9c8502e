/**
 * A line break inside a quotation (03-split-blocks.ts, continuesQuote): pasted text that breaks a paragraph in the
 * middle of a quotation keeps the quotation in one block; a new paragraph of a quotation that runs on opens with a
 * mark of its own and stays a block of its own. News-shaped lines written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { continuesQuote, splitBlocks } from '../../../src/engine/ingest/03-split-blocks.ts';

describe('continuesQuote', () => {
  test.each<[string, string, string, string, boolean]>([
    ['the next line closes the quote with a straight mark', '"The club was his whole life.', 'He never missed a match in forty years," said his son.', '', true],
    ['the next line closes the quote with a curly mark', 'The minister said: “We will publish the figures.', 'Nothing will be hidden from the public.” She left.', '', true],
    ['the next line holds no mark and the one after reopens the quote', '"Prices rose faster than wages this year.', 'Families on low incomes felt it first.', '"We expect the same next year," the charity said.', true],
    ['the next line reopens the quote itself: a new paragraph', '"Prices rose faster than wages this year.', '"We expect the same next year," the charity said.', '', false],
    ['the line closes its quote', '"Prices rose," the charity said.', 'Wages stayed flat," it added.', '', false],
    ['a single-marked quote is left alone', "'Prices rose faster than wages.", "Families felt it first,' it said.", '', false],
    ['a curly single-marked quote closed on the next line', '‘The club was his whole life.', 'He never missed a match in forty years,’ said his son.', '', true],
    ['a curly single-marked quote: the next line holds no mark and the one after reopens it', '‘Prices rose faster than wages this year.', 'Families on low incomes felt it first.', '‘We expect the same next year,’ the charity said.', true],
    ['a curly single-marked quote: an apostrophe on the next line is no closing mark', '‘Prices rose faster than wages this year.', 'The charity’s report was published on Monday.', 'Ministers declined to comment.', false],
    ['a curly single-marked quote: the next line reopens the quote itself', '‘Prices rose faster than wages this year.', '‘We expect the same next year,’ the charity said.', '', false],
    ['a curly single-marked quote: the next line opens a quote before any closing mark', '‘Prices rose faster than wages.', 'The charity said ‘wages stayed flat’ in May.', '', false],
    ['the next line holds no mark and narration follows', '"Prices rose faster than wages this year.', 'The report was published on Monday.', 'Ministers declined to comment.', false],
    ['the next line opens a quote before any closing mark', '"Prices rose faster than wages.', 'The charity said "wages stayed flat" in May.', '', false],
  ])('%s', (_label, line, next, after, expected) => {
    expect(continuesQuote(line, next, after)).toBe(expected);
  });
});

describe('splitBlocks keeps a quotation broken by a line break in one block', () => {
  test('joins the line that ends the quotation, keeping the first line number', () => {
    expect(splitBlocks('Tributes\n\n"The club was his whole life.\nHe never missed a match," said his son.\nThe funeral is on Friday.', 'text', 1)).toEqual([
      { text: 'Tributes', line: 1, heading: false },
      { text: '"The club was his whole life. He never missed a match," said his son.', line: 3, heading: false },
      { text: 'The funeral is on Friday.', line: 5, heading: false },
    ]);
  });

  test('a blank line between is a paragraph break', () => {
    expect(splitBlocks('"The club was his whole life.\n\nHe never missed a match," said his son.', 'text', 1)).toHaveLength(2);
  });
});
