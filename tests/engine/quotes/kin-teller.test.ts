/**
 * "“…,” his son said" (issue 13, round 42h): a teller named only by a family relation is the one person the article
 * introduced with that relation before; nobody when none or two were. Sentences written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

describe('kin-teller-introduced: a relation noun tells the one person introduced with it', () => {
  test.each<[string, string, string | null, string | null]>([
    [
      'a possessor and the relation right before the name',
      'Ann Roe ran the mill for forty years. Her son Tom Vale, 52, sold it in May.\nRoe died in 2001. “She kept every ledger,” her son said.',
      'Tom Vale',
      'kin-teller-introduced',
    ],
    [
      'the relation set off by commas before the name',
      'The farm passed to his son, Peter Marsh, last year.\nThe barn burnt down in June. “We lost the whole herd,” his son said.',
      'Peter Marsh',
      'kin-teller-introduced',
    ],
    [
      'the relation in apposition after the name, the verb first',
      'Grace Holt, the mother of the missing climber, flew to Nepal on Monday.\nRescuers searched the ridge. “I just want him home,” said the mother.',
      'Grace Holt',
      'kin-teller-introduced',
    ],
    [
      'the teller opens the sentence before the quote',
      'Mark Hollis’s daughter Jill Hollis ran the shop after 1990.\nHollis retired early. The daughter said: “He never took a day off.”',
      'Jill Hollis',
      'kin-teller-introduced',
    ],
    [
      'a named possessor that agrees with the one at the introduction',
      'Ruth Calder’s son Dan Price joined the firm.\nRuth Calder led it. “It was her life,” Calder’s son said.',
      'Dan Price',
      'kin-teller-introduced',
    ],
    ['the son was never named: nobody', 'Ann Roe ran the mill for forty years and her son sold it in May.\nThe mill closed. “She kept every ledger,” her son said.', null, null],
    [
      'two people introduced as a son: nobody',
      'Her son Tom Vale sold the mill. His son, Peter Marsh, bought the farm.\nThe deal closed. “It was a fair price,” his son said.',
      null,
      null,
    ],
    ['another relation was introduced: nobody', 'Her brother Tom Vale sold the mill.\nThe deal closed. “It was a fair price,” her son said.', null, null],
    ['a named possessor that disagrees: nobody', 'Ann Roe’s son Tom Vale sold the mill.\nMark Hollis bought it. “It was a fair price,” Hollis’s son said.', null, null],
    ['the son named only after the quote: nobody', 'The mill closed. “It was a fair price,” her son said.\nHer son, Tom Vale, sold it in May.', null, null],
  ])('%s', (_label, article, speaker, rule) => {
    const quote = quotesOfLines(article).at(-1);
    expect(quote?.speaker ?? null).toBe(speaker);
    expect(quote?.rule ?? null).toBe(rule);
  });
});
