/**
 * A given name written after a royal title ("Prince Edmund", "King Olav") is the royal's: it is not read as the first
 * name of another person of the article who shares it ("Edmund Hale"), so a bare "Edmund said" is not that person's
 * (issue 13, round 20). A full name written after the title ("Princess Ilse Varga") is still one person.
 */
import { describe, expect, test } from 'vitest';
import { byBlankLines, quotesOfTexts } from '../../support/engine-stages.ts';

const speakers = (text: string): (string | null)[] => quotesOfTexts(byBlankLines(text)).map((q) => q.speaker);

describe('a given name after a royal title', () => {
  test.each([
    ['a prince and an MP', 'Prince Edmund opened the new bridge on Friday.\n\nEdmund said he was "thrilled". The Tory MP Edmund Hale welcomed the visit.', 'Edmund'],
    ['a king and a minister', 'King Olav arrived in Oslo for the ceremony, joined by the trade minister Olav Brekke.\n\nOlav said the day was "a proud one".', 'King Olav'],
  ])('not the other person’s: %s', (_label, text, name) => {
    expect(speakers(text)).toEqual([name]);
  });

  test.each([
    ['a full name after the title', 'Princess Ilse Varga will stand for the senate, her party said.\n\nIlse said she was "ready to serve".', 'Ilse Varga'],
    ['no royal title in the article', 'Talks resumed in Brussels, led by Edmund Hale.\n\nEdmund said they were "going well".', 'Edmund Hale'],
  ])('still the full name: %s', (_label, text, name) => {
    expect(speakers(text)).toEqual([name]);
  });
});
