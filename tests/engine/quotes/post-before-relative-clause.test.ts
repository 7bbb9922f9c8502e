/**
 * Round 35i (perturb who-aside): a relative clause between commas after a person's post does not hide the person.
 * "“…,” Dr NAME games director at content firm ORG, who …, told": the person before the post with no commas speaks,
 * not the body that ends it; "NAME, managing director of ORG in PLACE, who …, said": a title's modifier in -ing
 * ("managing", "acting") opens an appositive, not a participle phrase. Sentences written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

const speakerOf = (article: string, opening: string): string | null | undefined => quotesOfLines(article).find((q) => q.text.startsWith(opening))?.speaker;

describe('a relative clause after a post', () => {
  test.each<[string, string, string, string | null]>([
    [
      'a post with no commas ending in a body, then "who …,": the person before the post',
      'Consoles will change. “Every game will be sharper,” Dr Ann Vale audio systems director at sound firm Zentrix, who was in London on Monday, told reporters.',
      'Every game',
      'Ann Vale',
    ],
    [
      'the same post without the clause, as before',
      'Consoles will change. “Every game will be sharper,” Dr Ann Vale audio systems director at sound firm Zentrix told reporters.',
      'Every game',
      'Ann Vale',
    ],
    [
      '"managing director of ORG in PLACE, who …,": the person the appositive describes',
      'Trains will get wi-fi. Tom Keane, managing director of Railnet in the UK, who was in Leeds on Monday, said: “Commuters want to work on the move.”',
      'Commuters want',
      'Tom Keane',
    ],
    [
      '"acting chairman of ORG, who …,"',
      'The board met. Ann Vale, acting chairman of Corvex, who joined in May, said: “We will recover.”',
      'We will recover',
      'Ann Vale',
    ],
    [
      'a participle phrase still opens no appositive: "The show, hosted by NAME and NAME2, who …," names no speaker',
      'The show, hosted by Ann Vale and Tom Keane, who met in 2001, said: “We are back.”',
      'We are back',
      null,
    ],
  ])('%s', (_name, article, opening, speaker) => {
    expect(speakerOf(article, opening)).toBe(speaker);
  });
});
