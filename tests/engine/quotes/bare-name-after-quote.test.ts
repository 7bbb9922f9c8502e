/**
 * A quote closed by a comma and followed only by a person's name and the full stop, the verb of saying left out
 * (issue 13, round 32): the name is the teller. News-shaped sentences written for these tests; rows with speaker null
 * are near-misses.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

type Row = [text: string, speaker: string | null, rule?: string];

const speakersOf = (article: string): Row[] => quotesOfLines(article).map((q) => (q.rule ? [q.text, q.speaker, q.rule] : [q.text, q.speaker]));

describe('findBareNameAfterQuote', () => {
  test.each<[string, string, Row[]]>([
    [
      'an honorific and a surname alone after the quote name its teller',
      'Economist Ruth Calder gave the forecast on Monday. "Prices will fall next year," Ms Calder.',
      [['Prices will fall next year,', 'Ruth Calder', 'bare-name-after-quote']],
    ],
    [
      'a full name alone after the quote names its teller',
      'The board met on Monday.\n"We will appeal," Martin Okoye.',
      [['We will appeal,', 'Martin Okoye', 'bare-name-after-quote']],
    ],
    [
      'words after the name are not the bare name',
      'Economist Ruth Calder gave the forecast on Monday. "Prices will fall," Ms Calder and her team.',
      [['Prices will fall,', null]],
    ],
    [
      'a quote ending in a full stop is no bare-name cue',
      'Economist Ruth Calder gave the forecast on Monday. "Prices will fall." Ms Calder.',
      [['Prices will fall.', 'Ruth Calder', 'beat-before-quote']],
    ],
    [
      'a place after the quote is no teller',
      'The board met on Monday. "We will appeal," London.',
      [['We will appeal,', null]],
    ],
  ])('%s', (_name, article, expected) => {
    expect(speakersOf(article)).toEqual(expected);
  });
});
