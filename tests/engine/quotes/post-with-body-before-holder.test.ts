/**
 * A capitalised post whose body holds a lower-case "of", "on" or "for" before the holder's name (issue 13, round 20):
 * "said Council on Rural Housing Chair NAME", "said Office for Budget Control Director NAME". The holder speaks;
 * past such a word a person whose name ends the clause, after a post, is taken. Sentences written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

describe('said BODY on/of/for … TITLE NAME: the holder speaks', () => {
  test.each<[string, string, string | null]>([
    ['a council "on" a matter, then its chair', 'The board approved the plan on Monday.\n“Every town will see the change,” said Council on Rural Housing Chair Ruth Kamara.', 'Ruth Kamara'],
    ['an office "for" a matter, then its director', 'Ministers published the figures.\n“The deficit is falling,” said Office for Budget Control Director Peter Oduya.', 'Peter Oduya'],
    ['a comma after the name', 'The board approved the plan.\n“We listened to tenants,” said Council on Rural Housing Chair Ruth Kamara, who led the review.', 'Ruth Kamara'],
    ['a name that does not end the clause: nobody', 'The board approved the plan.\n“We listened,” said Council on Rural Housing Chair Ruth Kamara Street residents.', null],
  ])('%s', (_label, article, speaker) => {
    const [quote] = quotesOfLines(article);
    expect(quote?.speaker ?? null).toBe(speaker);
  });
});

describe('a post before "of" is read as before', () => {
  test.each<[string, string, string]>([
    ['mayor of a city', 'Crowds gathered at the bridge.\n“The city stands together,” said Mayor of Harbourton Ruth Kamara.', 'Ruth Kamara'],
    ['secretary of a department', 'Farm groups welcomed the rule.\n“Growers need workers they can trust,” said Secretary of Agriculture Peter Oduya.', 'Peter Oduya'],
  ])('%s', (_label, article, speaker) => {
    const [quote] = quotesOfLines(article);
    expect(quote?.speaker ?? null).toBe(speaker);
  });
});
