/**
 * A gendered noun after "a"/"an" that describes the subject of its own sentence ("She was regarded as a pioneering
 * woman", "He became a wealthy man") brings nobody new in (issue 13, round 22): the pronoun of the quote after it still
 * goes to the person named before. News-shaped sentences written for these tests; rows with speaker null are the
 * near-misses where someone unnamed is brought in and the resolver must withhold. Also: an irregular past participle
 * opening a sentence ("Born in Leeds, NAME …") is an opening phrase, so the name after its comma is the subject.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

type Row = [text: string, speaker: string | null];

const speakersOf = (article: string): Row[] => quotesOfLines(article).map((q) => [q.text, q.speaker]);

describe('a predicate noun of a "he"/"she" subject is no newcomer', () => {
  test.each<[string, string, Row[]]>([
    [
      '"She was regarded as a pioneering woman …" ⏎ "…," she said',
      'Producer Ann Vale has died aged 61. Vale began her career as a runner before she produced her first film.\nShe was regarded by many as a pioneering woman in television. "Nobody expected me to stay," she said in 1999.',
      [['Nobody expected me to stay,', 'Ann Vale']],
    ],
    [
      '"He became a wealthy man …" ⏎ "…," he said',
      'Tom Marsh, a builder, sold his firm in 2001.\nHe became a wealthy man almost overnight. "I never planned for it," he said.',
      [['I never planned for it,', 'Tom Marsh']],
    ],
    [
      '"He is a quiet man" in a sentence of its own before the quote',
      'Farmer Dan Hook won the prize on Sunday.\nHe is a quiet man who rarely gives interviews. "The animals did the work," he said.',
      [['The animals did the work,', 'Dan Hook']],
    ],
  ])('%s', (_name, article, expected) => {
    expect(speakersOf(article)).toEqual(expected);
  });
});

describe('an unnamed person brought in still withholds', () => {
  test.each<[string, string, Row[]]>([
    [
      '"There was a woman …": someone new',
      'Producer Ann Vale spoke at the event.\nThere was a woman in the front row who had waited all day. "I came for the stars," she said.',
      [['I came for the stars,', null]],
    ],
    [
      '"She met a woman …": an object, someone new',
      'Producer Ann Vale spoke at the event.\nShe met a woman who had waited all day. "I came for the stars," she said.',
      [['I came for the stars,', null]],
    ],
    [
      '"She was joined by a woman …": after "by", someone new',
      'Producer Ann Vale spoke at the event.\nShe was joined on stage by a woman who had waited all day. "I came for the stars," she said.',
      [['I came for the stars,', null]],
    ],
  ])('%s', (_name, article, expected) => {
    expect(speakersOf(article)).toEqual(expected);
  });
});

describe('an irregular participle opening a sentence ("Born in Leeds,") is no part of its subject\'s clause', () => {
  test.each<[string, string, Row[]]>([
    [
      '"Born in …, NAME began … with OTHER" ⏎ "…," she said: the subject',
      'Producer Ann Vale has died aged 61.\nBorn in Leeds, Vale began her career as a runner and rose through the ranks before she began working with Carl Webb.\n"Nobody expected me to stay," she said in 1999.',
      [['Nobody expected me to stay,', 'Ann Vale']],
    ],
    [
      '"Known as …, NAME … with OTHER" ⏎ "…," he said: the subject',
      'Broadcaster Tom Marsh retired on Friday.\nKnown as a fierce interviewer, Marsh spent two decades on air before he handed his show to Dan Hook.\n"I leave it in good hands," he said.',
      [['I leave it in good hands,', 'Tom Marsh']],
    ],
  ])('%s', (_name, article, expected) => {
    expect(speakersOf(article)).toEqual(expected);
  });
});
