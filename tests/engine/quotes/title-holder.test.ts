/**
 * "The First Lady added:", "“…,” said the Vice President.": "the" and a capitalised title stand for the one person the
 * article names right after that same title elsewhere. Every row is written for this test.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

type Row = [text: string, speaker: string | null];

const speakersOf = (article: string): Row[] => quotesOfLines(article).map((q) => [q.text, q.speaker]);

describe('a title after "the" stands for its one holder', () => {
  test.each<[string, string, Row[]]>([
    [
      'the title before a colon, its holder named with it in an earlier paragraph',
      'First Lady Ana Ruiz opened a new reading room at the library on Monday.\nVisitors queued for hours in the rain.\nThe First Lady added: “Every child deserves a place to read.”',
      [['Every child deserves a place to read.', 'Ana Ruiz']],
    ],
    [
      'the title after the verb, its holder named with it after the quote',
      '“We will not look away from our allies,” said the Vice President during her visit to Oslo.\nVice President Maria Holm spoke for forty minutes.',
      [['We will not look away from our allies,', 'Maria Holm']],
    ],
    [
      'a one-word title that is a title head',
      'Governor Ray Okafor signed the budget on Friday, and Mayor Lin Park welcomed it.\nSchools will get more money.\n“This is a good day for teachers,” said the Governor.',
      [['This is a good day for teachers,', 'Ray Okafor']],
    ],
    [
      'the title before a colon, its holder named in an appositive after it',
      'The wedding will be blessed by the Bishop of Leeds, Dr Alan Crane, in May.\nThe couple met at university.\nThe Bishop of Leeds said: “I am delighted for them both.”',
      [['I am delighted for them both.', 'Alan Crane']],
    ],
    [
      'the title after the verb, its holder named before it in an appositive',
      'Jack Holm, the Foreign Secretary, flew to Cairo on Monday, and his rival Paul Obi stayed in London.\nThe talks lasted all day.\n“We made real progress,” said the Foreign Secretary.',
      [['We made real progress,', 'Jack Holm']],
    ],
  ])('%s', (_name, text, expected) => {
    expect(speakersOf(text)).toEqual(expected);
  });

  test.each<[string, string, Row[]]>([
    [
      'not a title the article puts before two people',
      'Minister Joan Fell and Minister Paul Obi met the unions on Monday.\nThe talks lasted all day.\nThe Minister said: “We will meet again next week.”',
      [['We will meet again next week.', null]],
    ],
    [
      'not a longer title that only ends in the same words',
      'Vice President Maria Holm flew to Oslo on Monday.\nThe talks lasted all day.\n“We stand with our allies,” said the President.',
      [['We stand with our allies,', null]],
    ],
    [
      'not a former holder of the title',
      'Former Prime Minister Alan Reid backed the bill on Monday.\nThe vote is on Friday.\nThe Prime Minister said: “The bill will pass.”',
      [['The bill will pass.', null]],
    ],
    [
      'not a capitalised word that is no title',
      'Republican Tom Vance voted against the bill on Monday.\nThe vote was close.\n“This bill costs too much,” said the Republican.',
      [['This bill costs too much,', null]],
    ],
    [
      'not a title that owns the speaker named after it',
      'President Ray Okafor signed the order on Monday.\n“Clean buses are the future,” said the President’s climate adviser Lin Park.',
      [['Clean buses are the future,', 'Lin Park']],
    ],
  ])('stays null: %s', (_name, text, expected) => {
    expect(speakersOf(text)).toEqual(expected);
  });
});
