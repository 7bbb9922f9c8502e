import { describe, expect, test } from 'vitest';
import { analyzeArticle } from '../../../src/engine/analyze-article.ts';
import { findQuoteSpans } from '../../../src/engine/quotes/01-find-quote-spans.ts';
import { isNicknameInName } from '../../../src/engine/quotes/drop-nicknames.ts';

const analyze = (text: string) => analyzeArticle({ paragraphs: [{ index: 0, line: 1, text }] });
const names = (text: string): string[] => analyze(text).actors.map((a) => a.name);
const quotesOf = (text: string): [string, string | null][] => {
  const { actors, quotes } = analyze(text);
  return quotes.map((q) => [q.text, actors.find((a) => a.id === q.speaker)?.name ?? null]);
};
const nicknames = (text: string): string[] => findQuoteSpans(text).filter((s) => isNicknameInName(text, s)).map((s) => text.slice(s.start, s.end));

describe('drop-nicknames and nickname-in-name: a short quoted capital between a given name and a surname', () => {
  test.each([
    ['straight marks after a title', '“We will press on,” said Rep. Nell "Bo" Carrow (D-OR). “The vote is close.”', [['We will press on,', 'Nell Carrow'], ['The vote is close.', 'Nell Carrow']]],
    ['curly marks, the name before the verb', 'Dorian “Ace” Vellacott said: “We trained all winter.”', [['We trained all winter.', 'Dorian Vellacott']]],
    ['two words and an apostrophe in the surname', 'Former mayor Ruben "The Wall" O\'Shea told reporters: "Not this year."', [['Not this year.', 'Ruben O\'Shea']]],
  ])('runs the name on through the nickname: %s', (_label, article, expected) => {
    expect(quotesOf(article)).toEqual(expected);
  });

  test.each([
    ['a quoted surname at a sentence end', 'The author signed as Smith "Jones".', []],
    ['a label after a pronoun, then a day', 'They called him "Boss" Tuesday and laughed.', []],
    ['a quote after a name and a verb', 'Glenn said "Thanks for coming" to the crowd.', []],
    ['a capital after the marks that is a day', 'Staff met Carla "Yes" Monday.', []],
    ['single marks inside a name', "Rep. Nell 'Bo' Carrow spoke.", ['Bo']],
  ])('tells a nickname from a quotation: %s', (_label, text, expected) => {
    expect(nicknames(text)).toEqual(expected);
  });

  test('keeps the quotation after a name that runs on', () => {
    expect(quotesOf('Glenn Harte said "Thanks for coming tonight."')).toEqual([['Thanks for coming tonight.', 'Glenn Harte']]);
  });

  test('names the person without the nickname', () => {
    expect(names('Earvin “Magic” Jonsson visited the school.')).toContain('Earvin Jonsson');
  });
});
