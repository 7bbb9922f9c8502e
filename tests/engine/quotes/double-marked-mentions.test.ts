/**
 * Double marks in an article that quotes in single marks (drop-double-marked-mentions.ts): British house style sets
 * off a word, a nickname or a label in double marks; a long double-marked quotation stays. News-shaped sentences
 * written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { findQuoteSpans } from '../../../src/engine/quotes/index.ts';
import { isDoubleMarkedMention, quotesInSingleMarks } from '../../../src/engine/quotes/drop-double-marked-mentions.ts';
import { quotesOfLines } from '../../support/engine-stages.ts';

const paragraphsOf = (article: string) => article.split('\n').map((text) => ({ text, quotes: findQuoteSpans(text) }));
const textsOf = (article: string): string[] => quotesOfLines(article).map((q) => q.text);

describe('quotesInSingleMarks', () => {
  test.each([
    ['long quotations in single marks', '‘We will rebuild the bridge by June,’ the mayor said.\nCritics call it the “big fix”.', true],
    ['long quotations in double marks', '“We will rebuild the bridge by June,” the mayor said.\nCritics call it the ‘big fix’.', false],
    ['no long quotation at all', 'Critics call it the ‘big fix’ and the “quick mend”.', false],
    ['a tie is no single style', '“We will rebuild the bridge by June,” the mayor said.\n‘Nobody will be left without a road,’ she added.', false],
  ])('%s', (_label, article, expected) => {
    expect(quotesInSingleMarks(paragraphsOf(article))).toBe(expected);
  });
});

describe('isDoubleMarkedMention', () => {
  test.each([
    ['a short span in curly double marks', 'Fans call the striker “the Hammer” at home.', true],
    ['a short span in straight double marks', 'Fans call the striker "the Hammer" at home.', true],
    ['a long span in double marks is a quotation', 'She said: “We will keep the library open for as long as we can.”', false],
    ['a span in single marks', 'Fans call the striker ‘the Hammer’ at home.', false],
  ])('%s', (_label, text, expected) => {
    expect(isDoubleMarkedMention(text, findQuoteSpans(text)[0]!)).toBe(expected);
  });
});

describe('findQuotes drops short double-marked spans only where the article quotes in single marks', () => {
  test.each<[string, string, string[]]>([
    [
      'a nickname in double marks beside quotes in single marks',
      'The striker Tomas Vidal scored twice on Saturday.\n‘We never stopped believing we could turn it round,’ Vidal said.\nThe man fans call “the Hammer” then left the pitch to applause.',
      ['We never stopped believing we could turn it round,'],
    ],
    [
      'a label after a colon in double marks',
      'Councillor Jane Pike spoke at the meeting on Tuesday.\n‘We cannot close the library without asking the town first,’ Cllr Pike said.\nShe called the plan a “quiet cut”.',
      ['We cannot close the library without asking the town first,'],
    ],
    [
      'an article quoting in double marks keeps its short double-marked quotes',
      'Councillor Jane Pike spoke at the meeting on Tuesday.\n“We cannot close the library without asking the town first,” Cllr Pike said.\nShe called the plan a “quiet cut”.',
      ['We cannot close the library without asking the town first,', 'quiet cut'],
    ],
  ])('%s', (_label, article, expected) => {
    expect(textsOf(article)).toEqual(expected);
  });
});
