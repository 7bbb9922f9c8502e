/**
 * A "he" or "she" that opens a sentence's main clause after a subordinate clause opened by the same pronoun ("When he
 * refused to back Tom Roe, he said: …") is that clause's pronoun: both are the person the text is about, never the
 * people the subordinate clause names as its objects (issue 13, round 37, part 37e). The sentences are written for
 * these tests.
 */
import { describe, expect, test } from 'vitest';
import { subordinateClausePronoun } from '../../../src/engine/quotes/resolve/subordinate-clause-pronoun.ts';
import { quotesOfLines, tokenizedParagraphs } from '../../support/engine-stages.ts';

type Row = [text: string, speaker: string | null, resolution?: string];

const attributions = (article: string): Row[] => quotesOfLines(article).map((q) => (q.resolution ? [q.text, q.speaker, q.resolution] : [q.text, q.speaker]));

/** The text of the token `subordinateClausePronoun` finds for the last "he" or "she" before the colon, or null. */
function openingPronoun(text: string): string | null {
  const paragraph = tokenizedParagraphs([text])[0]!;
  const colon = paragraph.tokens.findIndex((t) => t.text === ':');
  let pronoun = colon - 1;
  while (pronoun >= 0 && paragraph.tokens[pronoun]!.lower !== 'he' && paragraph.tokens[pronoun]!.lower !== 'she') pronoun--;
  const found = subordinateClausePronoun(paragraph, pronoun);
  return found < 0 ? null : `${paragraph.tokens[found]!.text}@${found}`;
}

describe('subordinateClausePronoun', () => {
  test.each<[string, string, string | null]>([
    ['a "when" clause naming two people as objects', 'When he refused to back council leader Tom Roe and Ann Dee over the budget, he said: "No."', 'he@1'],
    ['a title and a year set off by commas before the main clause', 'When she turned down the part in Tom Roe\'s film, Summer Rain, in 2001, she said: "No."', 'she@1'],
    ['a conjunction before the subordinator', 'But after he met Tom Roe in Leeds, he said: "No."', 'he@2'],
    ['an "although" clause', 'Although she admired Ann Dee, she said: "No."', 'she@1'],
    ['another pronoun in the main clause', 'When she left Tom Roe\'s firm, he said: "No."', null],
    ['a name as the subject of the subordinate clause', 'When Tom Roe left, he said: "No."', null],
    ['a clause with its own verb between the two', 'When he left, Tom Roe took over the firm, he said: "No."', null],
    ['a colon between the two', 'When he left: the firm closed, he said: "No."', null],
    ['no comma before the main pronoun', 'When he left he said: "No."', null],
    ['a preposition, not a subordinator', 'In his talk with Tom Roe, he said: "No."', null],
  ])('%s', (_name, text, expected) => {
    expect(openingPronoun(text)).toBe(expected);
  });
});

describe('a pronoun after an opening subordinate clause with the same pronoun', () => {
  test.each<[string, string, Row[]]>([
    [
      'the pronoun passes over the people the clause names as objects',
      'Tom Vale rose fast in the party.\nWhen he refused to back party leader Ian Lowe and Dan Orr over the budget in 1999, he said: "I will not resign."',
      [['I will not resign.', 'Tom Vale', 'pronoun-to-salient-subject']],
    ],
    [
      'the same for "she" and a title set off by commas',
      'Ann Dee began on the stage.\nAfter she turned down Ruth Kay\'s film, Summer Rain, in 2001, she said: "It was not for me."',
      [['It was not for me.', 'Ann Dee', 'pronoun-to-salient-subject']],
    ],
    [
      'a subordinate clause opened by another pronoun leaves the main pronoun as it was read',
      'Mr Ian Lowe ran the party.\nWhen she refused to back the budget, he said: "I will not resign."',
      [['I will not resign.', 'Ian Lowe', 'pronoun-to-antecedent']],
    ],
  ])('%s', (_name, article, rows) => {
    expect(attributions(article)).toEqual(rows);
  });
});
