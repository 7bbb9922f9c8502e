import { describe, expect, test } from 'vitest';
import { createSentencePlacer } from '../../../src/engine/dates/place-sentences.ts';

const TUESDAY = { year: 2024, month: 2, day: 27 };
const SENTENCES = [
  'Mr Macron said on Monday that nothing should be ruled out.',
  'The ministers will meet again on Thursday in Brussels.',
  'The summit in Paris opened on 26 February 2024 with twenty leaders.',
  'Mr Macron said on Monday that nothing should be ruled out.',
  'The minister visited the border towns last week with aid.',
  'Leaders spoke at length about aid.',
];

describe('createSentencePlacer', () => {
  test('places sentences the same way when it forgets its readings after each one', () => {
    const remembering = createSentencePlacer();
    const forgetting = createSentencePlacer({ maxReadings: 1 });
    for (const reference of [TUESDAY, undefined]) {
      for (const sentence of SENTENCES) expect(forgetting(sentence, reference)).toEqual(remembering(sentence, reference));
    }
  });
});
