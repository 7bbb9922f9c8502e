/**
 * "Olympic bronze medallist ⏎ rounded off a weekend … “…,” said the 28-year-old.": a page that lost the linked names
 * breaks a sentence into a paragraph that stops without a full stop and one that opens in lower case on the verb; its
 * subject is someone the text does not name, so an epithet or pronoun after it is nobody named before (issue 13,
 * round 53). News-shaped articles written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

type Row = [text: string, speaker: string | null];

const speakersOf = (article: string): Row[] => quotesOfLines(article).map((q) => [q.text, q.speaker]);

describe('a sentence whose subject was lost brings in someone unnamed', () => {
  test.each<[string, string, Row[]]>([
    [
      'an age epithet after a paragraph opening on a verb: nobody',
      'Tom Vale won the men\'s 200m title at the trials. "It was close," said Vale. Olympic relay medallist\nclaimed the women\'s 400m title in 51.2 seconds. "I feel there is more to come," said the 24-year-old.',
      [['It was close,', 'Tom Vale'], ['I feel there is more to come,', null]],
    ],
    [
      'a pronoun after a paragraph opening on a verb: nobody',
      'Tom Vale won the men\'s 200m title at the trials. "It was close," said Vale. The women\'s race went to form as\ndominated from start to finish. "I never doubted it," he said.',
      [['It was close,', 'Tom Vale'], ['I never doubted it,', null]],
    ],
    [
      'the same epithet after a whole sentence: the person named before',
      'Tom Vale won the men\'s 200m title at the trials. "It was close," said Vale.\nHe clocked 20.4 seconds in the final. "I feel there is more to come," said the 24-year-old.',
      [['It was close,', 'Tom Vale'], ['I feel there is more to come,', 'Tom Vale']],
    ],
  ])('%s', (_label, article, rows) => {
    expect(speakersOf(article)).toEqual(rows);
  });
});
