/**
 * "producer of TV show Tonight... With Ann Lee, booked …": an ellipsis glued to a word outside quotations sits inside
 * a title and ends no sentence (issue 13, round 42f). Sentences written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { closesGluedEllipsis } from '../../../src/engine/text/glued-ellipsis.ts';
import { tokenizedParagraphs } from '../../support/engine-stages.ts';

describe('closesGluedEllipsis', () => {
  test.each<[string, string, boolean]>([
    ['three stops glued to a title word', 'Nia Roe, producer of the show Tonight... With Ann Lee, booked them.', true],
    ['one ellipsis character glued to a word', 'She hosted Morning… And Beyond, a radio show.', true],
    ['an ellipsis set off by a space', 'Nia Roe waited ... Then she left.', false],
    ['an ellipsis inside a quotation', 'She said: "We wait... Then we go."', false],
  ])('%s', (_label, text, expected) => {
    const [paragraph] = tokenizedParagraphs([text]);
    const tokens = paragraph!.tokens;
    const i = tokens.findIndex((t, k) => (t.text === '.' && tokens[k + 1]?.word === true && k > 0 && tokens[k - 1]!.text === '.') || t.text === '…');
    expect(closesGluedEllipsis(tokens, i)).toBe(expected);
  });
});

describe('a title with a glued ellipsis stays in its sentence', () => {
  test.each<[string, string, number]>([
    ['the clause after the title', 'Nia Roe, producer of the show Tonight... With Ann Lee, booked the band.', 1],
    ['a spaced ellipsis still ends the sentence', 'Nia Roe waited ... Then she left.', 2],
  ])('%s', (_label, text, sentences) => {
    const [paragraph] = tokenizedParagraphs([text]);
    expect(paragraph!.sentenceStarts.length).toBe(sentences);
  });
});
