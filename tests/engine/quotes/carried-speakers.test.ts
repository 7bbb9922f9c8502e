/**
 * Speakers carried to a quote with no cue of its own (the sieves of src/engine/quotes/sieves/ that
 * give a quote the person the text around it is about). News-shaped sentences written for these
 * tests; rows with speaker null show where the sieve must withhold.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

type Row = [text: string, speaker: string | null, rule?: string];

/** [text, speaker, rule] per quote of lines (one paragraph each). */
function carriedOf(article: string): Row[] {
  return quotesOfLines(article).map((q) => (q.rule ? [q.text, q.speaker, q.rule] : [q.text, q.speaker]));
}

describe('quote-after-only-person: a quote sentence after a sentence naming one person only', () => {
  test.each<[string, string, Row[]]>([
    [
      'the one person named before it in the paragraph, even as an object',
      'The hosts had two players sent off, leaving coach Ian Rowe unhappy. “One card was harsh. The other was fair.”',
      [['One card was harsh. The other was fair.', 'Ian Rowe', 'quote-after-only-person']],
    ],
    [
      'a title quoted earlier in the paragraph is no speech and does not stop it',
      'At the panel “Starting Out”, painter Ana Ruiz spoke of years without work. “Nobody called me back for a long time.”',
      [['Starting Out', null], ['Nobody called me back for a long time.', 'Ana Ruiz', 'quote-after-only-person']],
    ],
    [
      'a body named too may be the speaker: withheld',
      'The Harlow Tenants Association praised mayor Ian Rowe. “The plan is sound and fair.”',
      [['The plan is sound and fair.', null]],
    ],
    [
      'a possessor is not the speaker: withheld',
      'The hosts beat Tom Bell’s side on Sunday. “One card was harsh.”',
      [['One card was harsh.', null]],
    ],
    [
      'a sentence about what happened to the person: withheld',
      'Striker Ian Rowe played on in the rain. Later Rowe was struck by a coin. “The referee saw nothing.”',
      [['The referee saw nothing.', null]],
    ],
    [
      'a pronoun before the quote may be someone else: withheld',
      'Ann Dee met Ian Rowe.\nShe thanked Ian Rowe at length. “It was a long day.”',
      [['It was a long day.', null]],
    ],
    [
      'two people named: withheld',
      'The hosts had a player sent off, leaving coach Ian Rowe and captain Ann Dee unhappy. “One card was harsh.”',
      [['One card was harsh.', null]],
    ],
    [
      'the person named only in an earlier sentence, not the one before the quote: withheld',
      'Coach Ian Rowe took his side to Leeds. The match was played in heavy rain. “One card was harsh.”',
      [['One card was harsh.', null]],
    ],
  ])('%s', (_name, article, expected) => {
    expect(carriedOf(article)).toEqual(expected);
  });
});
