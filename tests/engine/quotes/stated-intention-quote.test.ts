/**
 * A quoted fragment completing the infinitive after a verb of stated intention (stated-intention-quote;
 * cues/stated-intention-quote.ts, lexicon stated-intention-verbs.json): "she intends to enter the talks “…”" is the
 * subject's words. News-shaped sentences written for these tests; rows with null show what stays unattributed.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

describe('a fragment completing "intends to …" is the words of the one who intends', () => {
  test.each<[string, string, [string, string | null][]]>([
    ['a pronoun after an opening "If" clause', 'The ferry line was sold.\n\nOwner Petra Lind is clear about her plans. If the sale closes, she intends to run the route "with two new boats by spring".', [['with two new boats by spring', 'Petra Lind']]],
    ['a name and "vowed to"', 'The ferry line was sold.\n\nPetra Lind vowed to keep the route "open every single day".', [['open every single day', 'Petra Lind']]],
    ['"wants to" is no stated intention: withheld', 'The ferry line was sold.\n\nPetra Lind wants to keep the route "open every single day".', [['open every single day', null]]],
    ['an opening clause with an aside in commas', 'The ferry line was sold.\n\nPetra Lind owns it now. If, as expected, the sale closes, she intends to run the route "with two new boats".', [['with two new boats', 'Petra Lind']]],
    ['a plural pronoun: withheld', 'The ferry line was sold.\n\nThey plan to keep the route "open every single day".', [['open every single day', null]]],
  ])('%s', (_case, article, expected) => {
    expect(quotesOfLines(article).map((q) => [q.text, q.speaker])).toEqual(expected);
  });
});
