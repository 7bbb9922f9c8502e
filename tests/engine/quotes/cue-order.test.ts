/**
 * Cue invariance to the order of an attribution and to its reporting verb (round 14, rewrites `inversion` and `verbs`
 * of src/cli/perturb/): the same speaker for `NAME said: “Q”` and `“Q,” said NAME`, for "said" and "noted" or
 * "told reporters". News-shaped sentences written for these tests; each table is one unit of the engine.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

/** [quote text, speaker name] of each quote of an article whose paragraphs are its lines. */
function speakersOf(article: string): [string, string | null][] {
  return quotesOfLines(article).map((q) => [q.text, q.speaker]);
}

type Row = [name: string, article: string, expected: [string, string | null][]];

describe('a capitalised title that ends an appositive is a role of the name before it (isCapitalisedRole)', () => {
  test.each<Row>([
    ['NAME, ORG General Secretary, said: “Q”', 'Pay talks broke down on Friday.\nMaria Okonkwo, RMT General Secretary, said: “Our members have had enough.”', [['Our members have had enough.', 'Maria Okonkwo']]],
    ['NAME, Acme Sales Director, added: “Q”', 'Kenji Watanabe, Hoshino Sales Director, added: “Orders doubled in March.”', [['Orders doubled in March.', 'Kenji Watanabe']]],
    ['“Q,” NAME, County Council Leader, said', '“The bridge will reopen in May,” Aled Pryce, County Council Leader, said.', [['The bridge will reopen in May,', 'Aled Pryce']]],
  ])('%s', (_name, article, expected) => {
    expect(speakersOf(article)).toEqual(expected);
  });
});

describe('a person "of" an organisation described by a capitalised word and a noun speaks, not the organisation (ownerOf)', () => {
  test.each<Row>([
    ['NAME of IT firm ORG, which …, says: “Q”', 'Lerato Dube of IT firm Kestrel Data, which ran the poll, says: “People want to work from home.”', [['People want to work from home.', 'Lerato Dube']]],
    ['NAME of US bank ORG said: “Q”', 'Rates rose again in June.\nPaulo Sousa of US bank Pine Capital said: “There is more to come.”', [['There is more to come.', 'Paulo Sousa']]],
    ['“Q,” says NAME of UK charity ORG', '“Nobody checks the boats,” says Ifeoma Obi of UK charity Safe Passage.', [['Nobody checks the boats,', 'Ifeoma Obi']]],
  ])('%s', (_name, article, expected) => {
    expect(speakersOf(article)).toEqual(expected);
  });
});
