/**
 * Single marks in an article that quotes in double marks (drop-single-marked-mentions.ts): a word, a term, a gloss
 * or a slogan the writer sets off, not anybody's words; British-style articles, which quote in single marks, keep
 * theirs. News-shaped sentences written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { findQuoteSpans } from '../../../src/engine/quotes/index.ts';
import { isSingleMarked, quotesInDoubleMarks } from '../../../src/engine/quotes/drop-single-marked-mentions.ts';
import { quotesOfLines } from '../../support/engine-stages.ts';

const paragraphsOf = (article: string) => article.split('\n').map((text) => ({ text, quotes: findQuoteSpans(text) }));
const textsOf = (article: string): string[] => quotesOfLines(article).map((q) => q.text);

describe('isSingleMarked', () => {
  test.each([
    ["a straight single mark", "The party calls itself 'the voice of the towns' in its leaflets.", true],
    ['a curly single mark', 'The party calls itself ‘the voice of the towns’ in its leaflets.', true],
    ['a curly double mark', 'The mayor said: “We will rebuild the bridge by June.”', false],
    ['a straight double mark', 'The mayor said: "We will rebuild the bridge by June."', false],
    ['an angle mark', 'Le maire a dit: « Nous reconstruirons le pont. »', false],
  ])('%s', (_label, text, expected) => {
    expect(isSingleMarked(text, findQuoteSpans(text)[0]!)).toBe(expected);
  });
});

describe('quotesInDoubleMarks', () => {
  test.each([
    ['long quotations in double marks', '“We will rebuild the bridge by June,” the mayor said.\nCritics call it the ‘big fix’.', true],
    ['straight double marks and a straight single phrase', '"Our nurses cannot wait another year," the union said.\nIt speaks of a \'lost decade\'.', true],
    ['British style: long quotations in single marks', '‘We will rebuild the bridge by June,’ the mayor said.\nShe added: ‘Nobody will be left without a road to school.’', false],
    ['British style with a double-marked word', '‘We will rebuild the bridge by June,’ the mayor said of the “big fix”.', false],
    ['no long quotation at all', 'Critics call it the ‘big fix’ and the “quick mend”.', false],
    ['a tie keeps single marks', '“We will rebuild the bridge by June,” the mayor said.\n‘Nobody will be left without a road,’ she added.', false],
  ])('%s', (_label, article, expected) => {
    expect(quotesInDoubleMarks(paragraphsOf(article))).toBe(expected);
  });
});

describe('findQuotes drops single-marked spans only where the article quotes in double marks', () => {
  test.each<[string, string, string[]]>([
    [
      'a slogan in single marks beside a quote in double marks',
      'The opposition leader Maria Okafor promised change on Sunday.\n"We will not let the budget fall on the poorest families," Okafor said.\nHer rivals mocked the campaign of \'putting families first\' as empty.',
      ['We will not let the budget fall on the poorest families,'],
    ],
    [
      'a gloss in single marks after a party name',
      'Lawmaker Pavel Orlov, a member of United Front (\'the ruling bloc\'), wrote to the prosecutor.\n"These posts must be punished under the law," Orlov wrote in the letter.',
      ["These posts must be punished under the law,"],
    ],
    [
      'British style keeps its quotes',
      'Councillor Jane Pike spoke at the meeting on Tuesday.\n‘We cannot close the library without asking the town,’ Cllr Pike said.\n‘It is the heart of the high street,’ she added.',
      ['We cannot close the library without asking the town,', 'It is the heart of the high street,'],
    ],
  ])('%s', (_label, article, expected) => {
    expect(textsOf(article)).toEqual(expected);
  });
});
