/**
 * The main clause a pronoun continues starts after an opening "As …," clause (issue 13, helper 35d), and words in
 * brackets inside an opening phrase are asides that do not make it too long to pass over ("As his work for Tom Pell
 * (Neon) and Lia Ford (Glass Hearts) grew, Dan Royce …"). News-shaped sentences written for these tests.
 */
import { describe, expect, test } from 'vitest';
import { quotesOfLines } from '../../support/engine-stages.ts';

const speakerOf = (article: string, opening: string): string | null | undefined => quotesOfLines(article).find((q) => q.text.startsWith(opening))?.speaker;

describe('an opening "As …," clause and bracketed asides before the subject a pronoun continues', () => {
  test.each<[string, string, string, string | null]>([
    [
      'a long "As" clause with bracketed titles: the subject after its comma',
      'Singer Dan Royce grew up in Hull.\nAs his production work for acts such as Tom Pell (Neon Nights) and Mark Hale (Glass Hearts On Fire) brought more offers, Royce started a label of his own. Walking home one night, he was hurt in a fall. "I was lucky to walk away," he later said.',
      'I was lucky',
      'Dan Royce',
    ],
    [
      'a short "As" clause naming another man: the subject after its comma, not the man in the clause',
      'As Mark Hale looked on, Tom Keane signed the bill. "It is done," he said.',
      'It is done',
      'Tom Keane',
    ],
    [
      'no opening clause: the subject, not the men after its verb, as before',
      'Tom Keane met Mark Hale and Dan Royce at the plant in Leeds on Monday. "It went well," he said.',
      'It went well',
      'Tom Keane',
    ],
  ])('%s', (_name, article, opening, speaker) => {
    expect(speakerOf(article, opening)).toBe(speaker);
  });
});
