/**
 * A verb of saying with no subject of its own (issue 13, helper 13cm): "Ms Holt insisted: “…” And continued: “…”" —
 * a sentence that opens with a conjunction (maybe an adverb) and goes straight to its verb continues the subject of the
 * sentence before. News-shaped sentences written for these tests; the near-misses keep their own subjects.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

const speakerOf = (article: string, opening: string): string | null | undefined => quotesOfLines(article).find((q) => q.text.startsWith(opening))?.speaker;

describe('"And continued: “…”" continues the subject of the sentence before', () => {
  test.each<[string, string, string, string | null]>([
    [
      '"And continued:" after "NAME insisted: “…”"',
      'Health Secretary Ruth Holt defended the plan on Monday. Ms Holt insisted: "We have a strong record on this." And continued: "We intend to keep it that way."',
      'We intend',
      'Ruth Holt',
    ],
    [
      '"But then added:" after a pronoun subject: the person it stands for',
      'Tom Keane spoke after the vote. He warned: "The costs will rise." But then added: "We can manage them."',
      'We can',
      'Tom Keane',
    ],
    [
      'a sentence with its own subject after the conjunction keeps it',
      'Tom Keane spoke after the vote. He warned: "The costs will rise." And Ruth Holt replied: "They will not."',
      'They will',
      'Ruth Holt',
    ],
  ])('%s', (_name, article, opening, speaker) => {
    expect(speakerOf(article, opening)).toBe(speaker);
  });
});
