import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

describe('officials named only by their post speak', () => {
  test.each([
    ['a post owned by a pronoun', 'The singer cancelled the tour. Her publicist told reporters: “She needs complete rest.”', 'She needs complete rest.', 'Her publicist'],
    ['a described post owned by a name', 'In a radio address on Monday, President Mensah’s senior aide said the curfew was “a necessary step”.', 'a necessary step', 'Mensah’s senior aide'],
    ['a post described by a place, then named again by its post', 'The regional magistrate of the Kivu Valley asked: “Who will pay for the roads?”\nThe regional magistrate said: “We will not wait.”', 'We will not wait.', 'regional magistrate'],
    ['the post with its place', 'The regional magistrate of the Kivu Valley asked: “Who will pay for the roads?”', 'Who will pay for the roads?', 'regional magistrate of the Kivu Valley'],
  ])('%s', (_case, article, text, speaker) => {
    expect(quotesOfLines(article).find((q) => q.text === text)?.speaker).toBe(speaker);
  });
});

describe('posts that stand for someone named are left alone', () => {
  test.each([
    ['"the" and a post with no place', 'Voters were angry.\nThe first minister said his words were “taken out of context”.', 'taken out of context'],
    ['a post the article gives to a named person', 'Tom Bell, her agent, was not reached.\nHer agent told reporters: “She needs complete rest.”', 'She needs complete rest.'],
    ['a post given by a name after it', 'The minister and aide Sam Ofori visited the ward.\nHer aide said the ward would “stay open”.', 'stay open'],
    ['a name right after the post is its holder', 'His agent, Ruth Kamau, said the deal was “nearly done”.', 'nearly done'],
  ])('%s', (_case, article, text) => {
    const speaker = quotesOfLines(article).find((q) => q.text === text)?.speaker ?? null;
    expect(speaker === null || !/agent|aide|minister/i.test(speaker)).toBe(true);
  });
});
