import { describe, expect, test } from 'vitest';
import { actorsOfParagraphs as actorsOf, byBlankLines, quotesOfTexts } from '../../support/engine-stages.ts';

const names = (text: string): string[] => actorsOf(text).map((a) => a.name);

describe('dropQuoteOpeners', () => {
  test.each([
    ['a verb opening a quoted sentence', 'Tom Ashby said: “We all want to play. Rest assured we will.”', 'Rest'],
    ['an adverb-like word after an exclamation', '“It was cold! Thankfully nobody was hurt,” said the coach, Ann Price.', 'Thankfully'],
    ['a noun opening a quote', '“Patience is what we need,” said the mayor, Lee Grant.', 'Patience'],
  ])('drops %s', (_label, text, name) => {
    expect(names(text)).not.toContain(name);
  });

  test.each([
    ['a name also written in full outside the quote', '“Bellamy will start,” the coach said.\n\nCraig Bellamy scored twice.', 'Craig Bellamy'],
    ['a full name in the middle of a quoted sentence', '“I spoke to Craig Bellamy about it,” the coach said.', 'Craig Bellamy'],
  ])('keeps %s', (_label, text, name) => {
    expect(names(text)).toContain(name);
  });

  test('a quote after the opener still goes to its speaker', () => {
    const article = 'A spokesman for the band said they would play.\n\n“We want to play. Rest assured we will,” said Mike Dane.';
    expect(quotesOfTexts(byBlankLines(article)).map((q) => q.speaker)).toEqual(['Mike Dane']);
  });
});
