/**
 * A participle of saying after a comma shares a subject (issue 13, helper 13cm): usually the sentence's ("NAME closed
 * the road, saying …"), but after an absolute "with NAME Ving …," phrase it is that phrase's person, who is the one
 * doing the saying ("The row began on air, with NAME walking up to him, saying “…”"). News-shaped sentences written for
 * these tests; the near-misses keep the sentence's subject or nobody.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

const speakerOf = (article: string, opening: string): string | null | undefined => quotesOfLines(article).find((q) => q.text.startsWith(opening))?.speaker;

describe('"…, with NAME Ving …, saying “…”": the person of the with-phrase speaks', () => {
  test.each<[string, string, string, string | null]>([
    [
      'a with-phrase after a sentence whose subject names nobody',
      'The row began on a morning phone-in, with Jane Tully walking up to the minister, saying "That is simply untrue" as she tried to raise her son\'s case.',
      'That is',
      'Jane Tully',
    ],
    [
      'the same after a named sentence subject: the with-phrase person, not the subject',
      'Mayor Tom Keane opened the new library, with Ruth Dale stepping forward from the crowd, shouting "Where is the money for our schools?"',
      'Where is',
      'Ruth Dale',
    ],
    [
      'no with-phrase: the sentence subject, as before',
      'Mark Hale laughed off claims that his seat in Leeds North was at risk, saying it was "one of the safest seats in the region".',
      'one of',
      'Mark Hale',
    ],
    [
      'a with-phrase without a participle after the name ("with NAME at his side,"): the sentence subject, as before',
      'Mark Hale toured the plant, with Ruth Dale at his side, saying it was "a proud day for the town".',
      'a proud',
      'Mark Hale',
    ],
  ])('%s', (_name, article, opening, speaker) => {
    expect(speakerOf(article, opening)).toBe(speaker);
  });
});
