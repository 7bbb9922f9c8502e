/**
 * A connecting adverb set off by two commas between a subject and its verb of saying ("He, however, admitted",
 * "She did, too, say") is passed over: the name or pronoun before it speaks. Every row is written for this test; rows
 * with speaker null are the near-misses where the adverb does not stand between a subject and its verb.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

type Row = [text: string, speaker: string | null];

const speakersOf = (article: string): Row[] => quotesOfLines(article).map((q) => [q.text, q.speaker]);

describe('a subject past a set-off adverb speaks', () => {
  test.each<[string, string, Row[]]>([
    [
      'a pronoun, then an auxiliary and the adverb',
      'Paul Grant, head of the label, spoke in Bonn on Monday.\nHe did, however, admit that sellers have “partly lost control” of their catalogue.',
      [['partly lost control', 'Paul Grant']],
    ],
    [
      'a pronoun, then the adverb right before the verb',
      'Nina Osei opened the new ward on Friday.\nShe, too, said the hospital was “far too small” for the town.',
      [['far too small', 'Nina Osei']],
    ],
    [
      'a name, then the adverb',
      'The board met again on Tuesday.\nMr Hollis, meanwhile, insisted the plan was “still alive”.',
      [['still alive', 'Hollis']],
    ],
    [
      'a pronoun before a colon quote',
      'Dan Mercer lost his seat in May.\nHe, nevertheless, told supporters: “We will be back.”',
      [['We will be back.', 'Dan Mercer']],
    ],
  ])('%s', (_name, text, expected) => {
    expect(speakersOf(text)).toEqual(expected);
  });

  test.each<[string, string, Row[]]>([
    [
      'not when the words between the commas are no connecting adverb',
      'The court sat late on Monday.\nThe judge, a careful reader, noted the deal was “never signed”.',
      [['never signed', null]],
    ],
  ])('%s', (_name, text, expected) => {
    expect(speakersOf(text)).toEqual(expected);
  });
});
