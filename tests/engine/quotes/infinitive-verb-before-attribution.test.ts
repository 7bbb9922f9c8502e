/**
 * "… had “no choice” but to ask him to leave, NAME has said.": a verb of saying after "to" (an infinitive) between a
 * quote and the attribution that ends its sentence reports nobody's words, so it gives way to the later verb; alone
 * ("“…,” he went on to say.") it is still the cue (issue 13, round 25). Sentences written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

describe('a verb of saying after "to" gives way to the attribution that ends the sentence', () => {
  test.each<[string, string, string | null]>([
    ['"ask" before "has said"', 'The Harbour Lights had “no real option” but to ask their drummer to leave the group, lead singer Tom Price has said.', 'Tom Price'],
    ['"tell" before "said"', 'The club was “left with no choice” but to tell its coach to go, chairman Ian Moyo said.', 'Ian Moyo'],
    ['"urge" before "says"', 'Ministers are “duty bound” to urge families to save water this summer, says regional director Anna Kerr.', 'Anna Kerr'],
    ['an infinitive alone still cues', 'The vote was held on Monday.\n“We will not give up,” Ruth Okafor went on to say.', 'Ruth Okafor'],
  ])('%s', (_label, article, speaker) => {
    const [quote] = quotesOfLines(article);
    expect(quote?.speaker ?? null).toBe(speaker);
  });

  test('a plain verb of saying between still keeps the attribution at the end away', () => {
    const [quote] = quotesOfLines('The plan, which critics called “a gimmick”, was approved, Mayor Jon Hale said.');
    expect(quote?.speaker ?? null).not.toBe('Jon Hale');
  });
});
