/**
 * Epithet resolution (issue 13, helper 40e): sport news goes on with the athlete it just named by a long epithet ("the
 * world 200m and 400m record holder told …"): up to six modifiers before the head, and "holder" is a head after a
 * record or title ("the title holder said"), not after a ticket or licence. News-shaped sentences written for these
 * tests.
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

describe('a long epithet, or a record or title holder, is the athlete just named', () => {
  test.each<[string, string, string, string | null]>([
    [
      'six modifiers before "record holder", before "told"',
      'Former hurdles star Kofi Menzah has criticised the national squad.\n\n"Nobody trains hard enough," the former world 110m and 400m record holder told local radio.',
      'Nobody trains',
      'Kofi Menzah',
    ],
    [
      '"said the title holder" after the verb',
      'Defending champion Ilse Varga reached the final on Saturday.\n\n"I felt strong all week," said the title holder.',
      'I felt strong',
      'Ilse Varga',
    ],
    [
      'a long epithet with an ordinary head',
      'Lena Brandt won again in Oslo.\n\n"The wind made it hard," the three-time European indoor and outdoor champion said.',
      'The wind made',
      'Lena Brandt',
    ],
    [
      'a ticket holder is nobody the text named',
      'Club secretary Amos Reid announced the new prices on Monday.\n\n"It is far too much," the season ticket holder said.',
      'It is far',
      null,
    ],
    [
      'no person named yet: the record holder stays nobody\'s',
      'The meeting was held in heavy rain.\n\n"It was a fair race," the world record holder said.',
      'It was a fair',
      null,
    ],
  ])('%s', (_name, article, opening, speaker) => {
    expect(speakerOf(article, opening)).toBe(speaker);
  });

  test('the speaker comes through the epithet', () => {
    const article = 'Former hurdles star Kofi Menzah has criticised the national squad.\n\n"Nobody trains hard enough," the former world 110m and 400m record holder told local radio.';
    expect(howOf(article, 'Nobody trains')).toBe('said-name-after-quote/epithet-to-person');
  });
});
