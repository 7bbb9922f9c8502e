/**
 * Shapes of citizen-media writing (issue 13, round 17, 13bd): binding of a subject pronoun (Principle C), the present
 * tense of blog round-ups ("NAME wonders"), and a sentence opening with "while" whose main clause has a subject of its
 * own. News-shaped sentences written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

type Row = [text: string, speaker: string | null];

const speakersOf = (article: string): Row[] => quotesOfLines(article).map((q) => [q.text, q.speaker]);

describe('a subject pronoun never stands for a person named later in its own clause', () => {
  test.each<[string, string, Row[]]>([
    [
      'the name is the possessor of a subject in the clause the pronoun’s verb reports',
      'Mark Dunne runs a blog on island politics.\nCongratulations to Mr. Paul Oyelaran and his party.\nA day earlier he complained that Paul Oyelaran’s brother was “twisting my words” on debt.',
      [['twisting my words', 'Mark Dunne']],
    ],
    [
      'the name is inside a relative clause on the object, after a comma',
      'Mark Dunne runs a blog on island politics.\nWell done to Mr. Paul Oyelaran.\nHe wrote a long post, in which he accused Paul Oyelaran of “borrowing without a plan”.',
      [['borrowing without a plan', 'Mark Dunne']],
    ],
    [
      'the name is the object of the verb of saying itself',
      'Lena Ortiz writes about housing for a local blog.\nShe met the mayor, Tom Brandt, on Monday.\n“The waiting lists are a scandal,” she told Tom Brandt.',
      [['The waiting lists are a scandal,', 'Lena Ortiz']],
    ],
  ])('%s', (_, article, expected) => {
    expect(speakersOf(article)).toEqual(expected);
  });
});

describe('the present tense of blog round-ups: "NAME wonders"', () => {
  test.each<[string, string, Row[]]>([
    ['a fragment after "wonders"', 'Blogger Rosa Acheampong wonders “whether anyone in the ministry reads the reports”.', [['whether anyone in the ministry reads the reports', 'Rosa Acheampong']]],
    ['"wonders" after the quote', '“Who will pay for the new stadium?” wonders Rosa Acheampong on her blog.', [['Who will pay for the new stadium?', 'Rosa Acheampong']]],
  ])('%s', (_, article, expected) => {
    expect(speakersOf(article)).toEqual(expected);
  });
});

describe('a sentence opening with "while": the main clause after the comma has a subject of its own', () => {
  test.each<[string, string, Row[]]>([
    [
      'a named main subject the digest does not know: the second quote is not the first speaker’s',
      'While blogger Rosa Acheampong wonders “who will pay for the stadium”, Harbour Notes sees fit to offer “a modest proposal” of its own.',
      [
        ['who will pay for the stadium', 'Rosa Acheampong'],
        ['a modest proposal', null],
      ],
    ],
    [
      'a pronoun opening the main clause goes on with the same speaker',
      'While Rosa Acheampong called the plan “a gamble”, she said it was “worth a try”.',
      [
        ['a gamble', 'Rosa Acheampong'],
        ['worth a try', 'Rosa Acheampong'],
      ],
    ],
  ])('%s', (_, article, expected) => {
    expect(speakersOf(article)).toEqual(expected);
  });
});

describe('binding stops where the pronoun’s clause ends', () => {
  test.each<[string, string, Row[]]>([
    [
      'a name set off by spaced dashes after the pronoun is the pronoun’s own',
      'Tom Brandt chaired the council on Monday.\nHe - Tom Brandt - said the plan was “a good start”.',
      [['a good start', 'Tom Brandt']],
    ],
    [
      'a name in brackets after the pronoun is the pronoun’s own',
      'Tom Brandt chaired the council on Monday.\nHe (Tom Brandt) said the plan was “a good start”.',
      [['a good start', 'Tom Brandt']],
    ],
  ])('%s', (_, article, expected) => {
    expect(speakersOf(article)).toEqual(expected);
  });
});
