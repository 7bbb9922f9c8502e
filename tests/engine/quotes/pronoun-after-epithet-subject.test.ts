/**
 * Pronoun resolution (issue 13, helper 13cm): "he" or "she" continues the last subject of its gender. When that subject
 * is an epithet ("The American had questioned Hale's claims.", "The champion beat Tom Roe …", also after an opening
 * "And", and with a capitalised nationality as its head), the names after it are objects or possessors: the pronoun
 * goes on to the epithet's person, not to them. News-shaped sentences written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfTexts } from '../../support/engine-stages.ts';

/** The speaker given to the quote that starts with `opening`, in an article of blank-line paragraphs. */
const speakerOf = (article: string, opening: string): string | null | undefined =>
  quotesOfTexts(article.split(/\n\s*\n/)).find((q) => q.text.startsWith(opening))?.speaker;

describe('an epithet subject before the names of its sentence keeps "he"/"she" on its person', () => {
  test.each<[string, string, string, string | null]>([
    [
      '"And the American remains …" after "The American had questioned NAME\'s claims": the epithet chain, not the possessor',
      "Sprinter Carl Mott has criticised British athletics.\n\nMott clashed with Britain's Dean Hale last year. The American had questioned Hale's injury claims.\n\nAnd the American remains scathing about the sport. \"Nobody here is hungry enough,\" he said.",
      'Nobody here',
      'Carl Mott',
    ],
    [
      '"The champion beat NAME": the object is not who "he" is',
      'Swimmer Ian Dale won gold in Rome.\n\nThe champion beat Tom Roe in the final. "I felt strong all week," he said.',
      'I felt',
      'Ian Dale',
    ],
    [
      'a capitalised nationality as the epithet, a name in apposition to its object',
      'Golfer Sean Rudd won the Irish Open.\n\nThe Irishman then thanked his caddie, Paul Kerr, at length. "I could not have done it without him," he said.',
      'I could',
      'Sean Rudd',
    ],
    [
      'a named subject before the epithet object: the subject, as before',
      'Swimmer Ian Dale won gold in Rome.\n\nTom Roe beat the champion in the heats. "I felt strong all week," he said.',
      'I felt',
      'Tom Roe',
    ],
  ])('%s', (_name, article, opening, speaker) => {
    expect(speakerOf(article, opening)).toBe(speaker);
  });
});
