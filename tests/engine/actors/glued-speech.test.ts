/**
 * A verb of saying glued by a typo to the name after it ("saidMandy Cohen") or to the pronoun before it ("hesaid"):
 * the tokeniser splits it, so the cue after a quote reads as the outlet meant it. Every row is written for this test.
 */
import { describe, expect, test } from 'vitest';
import { tokenizeText } from '../../../src/engine/actors/01-tokenize-text.ts';
import { findQuoteSpans } from '../../../src/engine/quotes/index.ts';
import { quotesOfLines } from '../../support/engine-stages.ts';

const wordsOf = (text: string): string[] => tokenizeText(0, text, findQuoteSpans(text)).tokens.map((t) => t.text);

describe('glued verbs of saying', () => {
  test.each<[string, string, string[]]>([
    ['a verb glued to the name after it', '“We act now,” saidAnn Roe, director.', ['“', 'We', 'act', 'now', ',', '”', 'said', 'Ann', 'Roe', ',', 'director', '.']],
    ['a pronoun glued to the verb after it', '“It works,” hesaid.', ['“', 'It', 'works', ',', '”', 'he', 'said', '.']],
    ['a pronoun glued to "added"', '“Not yet,” sheadded.', ['“', 'Not', 'yet', ',', '”', 'she', 'added', '.']],
    ['not a word that only starts like a verb', 'The saidst and Saidaland stay whole.', ['The', 'saidst', 'and', 'Saidaland', 'stay', 'whole', '.']],
    ['not a pronoun before a word that is no verb of saying', 'Shed and hedge stay whole; theyre too.', ['Shed', 'and', 'hedge', 'stay', 'whole', ';', 'theyre', 'too', '.']],
    ['not a camel-case brand', 'He uses iPhone and eBay daily.', ['He', 'uses', 'iPhone', 'and', 'eBay', 'daily', '.']],
  ])('%s', (_name, text, words) => {
    expect(wordsOf(text)).toEqual(words);
  });

  test.each<[string, string, [string, string | null][]]>([
    [
      'a quote whose verb is glued to the speaker’s name',
      'Four agencies signed a wildfire pact on Monday. “Smoke knows no borders,” saidLena Ortiz, head of the Forest Service.',
      [['Smoke knows no borders,', 'Lena Ortiz']],
    ],
    [
      'a quote whose pronoun is glued to the verb',
      'Analyst Tom Vance of Harbour Research liked the new laptop. “People expect it to just work,” hesaid.',
      [['People expect it to just work,', 'Tom Vance']],
    ],
  ])('speaker: %s', (_name, text, expected) => {
    expect(quotesOfLines(text).map((q) => [q.text, q.speaker])).toEqual(expected);
  });
});

describe('a verb of saying glued to a titled surname after a quote (issue 13, round 48a)', () => {
  const tokensOf = (text: string) => tokenizeText(0, text, findQuoteSpans(text)).tokens.map((t) => t.text);
  test.each([
    ['“Victims deserve justice,” Representative Farrowsaid.', ['Farrow', 'said']],
    ['“We will vote no”, Senator Okaforsays, quietly.', ['Okafor', 'says']],
  ])('%j: the surname and the verb are two words', (text, words) => {
    expect(tokensOf(text).join(' ')).toContain(words.join(' '));
  });

  test.each([
    ['The Representative Farrowsaid Act passed.', 'Farrowsaid'],
    ['“No,” said Pemberleysaid.', 'Pemberleysaid'],
    ['“No,” Representative Farrowsaid told us.', 'Farrowsaid'],
  ])('%j: without a title after a quote, and a stop after it, the word stays whole', (text, word) => {
    expect(tokensOf(text)).toContain(word);
  });
});
