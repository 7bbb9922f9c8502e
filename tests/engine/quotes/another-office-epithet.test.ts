/**
 * An office epithet for a person the article has already called by another office (issue 13, round 38): "the prime
 * minister" is not the person the text called "the home secretary" before, however closely it follows them.
 * News-shaped sentences written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

type Row = [text: string, speaker: string | null];

const speakersOf = (article: string): Row[] => quotesOfLines(article).map((q) => [q.text, q.speaker]);

describe('an office epithet after another office for the same person', () => {
  test.each<[string, string, Row[]]>([
    [
      '“the prime minister” after “the home secretary” stood for the person named: unclear',
      'New patrols were unveiled by Dan Roe.\n\nThe plans are large. The home secretary said targets would be set.\n\nMr Roe was joined by Ann Lee at a school. The prime minister said citizens should be "in charge of the streets".',
      [['in charge of the streets', null]],
    ],
    [
      'the same office again still stands for that person',
      'New patrols were unveiled by Dan Roe.\n\nThe plans are large. The home secretary said targets would be set.\n\nMr Roe visited a school. The home secretary said citizens should be "in charge of the streets".',
      [['in charge of the streets', 'Dan Roe']],
    ],
  ])('%s', (_name, article, expected) => {
    expect(speakersOf(article)).toEqual(expected);
  });
});
