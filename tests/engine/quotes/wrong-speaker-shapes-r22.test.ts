/**
 * Wrong speakers of the thirteenth held-out set (issue 13, round 22), by mechanism: a name right after ", said" that
 * its own verb follows ("…, said NAME was …") is the subject of what is said, no inverted teller; a person named in a
 * sentence whose subject is "he" or "she" gives that pronoun's gender to nobody ("she was reunited with NAME" ⏎ "She
 * …" does not make NAME a woman); a name after a capital "The" and a common word inside a sentence ("in The Two
 * Ronnies Sketchbook") is a work's title, no person. News-shaped sentences written for these tests; rows with
 * speaker null are where the engine must withhold.
 */
import { describe, expect, test } from 'vitest';
import { actorsOfParagraphs, quotesOfLines } from '../../support/engine-stages.ts';

type Row = [text: string, speaker: string | null];

const speakersOf = (article: string): Row[] => quotesOfLines(article).map((q) => [q.text, q.speaker]);

describe('speakers the engine must not give to someone else (round 22)', () => {
  test.each<[string, string, Row[]]>([
    [
      '"NAME, who …, said OTHER was …" ⏎ "“…,” he told": OTHER is what NAME said, not an inverted teller; "he" is NAME',
      'Lena Marsh died last year.\nFormer band singer Tom Vale, who toured with her in 1970, said Marsh was one of his idols. "She shaped my own songs," he told the radio station.',
      [['She shaped my own songs,', 'Tom Vale']],
    ],
    [
      'the same with "had" after the name',
      'Dan Price retired in May.\nVeteran coach Ian Holt, who trained with him for years, said Price had changed the sport. "Nobody worked harder," he told reporters.',
      [['Nobody worked harder,', 'Ian Holt']],
    ],
    [
      '"…, said NAME." still names the teller',
      'Prices will rise again next year, said Tom Vale. "We cannot hold them," he added.',
      [['We cannot hold them,', 'Tom Vale']],
    ],
    [
      '"she was reunited with NAME" ⏎ "At her death she …" ⏎ "NAME said … “…,” he said.": NAME is no woman; "he" is NAME',
      'Writer Ann Cole has died.\nCole worked with director Paul Dorn on three films. In the 90s she moved to TV, although she was reunited with Dorn in 1996. At the time of her death she was writing a play.\nDorn said that working with Cole was "a gift". "She was brave and talented," he said.',
      [
        ['a gift', 'Paul Dorn'],
        ['She was brave and talented,', 'Paul Dorn'],
      ],
    ],
  ])('%s', (_label, article, rows) => {
    expect(speakersOf(article)).toEqual(rows);
  });
});

describe('a work titled "The NUMBER NAME" is no person', () => {
  test.each([
    ['a show after a capital "The" and a number', 'Its stars return this year in The Three Kellys Songbook, which mixes old and new songs.', 'Kellys Songbook'],
    ['a film after a capital "The" and a common word', 'He also starred in The Last Harry Moss, a comedy.', 'Harry Moss'],
  ])('drops %s', (_label, text, name) => {
    expect(actorsOfParagraphs(text).map((a) => a.name)).not.toContain(name);
  });

  test.each([
    ['a person after a lower-case "the"', 'Its stars include the singer Harry Moss, who said he was pleased.', 'Harry Moss'],
    ['a person opening a sentence after "The"', 'The comedian Harry Moss said he was pleased.', 'Harry Moss'],
  ])('keeps %s', (_label, text, name) => {
    expect(actorsOfParagraphs(text).map((a) => a.name)).toContain(name);
  });

  test('a show\'s star is not the show: "the Three Kellys star said" ⏎ "“…,” he said" is the star named before', () => {
    const article = 'Joe Kelly has attacked modern TV.\nSpeaking to a magazine, the Three Kellys star said there is too much swearing. "It is lazy," he complained. Their new series, The Three Kellys Songbook, starts in May.';
    expect(speakersOf(article)).not.toContainEqual(['It is lazy,', 'Kellys Songbook']);
  });
});
