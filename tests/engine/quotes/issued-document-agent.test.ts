/**
 * "The palace issued the following statement from the king: “…”" (issue 13, round 37i): a document that the subject
 * puts out on behalf of an agent named after "from"/"by" right before the colon is the agent's. Sentences written for
 * these tests.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

describe('issued-document-agent: the agent of a document put out before a colon speaks', () => {
  test.each<[string, string, string | null, string | null]>([
    ['a full name after "from"', 'The palace issued the following statement from King Harald Olsen: “We will not stand for this.”', 'King Harald Olsen', 'issued-document-agent'],
    ['a role named before, after "the"', 'King Harald Olsen spoke on Monday.\nThe palace later issued the following statement from the king: “We will not stand for this.”', 'King Harald Olsen', 'issued-document-agent'],
    ['an organisation after "by", two words describing the document', 'The club released a short joint statement by Acme Holdings: “We are proud of the deal.”', 'Acme Holdings', 'issued-document-agent'],
    ['a document about someone names no agent', 'The club released a statement about Nora Vale: “We are proud of her.”', null, null],
    ['a place after "from" is no agent', 'The ministry published a letter from Norway: “We are proud of the deal.”', null, null],
    ['the agent must end the phrase at the colon', 'The club released a statement from Acme Holdings on Monday: “We are proud of the deal.”', null, null],
    ['a document that no verb puts out is no object', 'Fans read the statement from Acme Holdings: “We are proud of the deal.”', null, null],
  ])('%s', (_label, article, speaker, rule) => {
    const [quote] = quotesOfLines(article);
    expect(quote?.speaker ?? null).toBe(speaker);
    expect(quote?.rule ?? null).toBe(rule);
  });
});
