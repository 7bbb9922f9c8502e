import { describe, expect, test } from 'vitest';
import { actorsOfParagraphs as actorsOf } from '../../support/engine-stages.ts';

const names = (text: string): string[] => actorsOf(text).map((a) => a.name);

describe('dropNamedThings', () => {
  test.each([
    ['a technology introduced with "called"', 'Nokia has been testing a technology called Sky Pad, which adds pictures to radio.', 'Sky Pad'],
    ['a format introduced with "known as"', 'The site uses a format known as Open Feed Markup to share its news.', 'Open Feed Markup'],
    ['a device introduced with "dubbed" past an adjective', 'The firm showed a device widely dubbed Harbour Glass at the fair.', 'Harbour Glass'],
  ])('drops %s', (_label, text, name) => {
    expect(names(text)).not.toContain(name);
  });

  test.each([
    ['a person introduced with "called"', 'A man called Tom Kerrigan was arrested at the scene.', 'Tom Kerrigan'],
    ['the maker of the named thing', 'Nokia has been testing a technology called Sky Pad, which adds pictures to radio.', 'Nokia'],
    ['a named thing that is cited elsewhere', 'It runs a service called Harbour Aid.\n\nAccording to Harbour Aid, demand has doubled.', 'Harbour Aid'],
  ])('keeps %s', (_label, text, name) => {
    expect(names(text).join('|')).toContain(name);
  });
});
