/**
 * Pronoun salience (issue 13, round 12): "he" or "she" after a sentence that names two people of that gender goes to
 * the one that is the subject of the sentence's main clause when the other is no subject (an object after a role, a
 * possessor, a name after a preposition). News-shaped sentences written for these tests; rows with speaker null are
 * the near-misses where the resolver must withhold.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';
import { pronounLine } from '../../../src/cli/perturb/pronoun.ts';

type Row = [text: string, speaker: string | null];

const speakersOf = (article: string): Row[] => quotesOfLines(article).map((q) => [q.text, q.speaker]);

describe('a subject with a verb after it keeps "he" from the person after a role in its object', () => {
  test.each<[string, string, Row[]]>([
    [
      '"NAME accused shadow chancellor OTHER of …" ⏎ "he said": the subject',
      'Home Secretary Alan Pryce spoke in Leeds.\nMr Pryce accused shadow home secretary David Lomax of planning cuts to police numbers. Turning to crime figures he said: "We have done more than any government before."',
      [['We have done more than any government before.', 'Alan Pryce']],
    ],
    [
      'the same after an opening "To an audience …," phrase',
      'Home Secretary Alan Pryce spoke in Leeds.\nTo the crowd, Mr Pryce accused council leader Peter Vane of lying about the closures. "This city deserves better," he said.',
      [['This city deserves better,', 'Alan Pryce']],
    ],
    [
      'a woman of the same role-phrase shape and "she"',
      'Mrs Jane Holt leads the union.\nMrs Holt criticised health minister Sarah Penn for the delay. "Nurses have waited long enough," she said.',
      [['Nurses have waited long enough,', 'Jane Holt']],
    ],
    [
      'an affiliation before a role still gives way to the person after it ("Acme boss NAME said")',
      'Tom Reed and Dan Fry met on Monday.\nAcme chief executive Dan Fry said sales had doubled. "It has been a record year," he said.',
      [['It has been a record year,', 'Dan Fry']],
    ],
    [
      'the object is the subject of the next sentence: "he" goes to that one',
      'Home Secretary Alan Pryce spoke in Leeds.\nMr Pryce accused council leader Peter Vane of lying. Mr Vane rejected the claim. "This city deserves better," he said.',
      [['This city deserves better,', 'Peter Vane']],
    ],
  ])('%s', (_name, article, expected) => {
    expect(speakersOf(article)).toEqual(expected);
  });
});

describe('a person whose speech verb closes the sentence ("…, says NAME.", "…, NAME said.") is the subject "he" continues', () => {
  test.each<[string, string, Row[]]>([
    [
      'the other man is a possessor: the teller',
      'Director Carl Webb made the film.\nWebb’s thriller may have suffered from its late release, says Greg Hale, the editor of a film weekly. "Voters like big epics," he said.',
      [['Voters like big epics,', 'Greg Hale']],
    ],
    [
      'the other woman is after a preposition: the teller',
      'Ms Ruth Kerr and Mrs Anna Boyd stood for the seat.\nThe vote went badly for Ms Kerr, said Mrs Boyd, the party agent. "We will regroup," she said.',
      [['We will regroup,', 'Anna Boyd']],
    ],
    [
      'the other man is the subject of what the teller reports: the teller',
      'Director Carl Webb made the film.\nWebb attacked the voters for their choice, says Greg Hale, the editor of a film weekly. "Voters like big epics," he said.',
      [['Voters like big epics,', 'Greg Hale']],
    ],
    [
      'the name and its verb close the sentence ("…, Tory co-chairman NAME said."): the teller',
      'Mr Michael Pell leads the party.\nMr Pell will host a news conference every morning, party chairman Liam Ford said.\n"We want Michael to be as accessible as possible," he said.',
      [['We want Michael to be as accessible as possible,', 'Liam Ford']],
    ],
    [
      'near-miss: the teller is a woman and the pronoun "he": not the teller (the subject, as before)',
      'Director Carl Webb made the film.\nWebb attacked the voters for their choice, says Mrs Ann Hale, the editor of a film weekly. "Voters like big epics," he said.',
      [['Voters like big epics,', 'Carl Webb']],
    ],
    [
      'near-miss: a name after the verb inside the sentence, no closing teller: the subject, as before',
      'Director Carl Webb made the film.\nMr Webb said the film, which Greg Hale edited, was a success. "Voters like big epics," he said.',
      [['Voters like big epics,', 'Carl Webb']],
    ],
  ])('%s', (_name, article, expected) => {
    expect(speakersOf(article)).toEqual(expected);
  });
});

describe('perturb-pronoun: a later "Mr NAME said" in a paragraph becomes "he said"', () => {
  test.each<[string, string]>([
    ['Mr Roe spoke first. "We won," Mr Roe said.', 'Mr Roe spoke first. "We won," he said.'],
    ['Ms Dee arrived. Ms Dee added that it was late.', 'Ms Dee arrived. She added that it was late.'],
    ['"We won," Mr Roe said.', '"We won," Mr Roe said.'],
    ['Mr Roe spoke. "Mr Roe said no," she wrote.', 'Mr Roe spoke. "Mr Roe said no," she wrote.'],
  ])('%s', (line, expected) => {
    expect(pronounLine(line)).toEqual(expected);
  });
});

describe('perturb-pronoun: no rewrite when another person was named since the last mention', () => {
  test.each<[string, string]>([
    ['Mr Roe spoke. Party chairman Tom Dee disagreed. Mr Roe said no.', 'Mr Roe spoke. Party chairman Tom Dee disagreed. Mr Roe said no.'],
    ['Mr Roe spoke. Mr Dee disagreed. Mr Roe said no.', 'Mr Roe spoke. Mr Dee disagreed. Mr Roe said no.'],
    ['Mr Roe spoke in Leeds. Mr Roe said no.', 'Mr Roe spoke in Leeds. He said no.'],
  ])('%s', (line, expected) => {
    expect(pronounLine(line)).toEqual(expected);
  });
});
