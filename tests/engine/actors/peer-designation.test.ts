/**
 * A peer's territorial designation ("Lord Nicholls of Foyle") is part of the name (issue 13, round 38): the run is not
 * split at "of" into a person and a place, the surname is the word after the title, and "Lord Nicholls" later in the
 * article is the same peer. News-shaped sentences written for these tests; the last rows are posts, not peers.
 */
import { describe, expect, test } from 'vitest';
import { actorsOfParagraphs, quotesOfLines } from '../../support/engine-stages.ts';
import { isPeerDesignationAt, peerShortForm } from '../../../src/engine/actors/peer-designation.ts';
import { tokenizeText } from '../../../src/engine/actors/01-tokenize-text.ts';

const people = (article: string): [string, string[]][] => actorsOfParagraphs(article).filter((a) => a.kind === 'person').map((a) => [a.name, a.aliases]);

describe('actors: a peer named with "of" + a place is one person', () => {
  test.each<[string, string, [string, string[]][]]>([
    ['title, surname, "of", one place word', 'Lord Nicholls of Foyle said the law was plain.', [['Lord Nicholls of Foyle', []]]],
    ['a baroness and a place of two words', 'Baroness Grey of Market Rasen said the plan was wrong.', [['Baroness Grey of Market Rasen', []]]],
    ['after a capital that opens the sentence', 'But Lord Walker of Rydal, the one judge to dissent, said no.', [['Lord Walker of Rydal', []]]],
    [
      'the short form later in the article is the same peer',
      'Lord Nicholls of Foyle gave the ruling.\n\nLord Nicholls said it was final.',
      [['Lord Nicholls of Foyle', ['Lord Nicholls']]],
    ],
    [
      'the short form first, the designation later: one peer, named as first named',
      'Lord Hale has died aged 90.\n\nHe became Lord Hale of Foyle in 1987.',
      [['Lord Hale', ['Lord Hale of Foyle']]],
    ],
    ['a post, not a peer: "Lord Mayor of London NAME"', 'Lord Mayor of London Ann Roe said the fair would go ahead.', [['Ann Roe', []]]],
  ])('%s', (_name, article, expected) => {
    expect(people(article)).toEqual(expected);
  });
});

describe('quotes: the peer with the designation speaks', () => {
  test('"Lord NAME of PLACE, in his ruling, said: “Q”" gives the quote to the whole name', () => {
    const quotes = quotesOfLines('Lord Nicholls of Foyle, in his ruling, said: "The law is plain."');
    expect(quotes.map((q) => [q.text, q.speaker])).toEqual([['The law is plain.', 'Lord Nicholls of Foyle']]);
  });
});

describe('isPeerDesignationAt', () => {
  test.each<[string, string, number, number, boolean]>([
    ['a peer and a place', 'Lord Nicholls of Foyle said', 2, 3, true],
    ['a post word where the surname goes', 'Lord Chancellor of Britain said', 2, 3, false],
    ['a company in capitals after "of"', 'Lord Lee of BP said', 2, 3, false],
    ['no peer title', 'Bank Nicholls of Foyle said', 2, 3, false],
    ['a country after "of" is a royal\'s style', 'Countess Ilse of Norway said', 2, 3, false],
    ['three words after "of" are too many', 'Lord Lee of Upper Foyle Vale said', 2, 5, false],
  ])('%s', (_name, text, of, last, expected) => {
    expect(isPeerDesignationAt(tokenizeText(0, text, []).tokens, of, last)).toBe(expected);
  });
});

describe('peerShortForm', () => {
  test.each<[string, string | undefined]>([
    ['Lord Nicholls of Foyle', 'lord nicholls'],
    ['Baroness Grey of Market Rasen', 'baroness grey'],
    ['Lord Nicholls', undefined],
    ['Ann Roe of Leeds', undefined],
  ])('%s → %s', (name, expected) => {
    expect(peerShortForm(name)).toBe(expected);
  });
});
