/**
 * An office epithet ("the prime minister") stands for the person the sentence before opens on. A sentence whose subject
 * is a body opening it ("The Greens accused Mr Hale of …") opens on no person: the person after the body's verb is its
 * object, and the office names nobody known (issue 13, round 44).
 */
import { describe, expect, test } from 'vitest';
import { byBlankLines, quotesOfTexts } from '../../support/engine-stages.ts';

const speakers = (text: string): (string | null)[] => quotesOfTexts(byBlankLines(text)).map((q) => q.speaker);

describe('an office epithet after a sentence with a body as subject', () => {
  test.each([
    [
      'a party accused the person just before',
      'The row over Peter Hale\'s budget grew. The Greens accused Mr Hale of hiding the cost.\n\nAt a rally on Monday, the prime minister hailed his deputy\'s "superb" work.',
      [null],
    ],
    [
      'a union criticised a named minister',
      'Nurses are angry about pay. The Royal College of Nursing has criticised Ann Dorey for the delay.\n\nThe health secretary praised the "hard work" of staff.',
      [null],
    ],
    [
      'the sentence before opens on the person',
      'Mr Hale defended the budget. The prime minister hailed his deputy\'s "superb" work.',
      ['Hale'],
    ],
    [
      'a body word inside a post before the name is no subject',
      'Former Cabinet minister Jo Pell said the plan was costly. But the Tory MP admitted it was "needed".',
      ['Jo Pell'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});
