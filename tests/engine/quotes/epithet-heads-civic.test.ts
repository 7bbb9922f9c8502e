/**
 * Epithet heads (round 50d): news text calls a person it has just named by a kind noun after "the" ("said the Ohio
 * lawmaker", "the retired bishop said", "the veteran legislator told"). These heads join the `heads` of
 * epithets.json, so the existing epithet resolution (resolve-subject.ts, 'epithet-to-person') gives such a quote to
 * that person. News-shaped sentences written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfTexts } from '../../support/engine-stages.ts';

/** The speaker given to the quote that starts with `opening`, in an article of blank-line paragraphs. */
const speakerOf = (article: string, opening: string): string | null | undefined =>
  quotesOfTexts(article.split(/\n\s*\n/)).find((q) => q.text.startsWith(opening))?.speaker;

describe('a civic or public kind noun after "the" is an epithet for the person just named', () => {
  test.each<[string, string, string, string | null]>([
    [
      '"said the Ohio lawmaker" after the congresswoman named and quoted',
      'Congresswoman Dana Pruitt filed the Rural Roads Bill on Tuesday.\n\nThe bill would fund repairs in forty counties.\n\n"Our roads are crumbling and families pay the price," said the Ohio lawmaker.',
      'Our roads',
      'Dana Pruitt',
    ],
    [
      '"the retired bishop said" after the bishop is named',
      'Bishop Alan Forde spoke at the cathedral on Sunday.\n\n"We must welcome every stranger," the retired bishop said.',
      'We must welcome',
      'Alan Forde',
    ],
    [
      '"the veteran legislator told" a newspaper',
      'State senator Gwen Marley is to retire after forty years.\n\nThe veteran legislator told the Herald: "It is time for younger voices."',
      'It is time',
      'Gwen Marley',
    ],
    [
      '"said the campaigner" with a verb of saying before it',
      'Housing activist Rita Obi led the march through Leeds.\n\n"Nobody should sleep on the street," said the campaigner.',
      'Nobody should',
      'Rita Obi',
    ],
  ])('%s', (_name, article, opening, speaker) => {
    expect(speakerOf(article, opening)).toBe(speaker);
  });
});
