import { describe, expect, test } from 'vitest';
import { tokenizeText } from '../../../src/engine/actors/01-tokenize-text.ts';
import { isSentenceSubject } from '../../../src/engine/actors/find-sentence-subject.ts';

/** Whether the words `name` (their first occurrence) are the subject of their sentence. */
function subjectOf(text: string, name: string): boolean {
  const paragraph = tokenizeText(0, text, []);
  const words = name.split(' ');
  const first = paragraph.tokens.findIndex((t, k) => words.every((w, i) => paragraph.tokens[k + i]?.text === w));
  return isSentenceSubject(paragraph, first, first + words.length - 1);
}

describe('isSentenceSubject: the grammatical role that makes a mention salient', () => {
  test.each([
    ['a name opening the sentence with its verb', 'Ashford United have signed a striker from Benfica.', 'Ashford United', true],
    ['the object of a preposition', 'Ashford United have signed a striker from Benfica.', 'Benfica', false],
    ['after "The"', 'The Halden Trust said it would appeal.', 'Halden Trust', true],
    ['after an opening phrase closed by a comma', 'On Monday, Corvo Pharma confirmed the sale.', 'Corvo Pharma', true],
    ['after a participle clause', 'Speaking in Leeds, Mira Foods announced cuts.', 'Mira Foods', true],
    ['with "also" or "has" before its verb', 'Deltek Systems has also denied the claims.', 'Deltek Systems', true],
    ['a possessor is no subject', "Deltek Systems' shares fell.", 'Deltek Systems', false],
    ['the first of a pair is no subject on its own', 'Corvo Pharma and Mira Foods agreed a deal.', 'Corvo Pharma', false],
    ['a modifier of a role and a name', 'Corvo Pharma chief executive Tom Dee resigned.', 'Corvo Pharma', false],
    ['a modifier of its staff', 'Corvo Pharma employees walked out.', 'Corvo Pharma', false],
    ['the object of a verb', 'Regulators fined Corvo Pharma on Monday.', 'Corvo Pharma', false],
    ['inside a clause after "when"', 'When Corvo Pharma collapsed, Tom Dee left.', 'Corvo Pharma', false],
  ])('%s', (_name, text, name, expected) => {
    expect(subjectOf(text, name)).toBe(expected);
  });
});
