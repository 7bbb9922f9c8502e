/**
 * House styles (issue 13, round 14): the engine gives the same speakers whatever the house style of the text, here
 * where a text without honorifics gives no gender to a person ("He told Sturgeon: …" in a US-style text). News-shaped
 * sentences written for these tests; rows with speaker null are where the resolver must withhold.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

type Row = [text: string, speaker: string | null];

const speakersOf = (article: string): Row[] => quotesOfLines(article).map((q) => [q.text, q.speaker]);

describe('the person a pronoun\'s own verb addresses is not what the pronoun stands for', () => {
  test.each<[string, string, Row[]]>([
    [
      '"He told NAME:" after a sentence naming both, no honorifics to give genders',
      'Opposition leader Rosa Mbeki wrote to Daniel Achterberg on Friday demanding an apology.\nIn a sharp reply, the governor said his words had been twisted.\nHe told Mbeki: "You have misread every line of my speech."',
      [['You have misread every line of my speech.', 'Daniel Achterberg']],
    ],
    [
      '"She wrote to NAME:" after a sentence naming both',
      'Union leader Carl Ostrova met the chair of the board, Ines Kahale, on Monday.\nShe wrote to Ostrova: "Our offer stands until the end of the month."',
      [['Our offer stands until the end of the month.', 'Ines Kahale']],
    ],
    [
      'the one person named before is the one addressed: nobody else can be meant',
      'Ministers met Kwame Boateng on Monday.\nHe told Boateng: "The talks are over."',
      [['The talks are over.', null]],
    ],
  ])('%s', (_label, article, rows) => {
    expect(speakersOf(article)).toEqual(rows);
  });
});
