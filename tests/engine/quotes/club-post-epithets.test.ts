/**
 * Epithet resolution (issue 13, helper 39b): sport and arts news goes on with the person it just named by a chief's post
 * at a club or body ("said the Rovers chief") as it does by "the champion" or "the 25-year-old"; a club or body name
 * before an epithet's head only qualifies it. A manager or coach is read by the rules for a role the lead gave, as
 * before. A head before another title ("the chief inspector of schools, NAME") is no epithet subject for "he".
 * News-shaped sentences written for these tests.
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

describe('a post at a club or body after the verb of saying is the person the text is about', () => {
  test.each<[string, string, string, string | null]>([
    [
      '"said the Rovers chief": a team name before the head',
      'Harbour Rovers chairman Glen Ashdown says the striker is not for sale.\n\nAshdown also said he understood the interest from other clubs. "It would be a huge loss for us," said the Rovers chief.',
      'It would be',
      'Glen Ashdown',
    ],
    [
      '"the manager added" after the manager is named',
      'Dunmore manager Alan Keogh praised his defence after the 1-0 win.\n\n"They never gave an inch," the manager added.',
      'They never',
      'Alan Keogh',
    ],
    [
      '"said the national coach" with a second person named only as an object before',
      'Coach Petra Lind picked Sara Holm for the relay squad.\n\nLind watched the heats from the stand. "She is ready for this," said the national coach.',
      'She is ready',
      'Petra Lind',
    ],
    [
      'no person named yet: the epithet stays nobody\'s',
      'The club released a statement on Monday.\n\n"We will appeal," said the club chairman.',
      'We will appeal',
      null,
    ],
  ])('%s', (_name, article, opening, speaker) => {
    expect(speakerOf(article, opening)).toBe(speaker);
  });

  test('the speaker comes through the epithet', () => {
    const article = 'Harbour Rovers chairman Glen Ashdown says the striker is not for sale.\n\nAshdown also said he understood the interest. "It would be a huge loss for us," said the Rovers chief.';
    expect(howOf(article, 'It would be')).toBe('said-name-after-quote/epithet-to-person');
  });
});

describe('a head before another title only qualifies it', () => {
  test.each<[string, string, string, string | null]>([
    [
      '"The chief inspector of schools, NAME, also said …" ⏎ "“…,” he said.": the named inspector',
      'Exam boards met ministers on Monday.\n\nThe chief inspector of schools, Martin Crabb, also said recently that the tests should go.\n\n"It is time for a change of symbols across the system," he said.',
      'It is time',
      'Martin Crabb',
    ],
    [
      '"The chief executive, NAME, said …": the named executive',
      'Shares in Lomax rose on Friday.\n\nThe chief executive, Jane Orr, said the results were strong. "We have had a good year," she said.',
      'We have had',
      'Jane Orr',
    ],
  ])('%s', (_name, article, opening, speaker) => {
    expect(speakerOf(article, opening)).toBe(speaker);
  });
});
