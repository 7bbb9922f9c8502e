/**
 * A quote given to the subject of the narrative beside it is not that person's when it first speaks of someone as
 * "he"/"she" of the subject's gender, before any "I"/"we" or person of its own (issue 13, round 38): it goes on
 * speaking of the subject, as a friend or a biographer does. News-shaped sentences written for these tests; the rows
 * that keep a speaker are near-misses.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

type Row = [text: string, speaker: string | null];

const speakersOf = (article: string): Row[] => quotesOfLines(article).map((q) => [q.text, q.speaker]);

describe('speakerAsPronounInQuote: a quote that speaks of the narrative subject as "he" is not the subject\'s', () => {
  test.each<[string, string, Row[]]>([
    [
      'a quote line after narrative about a man, its first pronoun "his"',
      'Tom Vale was slow to win over American radio.\nBut Tom Vale became a star in the 1990s.\n"In 1999, after his retirement, he sold more records than ever before."',
      [['In 1999, after his retirement, he sold more records than ever before.', null]],
    ],
    [
      'a quote line after narrative about a woman, its first pronoun "she"',
      'Mrs Ann Hale ran the club for twenty years.\nMrs Hale later moved to Spain.\n"She never stopped talking about the old days."',
      [['She never stopped talking about the old days.', null]],
    ],
    [
      'kept: the subject speaks in the first person',
      'Tom Vale believes he lost the race in the semi-finals.\n"I was saving my energy for the final."',
      [['I was saving my energy for the final.', 'Tom Vale']],
    ],
    [
      'kept: "I" before "him", the subject speaks of another man',
      'Tom Vale misses his old coach.\n"I owe him everything. He made me the runner I am."',
      [['I owe him everything. He made me the runner I am.', 'Tom Vale']],
    ],
    [
      'kept: a person the quote names before "he" is who "he" stands for',
      'Tom Vale wants a change at the top.\n"Tell Rob Dane that if he stays, nothing will change."',
      [['Tell Rob Dane that if he stays, nothing will change.', 'Tom Vale']],
    ],
    [
      'kept: a verb of saying names the speaker whatever the quote says of "he"',
      'Tom Vale spoke on Monday.\n"In 1999 he sold more records than ever," said Tom Vale.',
      [['In 1999 he sold more records than ever,', 'Tom Vale']],
    ],
  ])('%s', (_name, article, expected) => {
    expect(speakersOf(article)).toEqual(expected);
  });
});
