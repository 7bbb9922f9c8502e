/**
 * A phrasal verb of saying that closes a sentence of reported speech after a comma ("…, Mr Varga points out.") is
 * its teller (issue 13, round 39c). Sentences written for these tests; rows with `undefined` are near-misses.
 */
import { describe, expect, test } from 'vitest';
import { tokenizeText } from '../../../src/engine/actors/01-tokenize-text.ts';
import { closingPhrasalTeller, isAfterComma } from '../../../src/engine/quotes/cues/phrasal-teller.ts';

/** The lemma the verb at `verb` stands for, and whether a comma comes before the teller starting at `teller`. */
function read(text: string, verb: string, teller: string): [string | undefined, boolean] {
  const { tokens } = tokenizeText(0, text, []);
  const k = tokens.findIndex((t) => t.text === verb);
  const at = tokens.findIndex((t) => t.text === teller);
  return [closingPhrasalTeller(tokens, k, tokens.length - 1)?.lemma, isAfterComma(tokens, at)];
}

describe('closingPhrasalTeller', () => {
  test.each<[string, string, string, string, [string | undefined, boolean]]>([
    ['present tense after a comma and an honorific', 'Fuel now costs twice what it did, Mr Varga points out.', 'points', 'Varga', ['points out', true]],
    ['a pronoun teller', 'The board cut his budget again, he hits back.', 'hits', 'he', ['hits back', true]],
    ['a title before the name', 'Rates must rise soon, Governor Ana Ruiz weighs in.', 'weighs', 'Ana', ['weighs in', true]],
    ['the object after the particle: no teller', 'Mr Varga points out the flaws.', 'points', 'Varga', [undefined, false]],
    ['no comma before the teller', 'Later Mr Varga sums up.', 'sums', 'Varga', ['sums up', false]],
    ['a particle the verb does not take', 'Then the striker hits in.', 'hits', 'striker', [undefined, false]],
    ['"goes on" ends narrative too: no teller', 'Despite the injury, he goes on.', 'goes', 'he', [undefined, true]],
  ])('%s', (_name, text, verb, teller, expected) => {
    expect(read(text, verb, teller)).toEqual(expected);
  });
});
