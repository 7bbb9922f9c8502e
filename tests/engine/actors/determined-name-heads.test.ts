/**
 * Stage 11 (`dropDeterminedNames`), round 35i: a one-word "person" that the article writes only as the head of "the X
 * of NAME" ("the Line of Control") names a thing or a place, so "he said" after it is not given to it (perturb
 * pronoun). Sentences written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { actorsOfParagraphs as actorsOf, quotesOfLines } from '../../support/engine-stages.ts';

const names = (text: string): string[] => actorsOf(text).map((a) => a.name);

describe('dropDeterminedNames: one-word heads of "the X of NAME"', () => {
  test.each([
    ['the head of a frontier line', 'Farmers on both sides of the Border of Kelmar welcomed the deal.', 'Border'],
    ['the head of a named island, also inside a quote', 'Ferries to the Isle of Brant resumed.\n\n“The Isle of Brant is open again,” the operator said.', 'Isle'],
  ])('drops %s', (_label, text, name) => {
    expect(names(text)).not.toContain(name);
  });

  test.each([
    ['a one-word name written bare elsewhere', 'The Marlow of Leeds fame was there.\n\nMarlow said he was pleased.', 'Marlow'],
    ['a one-word name after "the" before a noun', 'Reporters gathered at the Okafor home.\n\nOkafor said the visit went well.', 'Okafor'],
  ])('keeps %s', (_label, text, name) => {
    expect(names(text)).toContain(name);
  });

  test('"he said" after a sentence naming only "the X of NAME" is not given to X', () => {
    const quotes = quotesOfLines('Tom Keane is touring the region.\nTraders on both sides of the Border of Kelmar welcomed the move.\nIn a statement, he said the road “will reunite families”.');
    expect(quotes.find((q) => q.text.startsWith('will reunite'))?.speaker).not.toBe('Border');
  });
});
