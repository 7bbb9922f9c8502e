/**
 * "A number of doctors said …", "over 60 organizations said …": a crowd counted by a quantity phrase or a bounded
 * number speaks as a group named with those words (issue 13, round 38i).
 */
import { describe, expect, test } from 'vitest';
import { byBlankLines, quotesOfTexts } from '../../support/engine-stages.ts';
import { quantityPhraseStart } from '../../../src/engine/actors/find-plural-speakers.ts';
import { tokenizeText } from '../../../src/engine/actors/01-tokenize-text.ts';

const quotes = (text: string): [string | null, string | undefined][] => quotesOfTexts(byBlankLines(text)).map((q) => [q.speaker, q.resolution]);

describe('quantityPhraseStart', () => {
  test.each([
    ['a phrase ending in "of"', 'A number of pilots said so.', 3, 0],
    ['a phrase before a number', 'Then a group of five nurses said so.', 4, 1],
    ['a bound before a number', 'Over 60 charities said so.', 1, 0],
    ['a bound before no number', 'Over the years pilots said so.', 3, undefined],
    ['no phrase', 'Many pilots said so.', 1, undefined],
  ])('%s', (_label, text, opening, start) => {
    expect(quantityPhraseStart(tokenizeText(0, text, []).tokens, opening)).toBe(start);
  });
});

describe('a counted crowd as a speaker', () => {
  test.each([
    ['a number of', 'Clinics were closed.\n\nA number of doctors said the cuts were "a grave risk to mothers".', 'A number of doctors'],
    ['a group of, with a number', 'The vote was delayed.\n\nA group of five teachers said the plan was "unworkable in practice".', 'A group of five teachers'],
    ['a bound number', 'The pledge was signed.\n\nOver 40 charities said they would "stand by the families".', 'Over 40 charities'],
  ])('%s', (_label, text, speaker) => {
    expect(quotes(text).at(-1)).toEqual([speaker, 'plural-group']);
  });

  test('"the number of" is no crowd that speaks', () => {
    expect(quotes('The report said the number of nurses had "fallen sharply".').at(-1)?.[0]).not.toBe('the number of nurses');
  });
});
