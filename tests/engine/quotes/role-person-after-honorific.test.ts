/**
 * A body's post before a person whose mention leaves out a form of address (issue 13, round 38j): "Northfield
 * Rovers boss Sir Ian Rowe: “…”" is Ian Rowe's, not the club's and not nobody's. Sentences written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

describe('rolePersonAfter: a form of address between the post and the person', () => {
  test.each<[string, string, string | null]>([
    ['"Sir" after a club post before a colon', 'Northfield Rovers beat the leaders on Sunday.\nNorthfield Rovers manager Sir Ian Rowe: “We were the better side today.”', 'Ian Rowe'],
    ['"Dr" after a firm post before a colon', 'Kestrel Holdings lost money in the spring.\nKestrel Holdings chief executive Dr Ann Moyo: “It was a hard year for us.”', 'Ann Moyo'],
    ['"Dame" after a post and a speech verb', 'Northfield Rovers won the cup.\n“We were the better side today,” said Northfield Rovers chairman Dame Joan Pike.', 'Joan Pike'],
    ['no form of address, as before', 'Northfield Rovers beat the leaders on Sunday.\nNorthfield Rovers manager Ian Rowe: “We were the better side today.”', 'Ian Rowe'],
  ])('%s', (_label, article, speaker) => {
    const quote = quotesOfLines(article).at(-1);
    expect(quote?.speaker ?? null).toBe(speaker);
  });
});
