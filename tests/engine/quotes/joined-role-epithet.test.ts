/**
 * Epithets (issue 13, helper 47a): two role nouns joined by "and" with nothing else after it describe one person ("the
 * feminist writer and broadcaster said", "the actor and film director added"), as the first noun alone would; "the
 * writer and the broadcaster", "the actor and his wife", "the singer and fellow judge" are two people. An epithet after
 * a sentence told by a closing "…, NAME said." continues that teller, as "she" does; the words after the epithet's verb
 * ("the writer said Big Brother …") give it no gender. News-shaped sentences written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfTexts } from '../../support/engine-stages.ts';

/** The speaker given to the quote that starts with `opening`, in an article of blank-line paragraphs. */
const speakerOf = (article: string, opening: string): string | null | undefined =>
  quotesOfTexts(article.split(/\n\s*\n/)).find((q) => q.text.startsWith(opening))?.speaker;

/** The rule and resolution behind the speaker of the quote that starts with `opening`. */
const howOf = (article: string, opening: string): string | undefined => {
  const q = quotesOfTexts(article.split(/\n\s*\n/)).find((c) => c.text.startsWith(opening));
  return q ? `${q.rule}/${q.resolution}` : undefined;
};

describe('two role nouns joined by "and" are one epithet', () => {
  test.each<[string, string, string, string | null]>([
    [
      'writer and broadcaster, before the verb',
      'Ann Roe has walked out of the reality show.\n\nThe feminist writer and broadcaster said the show had been "cruel to everyone" all week.',
      'cruel to everyone',
      'Ann Roe',
    ],
    [
      'actor and film director, after the quote',
      'Tom Vale opened the festival on Friday.\n\n"It is a great night for the city," the actor and film director said.',
      'It is a great night',
      'Tom Vale',
    ],
    [
      'the writer and the broadcaster are two people',
      'Ann Roe has walked out of the reality show.\n\n"It was cruel," the writer and the broadcaster said.',
      'It was cruel',
      null,
    ],
    [
      'the actor and his wife are two people',
      'Tom Vale opened the festival on Friday.\n\n"It was a lovely night," the actor and his wife said.',
      'It was a lovely',
      null,
    ],
    [
      'the singer and a fellow judge are two people',
      'Ann Roe left the talent show on Monday.\n\n"We never agreed," the singer and fellow judge said.',
      'We never agreed',
      null,
    ],
  ])('%s', (_name, article, opening, speaker) => {
    expect(speakerOf(article, opening)).toBe(speaker);
  });

  test('the speaker comes through the epithet', () => {
    const article = 'Tom Vale opened the festival on Friday.\n\n"It is a great night for the city," the actor and film director said.';
    expect(howOf(article, 'It is a great night')).toBe('said-name-after-quote/epithet-to-person');
  });
});

describe('an epithet continues the teller of the sentence before', () => {
  test.each<[string, string, string, string | null]>([
    [
      'after "…, NAME said." the epithet is the teller, not the subject of what was told',
      'Ann Roe left the house on Monday.\n\nTom Vale had been told to leave the house first, Ann Roe said. The novelist said the producers were "cruel to everyone".',
      'cruel to everyone',
      'Ann Roe',
    ],
    [
      'a noun after the epithet\'s verb gives it no gender',
      'Ann Roe left the house on Monday. She had been unhappy for days.\n\nThe writer said Big Brother had been "cruel to everyone".',
      'cruel to everyone',
      'Ann Roe',
    ],
  ])('%s', (_name, article, opening, speaker) => {
    expect(speakerOf(article, opening)).toBe(speaker);
  });
});
