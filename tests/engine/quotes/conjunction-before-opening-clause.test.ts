/**
 * `clauseStart`, round 35i: a conjunction before an opening subordinate clause ("But while NAME still thinks …, NAME2
 * believes …") does not hide the clause, so a pronoun continues the subject of the main clause, not the person of the
 * clause before its comma (perturb pronoun). Sentences written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { tokenizeText } from '../../../src/engine/actors/index.ts';
import { clauseStart } from '../../../src/engine/quotes/resolve-subject.ts';
import { quotesOfLines } from '../../support/engine-stages.ts';

const speakerOf = (article: string, opening: string): string | null | undefined => quotesOfLines(article).find((q) => q.text.startsWith(opening))?.speaker;

describe('clauseStart after an opening conjunction', () => {
  test.each<[string, string, number]>([
    ['"But while …," opens a phrase: the main clause starts after its comma', 'But while Ann Vale hopes, Tom Roe doubts.', 6],
    ['"And although …,"', 'And although Ann Vale hopes, Tom Roe doubts.', 6],
    ['"And, while …," (round 38a): the conjunction set off by its own comma', 'And, while we speak of Ann Vale, Tom Roe waves.', 9],
    ['"So, after …,"', 'So, after the talks with Ann Vale, Tom Roe left.', 9],
    ['a conjunction and comma before no opening phrase stays at the sentence start', 'And, Tom Roe doubts it.', 0],
    ['a bare "But" before the subject stays at the sentence start', 'But Tom Roe doubts it.', 0],
    ['"But while" with no comma before the end stays at the sentence start', 'But while Ann Vale hopes Tom Roe doubts.', 0],
  ])('%s', (_name, text, start) => {
    expect(clauseStart(tokenizeText(0, text, []), 0)).toBe(start);
  });
});

describe('a pronoun after "But while NAME …, NAME2 …"', () => {
  test.each<[string, string, string, string | null]>([
    [
      'the subject of the main clause, not the person of the "while" clause',
      'But while Ann Vale of the Herald still thinks Roe can win, Tom Keane believes the vote will go the other way. “It will be close,” he said.',
      'It will be close',
      'Tom Keane',
    ],
    [
      'the same without the conjunction, as before',
      'While Ann Vale of the Herald still thinks Roe can win, Tom Keane believes the vote will go the other way. “It will be close,” he said.',
      'It will be close',
      'Tom Keane',
    ],
    [
      '"And, while …," with the conjunction set off by a comma (round 38a)',
      'And, while we are on the subject of Mr Vale, Tom Keane gives his verdict. What will he do next? “We will not win the vote,” he said.',
      'We will not win',
      'Tom Keane',
    ],
  ])('%s', (_name, article, opening, speaker) => {
    expect(speakerOf(article, opening)).toBe(speaker);
  });
});
