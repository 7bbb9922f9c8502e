import { describe, expect, test } from 'vitest';
import { tokenizeText } from '../../../src/engine/actors/01-tokenize-text.ts';
import { findActors } from '../../../src/engine/actors/index.ts';
import { findQuoteSpans } from '../../../src/engine/quotes/index.ts';

const tokenize = (text: string) => tokenizeText(0, text, findQuoteSpans(text));
const sentenceOf = (text: string, word: string) => {
  const p = tokenize(text);
  return p.tokens.find((t) => t.text === word)!.sentence;
};

describe('a name ending in a letter the paragraph writes without a full stop ends its sentence at "X." (issue 13, round 25)', () => {
  test.each([
    ['The band played songs from Brand Y and Generation X. Later the critic Marta Oduya, a fan of Generation X, wrote a review.', 'Marta'],
    ['The series covered Plan B and Malcolm X. Joanna Mbeki, who wrote about Malcolm X, narrated it.', 'Joanna'],
    ['He sold shares in Formula E. Peter Hallam, the chief of Formula E, said so.', 'Peter'],
  ])('%j: the full stop ends the sentence before %s', (text, word) => {
    expect(sentenceOf(text, word)).toBe(1);
  });

  test.each([
    ['The speech of John F. Kennedy was replayed.', 'Kennedy'],
    ['Actor Michael J. Fox and Samuel L. Jackson attended.', 'Jackson'],
    ['The letter was signed by George W. Bush, who was then governor.', 'Bush'],
  ])('%j: an initial keeps its full stop, no sentence end before %s', (text, word) => {
    expect(sentenceOf(text, word)).toBe(0);
  });

  test('the person after the list is an actor, the title is none', () => {
    const text = 'She starred in films including Red Dawn, Night Rain and Malcolm X. Amara Olsen, the niece of Malcolm X, gave a reading.';
    const names = findActors([tokenize(text)]).actors.filter((a) => a.kind === 'person').map((a) => a.name);
    expect(names).toContain('Amara Olsen');
    expect(names.some((n) => n.includes('Malcolm X.'))).toBe(false);
  });
});
