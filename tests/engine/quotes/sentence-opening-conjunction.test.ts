/**
 * A conjunction that opens a sentence ("And", "But") joins it to the sentence before, not the name after it to another
 * name: "And NAME, chief analyst at ORG, said: “…”" is the person's (the appositive reading, not one of a pair), and in
 * "But Mr X's former adviser NAME, now …, said …" ⏎ "He added: “…”" the pronoun continues the person the possessed role
 * names, as it does without the conjunction (issue 13, round 28, part 13cq). "Tom Vale and Ann Roe, of Acme, said" stays
 * a pair. The sentences are written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

type Row = [text: string, speaker: string | null];

const attributions = (article: string): Row[] => quotesOfLines(article).map((q) => [q.text, q.speaker]);

describe('a conjunction opening the sentence before its subject', () => {
  test.each<[string, string, Row[]]>([
    ['And NAME, ROLE at ORG, said:', 'Shares in Norvex fell sharply. And Hana Okoro, senior analyst at Castlegate Capital, said: “Nobody saw this coming.”', [['Nobody saw this coming.', 'Hana Okoro']]],
    ['But NAME, ROLE at ORG, said:', 'The plan won praise. But Leo Marsh, head of policy at Greenwell, said: “It will not cut a single bill.”', [['It will not cut a single bill.', 'Leo Marsh']]],
    ['But X’s adviser NAME, now …, said … He added:', 'But Mr Hale’s former adviser Tom Ridley, now a council candidate, said the figures showed a gap. He added: “The sums simply do not add up.”', [['The sums simply do not add up.', 'Tom Ridley']]],
    ['And X’s lawyer NAME said … She added:', 'And Mr Pike’s lawyer Ruth Amos said the ruling was unfair. She added: “We will appeal at once.”', [['We will appeal at once.', 'Ruth Amos']]],
  ])('the person speaks: %s', (_label, article, rows) => {
    expect(attributions(article)).toEqual(rows);
  });

  test.each<[string, string, Row[]]>([
    ['a pair of names joined inside the sentence', 'The firms met on Monday. Tom Vale and Ann Roe, partners at Brightwater, said: “We are delighted.”', [['We are delighted.', null]]],
  ])('withheld: %s', (_label, article, rows) => {
    expect(attributions(article)).toEqual(rows);
  });
});
