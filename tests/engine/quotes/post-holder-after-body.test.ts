/**
 * A post whose body runs into its holder's name (issue 13, round 19): "said Secretary of the Treasury NAME",
 * "said Minister of Health NAME". The holder speaks, not the body named in the post. Sentences written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

describe('said POST of BODY NAME: the holder of the post speaks', () => {
  test.each<[string, string, string | null]>([
    ['a secretary of "the" department', 'Banks will share threat reports.\n“We are closing the gaps,” said Secretary of the Treasury Dana Whitlock.', 'Dana Whitlock'],
    ['a minister of a portfolio without "the"', 'The clinic opened on Monday.\n“Every town deserves a doctor,” said Minister of Health Peter Oduya.', 'Peter Oduya'],
    ['a comma after the name', 'Rangers cleared the trail.\n“The park is open again,” said Secretary of the Interior Ruth Kamara, who visited the site.', 'Ruth Kamara'],
  ])('%s', (_label, article, speaker) => {
    const [quote] = quotesOfLines(article);
    expect(quote?.speaker ?? null).toBe(speaker);
  });
});
