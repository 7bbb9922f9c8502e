/**
 * A day or month opening the sentence (alone, or after "In", "On"), then "the": a date phrase before the subject, so
 * "the" starts the subject's own noun phrase and the date is no word of its name (issue 13, round 31, part 31c).
 * The sentences are written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { actorsOfParagraphs, quotesOfLines } from '../../support/engine-stages.ts';

describe('a date phrase before "the" and a body', () => {
  test.each<[string, string, string]>([
    ['a month after "In"', 'In November the Royal College of Nursing said wards were "close to breaking point".', 'Royal College of Nursing'],
    ['a day after "On"', 'On Monday the Home Office said the figures were "deeply worrying".', 'Home Office'],
    ['a month alone', 'March the Football Association said the fine was "fair".', 'Football Association'],
  ])('the body speaks: %s', (_name, article, speaker) => {
    expect(quotesOfLines(article).map((q) => q.speaker)).toEqual([speaker]);
  });

  test.each<[string, string, string]>([
    ['a day word inside a name, with no "the" after it', 'The Sunday Times said the report was "flawed".', 'Sunday Times'],
    ['"the" inside a name after other words', 'The Bank of the North said rates would "stay put".', 'Bank of the North'],
  ])('keeps the name: %s', (_name, article, name) => {
    expect(actorsOfParagraphs(article).map((a) => a.name)).toContain(name);
  });
});
