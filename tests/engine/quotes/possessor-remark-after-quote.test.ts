/**
 * "“Q,” was NAME's assessment.": a quote followed by "was/is", a possessive speaker and a noun for a remark that ends
 * the clause (issue 13, round 40): the owner of the remark is the teller. News-shaped sentences written for these
 * tests; rows with speaker null are near-misses.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

type Row = [text: string, speaker: string | null, rule?: string];

const speakersOf = (article: string): Row[] => quotesOfLines(article).map((q) => (q.rule ? [q.text, q.speaker, q.rule] : [q.text, q.speaker]));

describe('possessorRemarkAfter', () => {
  test.each<[string, string, Row[]]>([
    [
      'an honorific and a surname with "assessment" name the teller',
      'Analyst Ruth Calder read the budget on Monday. "It was bold but fragile," was Ms Calder\'s assessment.',
      [['It was bold but fragile,', 'Ruth Calder', 'possessor-remark-after-quote']],
    ],
    [
      'one modifier before the remark noun, and "is" in the present',
      'The board met on Monday. "We will appeal," is Martin Okoye\'s blunt verdict.',
      [['We will appeal,', 'Martin Okoye', 'possessor-remark-after-quote']],
    ],
    [
      'an organisation as the possessor',
      'The council closed the pool. "The roof is unsafe," was the Football Association\'s response, later that day.',
      [['The roof is unsafe,', 'Football Association', 'possessor-remark-after-quote']],
    ],
    [
      'a noun that is no remark is no cue',
      'Analyst Ruth Calder read the budget on Monday. "It was bold," was Ms Calder\'s car.',
      [['It was bold,', null]],
    ],
    [
      'the remark noun carried on by more words is no cue',
      'Analyst Ruth Calder read the budget on Monday. "It was bold," was Ms Calder\'s view of Tom Reed\'s plan.',
      [['It was bold,', null]],
    ],
  ])('%s', (_name, article, expected) => {
    expect(speakersOf(article)).toEqual(expected);
  });
});
