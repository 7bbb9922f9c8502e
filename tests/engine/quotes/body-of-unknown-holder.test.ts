/**
 * A heading "NAME, POST, BODY: “…”" whose name the actors missed (issue 13, round 19): the body after the post is
 * where the post is held, not the speaker; the quote is withheld. Sentences written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

describe('subject-colon-quote: a body after an unknown holder and a post speaks not', () => {
  test.each<[string, string, string | null]>([
    ['a post between commas before the body', 'Groups praised the new rule.\nFaye Park, President, Harbour Trust: “The rule is a win for clean rivers.”', null],
    ['a place before the body name', 'Groups praised the new rule.\nFaye Park, Director, U.S. Rivers Network: “The rule is a win for clean rivers.”', null],
    ['a known name before the post still speaks', 'Groups praised the new rule.\nLori Lodes, Executive Director, Harbour Trust: “The rule is a win for clean rivers.”', 'Lori Lodes'],
    ['a body alone before the colon still speaks', 'Groups praised the new rule.\nHarbour Trust: “The rule is a win for clean rivers.”', 'Harbour Trust'],
  ])('%s', (_label, article, speaker) => {
    const [quote] = quotesOfLines(article);
    expect(quote?.speaker ?? null).toBe(speaker);
  });
});
