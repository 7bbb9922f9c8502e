/**
 * Issue 13, round 28 (13ct): a verb after "and" shares the subject of the sentence's first verb when the sentence
 * subject reader finds none there — an office epithet ("But the prime minister said he had … and dismissed them as a
 * “…”"), or a partitive with its name set beside it ("One of the unions, the Transport Guild (TG), opposed the deal
 * and said …"). A person named between the two verbs may be the second one's subject: nobody then.
 */
import { describe, expect, test } from 'vitest';
import { byBlankLines, quotesOfTexts } from '../../support/engine-stages.ts';

const speakers = (text: string): (string | null)[] => quotesOfTexts(byBlankLines(text)).map((q) => q.speaker);

describe('a verb after "and" shares the subject of the first verb', () => {
  test.each([
    [
      'a partitive named by its appositive, then "and said"',
      'Several unions reacted to the plan.\n\nOne of the unions, the Transport Guild (TG), opposed the deal and said it had been given "no warning at all" by ministers.',
      'Transport Guild',
    ],
    [
      'a past form, then "and added"',
      'Several unions reacted to the plan.\n\nOne of the unions, the Transport Guild (TG), rejected the offer and added that it was "an insult to members".',
      'Transport Guild',
    ],
  ])('%s', (_label, text, speaker) => {
    expect(speakers(text)[0]).toContain(speaker);
  });
});

describe('a partitive subject named by its appositive', () => {
  test.each([
    ['"One of the unions, NAME (ABBR), said"', 'Several unions reacted to the plan.\n\nOne of the unions, the Transport Guild (TG), said the offer was "an insult to members".', 'Transport Guild'],
    ['"One of its members, NAME, said"', 'The panel met in private.\n\nOne of its members, Ruth Baines, said the process was "deeply flawed".', 'Ruth Baines'],
  ])('%s', (_label, text, speaker) => {
    expect(speakers(text)[0]).toContain(speaker);
  });

  test.each([
    ['a name after a preposition', 'Several unions reacted to the plan.\n\nOne of the leaders of Transport Guild, said the offer was "an insult to members".'],
  ])('nobody for %s', (_label, text) => {
    expect(speakers(text)[0]).toBeNull();
  });
});
