/**
 * remark-noun-that-clause: a quotation inside the "that" clause of a noun for someone's words ("announcement",
 * "claim", "statement"), the noun owned by a possessive or a possessive pronoun, is the possessor's. Sentences written
 * for this test, shaped like news reporting.
 */
import { describe, expect, test } from 'vitest';
import { byBlankLines, quotesOfTexts } from '../../support/engine-stages.ts';

/** Runs the quote pipeline on paragraphs separated by blank lines; returns [text, speaker name, rule] triples. */
function quotesOf(article: string): [string, string | null, string | null][] {
  return quotesOfTexts(byBlankLines(article)).map((q) => [q.text, q.speaker, q.speaker === null ? null : (q.rule ?? null)]);
}

type Case = [name: string, article: string, expected: [string, string | null, string | null][]];

describe('remark-noun-that-clause: the possessor of a noun for words speaks the quote in its "that" clause', () => {
  test.each<Case>([
    [
      'his announcement that “Q” (a possessive pronoun, resolved like a subject)',
      'Party members debated the resignation of former mayor Colin Reddy and his announcement that “he will not stand again in the northern ward”.',
      [['he will not stand again in the northern ward', 'Colin Reddy', 'remark-noun-that-clause']],
    ],
    [
      'his prediction that an “Q” would …',
      'Pastor Samuel Obi drew large crowds after his prediction that a “great flood” would strike the coast.',
      [['great flood', 'Samuel Obi', 'remark-noun-that-clause']],
    ],
    [
      "NAME's statement that it was fine to “Q”",
      "Transport minister Helen Marsh's statement that it was fine to drive “a little over the limit” angered road safety groups.",
      [['a little over the limit', 'Helen Marsh', 'remark-noun-that-clause']],
    ],
    [
      "an organisation's claim that the figures were “Q”",
      "Northgate Water's claim that the leaks were “entirely under control” was rejected by the regulator.",
      [['entirely under control', 'Northgate Water', 'remark-noun-that-clause']],
    ],
    [
      'two modifiers between the possessor and the noun',
      "Residents doubted Councillor Amy Byrne's repeated public assurance that the library would stay “open for good”.",
      [['open for good', 'Amy Byrne', 'remark-noun-that-clause']],
    ],
    [
      'the nearer clause wins over a verb of saying before the noun',
      "Critics said Tom Harper's claim that the count was “rigged from the start” had no basis.",
      [['rigged from the start', 'Tom Harper', 'remark-noun-that-clause']],
    ],
    // what it must not do
    [
      'no possessor: "the claim that …" names nobody',
      'Analysts on Monday questioned the claim that the economy was “turning a corner” this spring.',
      [['turning a corner', null, null]],
    ],
    [
      'a verb of saying inside the clause: the quote is that verb’s',
      "Tom Harper's claim that the judge said the count was “badly flawed” was denied by the court office.",
      [['badly flawed', null, null]],
    ],
    [
      'a noun of deciding is not a noun for words',
      "The board's decision that the stadium would be “sold to the highest bidder” upset fans.",
      [['sold to the highest bidder', null, null]],
    ],
  ])('%s', (_name, article, expected) => {
    expect(quotesOf(article)).toEqual(expected);
  });
});
