/**
 * "NAME, the energy minister, said" (issue 13, round 45b): a "the" phrase set off by commas right after a name that
 * opens its clause describes that name, which speaks; it is no epithet of its own. Sentences written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

describe('nameBeforeTheAppositive: NAME, the ROLE, said', () => {
  test.each<[string, string, (string | null)[]]>([
    ['a person, an office after "the"', 'Fuel costs rose again.\nJo Pell, the energy minister, said the plan was “dead in the water”.', ['Jo Pell']],
    ['a body, a colon quote', 'Fuel costs rose again.\nConsumer Voice, the watchdog, said: “Bills are too high for many.”', ['Consumer Voice']],
    ['a body with its short form in brackets', 'Prisons are full.\nThe Council of Europe (CoE), the human rights body, said: “Cells must not be overcrowded.”', ['Council of Europe']],
    ['a full name the actors miss, its short form known', 'TV sales grew.\nThe Conseil Superieur de l\'Audiovisuel (CSA), the French regulator, said: “Viewers want more choice.”', ['CSA']],
    ['a title before the name', 'Fuel costs rose again.\nDr Tom Arden, the firm\'s chief economist, said: “Prices will ease by spring.”', ['Tom Arden']],
  ])('%s', (_label, article, speakers) => {
    const quotes = quotesOfLines(article);
    expect(quotes.map((q) => q.speaker ?? null)).toEqual(speakers);
  });

  test.each<[string, string, string]>([
    ['no comma closes the appositive before the verb', 'After meeting Ann Vale, the energy minister said the plan was “dead”.', 'Ann Vale'],
    ['one of a list of names', 'Fuel costs rose.\nTom Hale, Ann Vale, the minister, said it was “dead”.', 'Tom Hale'],
    ['a name after a preposition', 'In a letter to Ann Vale, the minister, said it was “dead”.', 'Ann Vale'],
  ])('gives nobody by this rule: %s', (_label, article, notSpeaker) => {
    for (const quote of quotesOfLines(article)) expect(quote.speaker ?? null).not.toBe(notSpeaker);
  });
});
