import { describe, expect, test } from 'vitest';
import { isFunctionWordSurname } from '../../../src/engine/actors/function-word-surname.ts';
import { tokenizeText } from '../../../src/engine/actors/01-tokenize-text.ts';
import { actorsOfParagraphs as actorsOf } from '../../support/engine-stages.ts';

const names = (text: string): string[] => actorsOf(text).map((a) => a.name);

describe('isFunctionWordSurname', () => {
  test.each([
    ['a function word before a comma', 'said Peter An, a banker.', 2, true],
    ['a function word before a verb of saying', 'Lena So said the vote was close.', 1, true],
    ['a function word at the end of the text', 'The award went to Minh Do', 5, true],
    ['a function word before a full stop', 'It was close, said Ms To.', 6, true],
    ['an article before a lower-case noun', 'He gave Peter An apple.', 3, false],
    ['a link before a lower-case word', 'They met Paula On time.', 3, false],
    ['a word of more than two letters', 'said Peter Also, a banker.', 2, false],
    ['a function word before a capital', 'said Peter An Inspector.', 2, false],
    ['a word that is no function word', 'said Peter Ho, a banker.', 2, false],
  ])('%s', (_label, text, k, expected) => {
    const t = tokenizeText(0, text, []).tokens;
    expect(isFunctionWordSurname(t[k]!, t[k + 1])).toBe(expected);
  });
});

describe('function words as surnames in found actors', () => {
  test.each([
    ['"We are pleased," said Peter An, head of the trade group.', 'Peter An'],
    ['"It was a long night," Lena So said.', 'Lena So'],
    ['"The shop stays open," said Minh Do, who runs it.', 'Minh Do'],
    ['"Prices are up," said Ms So.', 'So'],
  ])('%s', (text, name) => {
    expect(names(text)).toContain(name);
  });

  test.each([
    ['a capital after a sentence adverb', 'Then An official said: "We are ready."', 'Then An'],
    ['a title that opens with an article', 'In An Hour, the play, opened on Monday.', 'In An Hour'],
    ['a play title that opens with an article', 'She saw An Inspector Calls at the theatre.', 'An'],
    ['an article before a lower-case noun', 'Peter An apple a day is what he ate.', 'Peter An'],
  ])('no surname: %s', (_label, text, absent) => {
    expect(names(text)).not.toContain(absent);
  });
});
