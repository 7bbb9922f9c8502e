/**
 * After the verb, a body's name and a post in it before the holder's name: the holder speaks, also when a comma sets
 * the name off ("said Acme spokeswoman, Ann Roe") or the article's mention of the body is cut short ("said Vanta Corp
 * chief European economist Tom Vale", the mention being "Vanta") (issue 13, round 27).
 */
import { describe, expect, test } from 'vitest';
import { byBlankLines, quotesOfTexts } from '../../support/engine-stages.ts';

const speakers = (text: string): (string | null)[] => quotesOfTexts(byBlankLines(text)).map((q) => q.speaker);

describe('the holder of a post after a body, after the verb', () => {
  test.each([
    ['a comma between the post and the name', 'Harbourline makes ferries.\n\n“Safety always comes first,” said Harbourline spokeswoman, Ann Roe.', 'Ann Roe'],
    ['a comma after a post of two words', 'Harbourline makes ferries.\n\n“We will appeal,” said Harbourline chief executive, Tom Vale.', 'Tom Vale'],
    ['the rest of the body\'s name, then the post', 'ABX Brenner cut its forecast.\n\n“Growth will slow next year,” said ABX Brenner chief economist Ann Roe.', 'Ann Roe'],
    ['a region inside the post', 'ABX Brenner cut its forecast.\n\n“Markets will calm down,” said ABX Brenner chief Asian strategist Tom Vale.', 'Tom Vale'],
  ])('the person speaks: %s', (_label, text, name) => {
    expect(speakers(text)).toEqual([name]);
  });

  test.each([
    ['a post with nobody named', 'Harbourline makes ferries.\n\n“Safety always comes first,” said Harbourline spokeswoman, adding that checks went on.', 'Harbourline'],
    ['a comma, then a name that goes on (the body, as before)', 'Harbourline makes ferries.\n\n“Safety comes first,” said Harbourline chief executive, Tom Vale and his deputy.', 'Harbourline'],
  ])('no holder: %s', (_label, text, name) => {
    expect(speakers(text)).toEqual([name]);
  });
});
