/**
 * "NAME of PLACE, a description ending in another place, who said": the relative "who" is the person's named with
 * their place, never the place that ends the description (issue 13, round 35).
 */
import { describe, expect, test } from 'vitest';
import { byBlankLines, quotesOfTexts } from '../../support/engine-stages.ts';

const speakers = (text: string): (string | null)[] => quotesOfTexts(byBlankLines(text)).map((q) => q.speaker);

describe('personOfPlaceBeforeAppositive', () => {
  test.each([
    ['a daughter of a king of the same country', 'The bid was mocked by his old friend Countess Ilse of Norway, the youngest sister of King Harald of Norway, who said it was "a farce".', 'Countess Ilse'],
    ['a description ending in another country', 'The film was praised by Duke Tomas of Portugal, a distant cousin of the royal family of Spain, who called it "a triumph".', 'Duke Tomas'],
  ])('the person named with their place speaks: %s', (_label, text, name) => {
    expect(speakers(text)).toEqual([name]);
  });

  // Known failures: "from" before the place is not read yet (the niece's words go to the senator), and a place after
  // the passive agent "by" is taken for the speaker before the relative clause is reached.
  test.fails.each([
    ['"from" before the place', 'The scheme was backed by Ana Ruiz from Spain, the eldest niece of Senator Jorge Vidal of Chile, who said it was "overdue".', 'Ana Ruiz'],
    ['a senator of a state, no description', 'The bill was opposed by Senator Jorge Vidal of Ohio, who said it was "dead".', 'Jorge Vidal'],
  ])('known failure: %s', (_label, text, name) => {
    expect(speakers(text)).toEqual([name]);
  });
});
