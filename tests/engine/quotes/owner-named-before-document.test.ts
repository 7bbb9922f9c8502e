/**
 * "as the Supreme Court decision put it", "the Harbour Trust report said" (issue 13, round 39d): a document noun right
 * after its owner's name, the two opening the clause, speaks for the owner (the document phrase reader of
 * `cues/document-phrases.ts`, once the nouns are in the lexicon); a writer's frame may follow a fragment after a dash.
 * Sentences written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

describe('owner named before its document', () => {
  test.each<[string, string, string | null, string | null]>([
    ['a body before "ruling", as … put it', 'The Harbour Trust met on Monday.\nTraffic “ground to a halt”, as the Harbour Trust ruling put it.', 'Harbour Trust', 'as-name-put-it'],
    ['the frame set off by dashes', 'The Harbour Trust met on Monday.\nTraffic “ground to a halt” — as the Harbour Trust ruling put it — at the bridge.', 'Harbour Trust', 'as-name-put-it'],
    ['a body before "filing", the verb after the quote', 'Acme Holdings met its lenders.\nPrices would “rise sharply”, the Acme Holdings filing said.', 'Acme Holdings', 'said-name-after-quote'],
  ])('%s', (_label, article, speaker, rule) => {
    const quotes = quotesOfLines(article);
    expect(quotes.at(-1)?.speaker ?? null).toBe(speaker);
    expect(quotes.at(-1)?.rule ?? null).toBe(rule);
  });
});
