/**
 * "On Monday, Mayor Ann Lowe “vowed to fight on”" (issue 13, round 42d): a quoted predicate in lower case right after
 * the person who opens the main clause, past an opening phrase closed by a comma. Sentences written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

describe('opener-then-quoted-predicate: the person opening the main clause speaks', () => {
  test.each<[string, string, string | null, string | null]>([
    ['a time phrase before a titled name', 'On Monday, Mayor Ann Lowe “vowed to fight on” in court.', 'Ann Lowe', 'opener-then-quoted-predicate'],
    ['a phrase naming another person is passed over', 'In a call with Governor Ruth Calder last week, Acme chief Mark Hollis “promised that the depot will stay open,” aides said.', 'Mark Hollis', 'opener-then-quoted-predicate'],
    ['an opening participle phrase', 'Pressed on the figures, Finance Minister Tom Vance “stood by every number” in the report.', 'Tom Vance', 'opener-then-quoted-predicate'],
    ['a quote in upper case opens no predicate', 'On Monday, Mayor Ann Lowe “Rebuild Now” was the slogan.', null, null],
    ['a lower-case word between the person and the quote', 'On Monday, Mayor Ann Lowe called it “a disgrace” in court.', 'Ann Lowe', 'name-said-partial-quote'],
    ['a quote inside the opening phrase withholds', 'After the “final offer” of the union, Mayor Ann Lowe “refused to budge” at all.', null, null],
  ])('%s', (_label, article, speaker, rule) => {
    const quote = quotesOfLines(article).at(-1);
    expect(quote?.speaker ?? null).toBe(speaker);
    expect(quote?.rule ?? null).toBe(rule);
  });
});
