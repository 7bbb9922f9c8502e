/**
 * "But it was NAME who took centre stage, speaking of the “…” the party hoped for" (issue 13, round 44c): a cleft makes
 * NAME the subject of its "who" clause and of a participle of saying after it; a quotation in that verb's object is
 * NAME's, a verb of stance inside the object is reported. Sentences written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

describe('cleftSubject: it was NAME who …, saying “…”', () => {
  test.each<[string, string, (string | null)[]]>([
    [
      'a participle of speaking, a stance verb of a body inside its object',
      'The minister walked with Mr Hale. But it was Mr Hale who stole the show, speaking of the “fair deal” the union hoped to strike in the “next few days”.',
      ['Hale', 'Hale'],
    ],
    ['the speech verb of the "who" clause, then "saying"', 'But it was Ms Vale who spoke last, saying the plan was “dead”.', ['Vale']],
    ['a body, another person set off after the clause (the negative of the brief)', 'It was Acme Council who decided, not Mr Roe, saying the plan was “final”.', ['Acme Council']],
    ['"is", a title before the name', 'It is Health Secretary Ann Kerr who leads the talks, warning of a “long winter”.', ['Ann Kerr']],
  ])('%s', (_label, article, speakers) => {
    const quotes = quotesOfLines(article);
    expect(quotes.map((q) => q.speaker ?? null)).toEqual(speakers);
    expect(quotes.map((q) => q.rule ?? null)).toEqual(speakers.map(() => 'cleft-subject'));
  });

  test.each<[string, string]>([
    ['another verb of saying with its own subject inside the object', 'It was Ms Vale who spoke first, saying the mayor had said it was “dead”.'],
    ['no verb of saying of the cleft subject', 'It was Ms Vale who won the seat, but the mayor called it “a fluke”.'],
    ['a participle that is no verb of saying', 'It was Mr Dowd who left early, missing the “grand finale” that Ms Roe announced.'],
    ['no "who" after the name', 'It was Mr Dowd, not Ms Roe, and the mayor said it was “a mistake”.'],
  ])('leaves the rule out: %s', (_label, article) => {
    for (const quote of quotesOfLines(article)) expect(quote.rule ?? null).not.toBe('cleft-subject');
  });
});
