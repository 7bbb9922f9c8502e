/**
 * "NAME of ORG and contributor to ORG2 wrote, “…”" (issue 13, round 49c): a person opening the clause, described by where
 * they work and by a second post joined with "and", speaks; the body that ends the second post does not. Sentences
 * written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

describe('personOfCoordinatedAffiliation: NAME of ORG and ROLE to ORG2 said “…”', () => {
  test.each<[string, string, string]>([
    ['an agent noun, "wrote" and a comma', 'Ann Roe of Harbor University and contributor to the Tribune wrote, “the plan will cost the city dearly”.', 'Ann Roe'],
    ['"from", an article and modifiers before a title head', 'Tom Vale from the Lowell Institute and a senior fellow at Kent College said “nobody read the report”.', 'Tom Vale'],
    ['a one-word outlet after the second post', 'Rita Ames of the Harbor Trust and a columnist for Ledger told the panel “the figures do not add up”.', 'Rita Ames'],
    ['a title before the name', 'Professor Jill Marsh of Kent College and adviser to the Harbor Trust said: “We were never asked.”', 'Jill Marsh'],
  ])('%s', (_label, article, speaker) => {
    const [quote] = quotesOfLines(article);
    expect(quote?.speaker).toBe(speaker);
    expect(quote?.rule).toBe('person-of-coordinated-affiliation');
  });

  test.each<[string, string]>([
    ['a plural noun after "and": two subjects', 'Jill Marsh of Kent College and members of the Harbor Trust said “the plan will not work”.'],
    ['a second person after "and"', 'Carl Dunn of the Harbor Trust and Rita Ames of Kent College said “we will not support it”.'],
    ['the person after a preposition, no subject', 'A report by Carl Dunn of the Harbor Trust and adviser to Kent College said “costs will rise”.'],
    ['no role noun before the preposition', 'Carl Dunn of the Harbor Trust and later to Kent College said “costs will rise”.'],
  ])('leaves the rule out: %s', (_label, article) => {
    for (const quote of quotesOfLines(article)) expect(quote.rule ?? null).not.toBe('person-of-coordinated-affiliation');
  });
});
