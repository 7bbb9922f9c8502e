/**
 * A sentence in which one person reports meeting another, whose words are quoted in a relative clause ("NAME said he had
 * met NAME2, who had told him that … “…”"): a pronoun in the next sentence ("He added: …") continues the reporting
 * subject, not the speaker of the relative clause (issue 13, round 20).
 */
import { describe, expect, test } from 'vitest';
import { byBlankLines, quotesOfTexts } from '../../support/engine-stages.ts';

const speakers = (text: string): (string | null)[] => quotesOfTexts(byBlankLines(text)).map((q) => q.speaker);

describe('a pronoun after a quote in a relative clause', () => {
  test.each([
    ['"said he had visited"', 'The director Sam Ortiz began filming in May. Ortiz said he had visited the author Paul Renner, who had told him that the villain could "stand for any tyrant". He added: "I will keep the ending as it is."', ['Paul Renner', 'Sam Ortiz']],
    ['"said she had spoken to"', 'Coach Ana Brandt named her squad on Friday. Brandt said she had spoken to the captain Rosa Dorn, who had told her that the squad was "fit to play". She added: "We will pick the strongest side."', ['Rosa Dorn', 'Ana Brandt']],
  ])('the reporting subject: %s', (_label, text, names) => {
    expect(speakers(text)).toEqual(names);
  });

  test.each([
    ['the speaker is the subject', 'Ortiz met the author Paul Renner on Monday. Renner said the villain could "stand for any tyrant". He added: "The ending stays."', ['Paul Renner', 'Paul Renner']],
    ['a relative clause after the subject itself', 'Paul Renner, who wrote the trilogy, said the villain could "stand for any tyrant". He added: "The ending stays."', ['Paul Renner', 'Paul Renner']],
  ])('unchanged: %s', (_label, text, names) => {
    expect(speakers(text)).toEqual(names);
  });
});
