/**
 * Someone unnamed brought in by "One of …" opening a sentence makes a later "he" or "she" unclear, unless the rest of
 * that sentence gives them the other gender with "his" or "her" ("One of them was asked to stop by his company" is no
 * "she"): then the pronoun goes back to the person named before (issue 13, round 31, part 31c). The sentences are
 * written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { findActors } from '../../../src/engine/actors/index.ts';
import { indexMentions } from '../../../src/engine/quotes/02-find-cues.ts';
import { genderOfOneOf } from '../../../src/engine/quotes/resolve/one-of-gender.ts';
import { quotesOfLines, tokenizedParagraphs } from '../../support/engine-stages.ts';

type Row = [text: string, speaker: string | null, rule?: string];

const attributions = (article: string): Row[] => quotesOfLines(article).map((q) => (q.rule ? [q.text, q.speaker, q.rule] : [q.text, q.speaker]));

describe('genderOfOneOf', () => {
  test.each<[string, string, string]>([
    ['"his" later in the sentence', 'One of them was asked to stop by his company.', 'male'],
    ['"her" later in the sentence', 'One of the nurses lost her job in May.', 'female'],
    ['no possessive', 'One of the nurses lost the job in May.', 'unknown'],
    ['both possessives', 'One of them told her boss about his plan.', 'unknown'],
    ['a person named in the sentence may own it', 'One of the fans met Ann Roe at her hotel.', 'unknown'],
  ])('%s', (_name, text, expected) => {
    const paragraphs = tokenizedParagraphs([text]);
    const { mentions } = findActors(paragraphs);
    expect(genderOfOneOf(paragraphs[0]!, indexMentions(paragraphs, mentions)[0]!, 0)).toBe(expected);
  });
});

describe('a "she" after someone unnamed brought in by "One of …"', () => {
  test.each<[string, string, Row[]]>([
    [
      'the newcomer is a man: "she" is the woman named before',
      'Nurse Carla Brandt said the ban had cost two of her colleagues their posts. One of them was told to leave by his manager before any hearing. “If they had warned me, I would have stopped,” she said.',
      [['If they had warned me, I would have stopped,', 'Carla Brandt', 'said-name-after-quote']],
    ],
    [
      'the newcomer is a woman: "he" is the man named before',
      'Coach Tomas Reyes said the injuries had hit the squad hard. One of them missed her final because of a sprain. “We will be back next season,” he said.',
      [['We will be back next season,', 'Tomas Reyes', 'said-name-after-quote']],
    ],
  ])('%s', (_name, article, rows) => {
    expect(attributions(article)).toEqual(rows);
  });

  test.each<[string, string, Row[]]>([
    [
      'the newcomer has the pronoun\'s gender',
      'Nurse Carla Brandt said the ban had cost two colleagues their posts. One of them was told to leave by her manager before any hearing. “If they had warned me, I would have stopped,” she said.',
      [['If they had warned me, I would have stopped,', null]],
    ],
    [
      'nothing gives the newcomer a gender',
      'Nurse Carla Brandt said the ban had cost two colleagues their posts. One of them was told to leave before any hearing. “If they had warned me, I would have stopped,” she said.',
      [['If they had warned me, I would have stopped,', null]],
    ],
  ])('withheld: %s', (_name, article, rows) => {
    expect(attributions(article)).toEqual(rows);
  });
});
