/**
 * "A spokesman for the ministry, John Roe, said": a role with its body, then a person's name set off by commas, is the
 * role of that person, not an anonymous source; a body named as a list ("for Energy, Water and Housing, John Roe,")
 * is passed over whole (issue 13, round 34, part 34a). The sentences are written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { actorsOfParagraphs, quotesOfLines } from '../../support/engine-stages.ts';

type Row = [text: string, speaker: string | null];

const speakers = (article: string): Row[] => quotesOfLines(article).map((q) => [q.text, q.speaker]);
const anonymous = (article: string): string[] => actorsOfParagraphs(article).filter((a) => a.kind === 'anonymous').map((a) => a.name);

describe('a role for a body in apposition to the name after it', () => {
  test.each<[string, string, Row[]]>([
    [
      'a body with "the", then the name',
      'A spokesman for the Harbour Trust, John Roe, said fees rose. He told reporters: "We are worried about it."',
      [['We are worried about it.', 'John Roe']],
    ],
    [
      'a body named as a list, then the name',
      'A spokeswoman for the Office of Energy, Water and Housing, Ann Penn, said costs fell. She told us: "We are pleased."',
      [['We are pleased.', 'Ann Penn']],
    ],
    [
      'an honorific before the name',
      'A spokesman for the Harbour Trust, Mr Tom Vale, said so. He added: "It will not change."',
      [['It will not change.', 'Tom Vale']],
    ],
  ])('%s', (_name, article, rows) => {
    expect(speakers(article)).toEqual(rows);
  });

  test.each<[string, string, string[]]>([
    ['no anonymous source for the named spokesman', 'A spokesman for the Harbour Trust, John Roe, said fees rose.', []],
    ['still a source when the body is followed by a clause', 'A spokesman for the Harbour Trust said John Roe, the chair, was away.', ['spokesman for the Harbour Trust']],
    ['still a source when a name after the comma is not set off', 'A spokesman for the Harbour Trust, John Roe and the chair said no.', ['spokesman for the Harbour Trust']],
  ])('%s', (_name, article, names) => {
    expect(anonymous(article)).toEqual(names);
  });
});
