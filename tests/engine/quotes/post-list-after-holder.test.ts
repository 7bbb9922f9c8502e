/**
 * Press-release lists "HOLDER, POST, BODY: “…”" (issue 13, round 37f): a place or a body among the posts listed
 * after the holder is no rival speaker, even when the actors take it for a person. Sentences written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

describe('subject-colon-quote: the holder opening a list of posts, places and bodies speaks', () => {
  test.each<[string, string, string | null]>([
    ['a body of two capitalised words after the post', 'Groups praised the new rule.\nMarta Quell, Executive Director, Harbour Power: “The rule is a win for clean rivers.”', 'Marta Quell'],
    ['a city and its state before the post', 'Mayors praised the new rule.\nMayor Dario Fenwick, Dover, Delaware, Co-Chair of Coastal Mayors: “Our towns will use every dollar.”', 'Dario Fenwick'],
    ['a post, its office and its body', 'Groups praised the new rule.\nOda Brink, Policy Director, Capitol Office, River Keepers: “This is overdue.”', 'Oda Brink'],
    ['a second holder after "and" makes a joint statement', 'Groups praised the new rule.\nMarta Quell, Director, and Oda Brink, Chair, Harbour Power: “The rule is a win.”', null],
    ['a second full name before a post of its own is a second holder', 'Groups praised the new rule.\nMarta Quell, Director, Oda Brink, Chair: “The rule is a win.”', null],
    ['a list with no post names places only, and a person there still rivals', 'Groups praised the new rule.\nMarta Quell, Oda Brink, Dover: “The rule is a win.”', null],
  ])('%s', (_label, article, speaker) => {
    const [quote] = quotesOfLines(article);
    expect(quote?.speaker ?? null).toBe(speaker);
  });
});
