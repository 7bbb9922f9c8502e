/**
 * A person who opens the sentence speaks the quote after its verb of saying when only a modifier of that person — a
 * place, a body, a phrase with no verb of its own — stands between the name and the verb ("Assembly president NAME in
 * relaying the news to parliament said, “…”"). Every row is written for this test; rows with speaker null are the
 * near-misses where another clause or another speaker stands between.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

type Row = [text: string, speaker: string | null];

const speakersOf = (article: string): Row[] => quotesOfLines(article).map((q) => [q.text, q.speaker]);

describe('the sentence’s subject past a modifier speaks', () => {
  test.each<[string, string, Row[]]>([
    [
      'a prepositional phrase with a participle between the name and the verb',
      'The former president died on Thursday.\nSenate speaker Alain Dumas in breaking the news to the chamber said, “He was part of our history.”',
      [['He was part of our history.', 'Alain Dumas']],
    ],
    [
      'an affiliation and a place between the name and the verb, and a verb with an object before the colon',
      'A new study says the statues stood near fresh water.\nAnn Roe of Harbour University in Leeds disagreed with the findings: “Fresh water seeps are found all along this coast.”',
      [['Fresh water seeps are found all along this coast.', 'Ann Roe']],
    ],
    [
      'a body’s name with a colon and “and” inside it',
      'The ship sailed close to the lava flow.\nLead author Tom Vale of Harbour University’s Centre for Ocean Study: Research and Education said, “The voyage gave us a rare chance.”',
      [['The voyage gave us a rare chance.', 'Tom Vale']],
    ],
  ])('%s', (_name, text, expected) => {
    expect(speakersOf(text)).toEqual(expected);
  });

  test.each<[string, string, Row[]]>([
    [
      'not past a clause with a verb of its own',
      'The talks ended late on Friday.\nUnion leader Sam Adeyemi after the drivers walked out said, “We need an answer.”',
      [['We need an answer.', null]],
    ],
    [
      'not past a pronoun for someone else',
      'The talks ended late on Friday.\nUnion leader Sam Adeyemi in his talks with her said, “We need an answer.”',
      [['We need an answer.', null]],
    ],
    [
      'not past a second subject joined by “and”',
      'The talks ended late on Friday.\nUnion leader Sam Adeyemi and the drivers in the yard said, “We need an answer.”',
      [['We need an answer.', null]],
    ],
  ])('stays null: %s', (_name, text, expected) => {
    expect(speakersOf(text)).toEqual(expected);
  });
});
