/** The `initials` and `org-titles` rewrites of `npm run perturb` (issue 13, round 15). */
import { describe, expect, test } from 'vitest';
import { insertInitials, insertOrgTitles } from '../../../src/cli/perturb/titles.ts';

type Kind = 'person' | 'organization';
const keyOf = (speakers: [string, Kind][], others: [string, Kind][] = []) => ({
  actors: [...speakers, ...others].map(([name, kind]) => ({ name, kind })),
  quotes: speakers.map(([speaker]) => ({ speaker })),
});

describe('insertInitials', () => {
  test.each([
    ['after "said"', 'Title\n\n“No,” said Ann Roe.', 'Ann Roe', /^Title\n\n“No,” said Ann [A-Z]\. Roe(?: Jr\.|, M\.D\.|, Ph\.D\.)?\.$/],
    ['opening a sentence', 'Title\n\nAnn Roe said: “No.”', 'Ann Roe', /^Title\n\nAnn [A-Z]\. Roe(?: Jr\.|, M\.D\.,|, Ph\.D\.,)? said: “No\.”$/],
  ])('a middle initial %s', (_label, text, speaker, expected) => {
    for (const file of ['a.txt', 'b.txt', 'c.txt', 'd.txt']) expect(insertInitials(text, keyOf([[speaker, 'person']]), file)).toMatch(expected);
  });

  test.each([
    ['a name inside a quotation', 'Title\n\nHe said: “Ann Roe is wrong.”'],
    ['the headline', 'Ann Roe wins'],
    ['a one-word name', 'Title\n\n“No,” said Roe.'],
    ['a name after a capitalised word', 'Title\n\n“No,” said Senator Ann Roe.'],
  ])('nothing in %s', (_label, text) => {
    const speaker = text.includes('Ann Roe') ? 'Ann Roe' : 'Roe';
    expect(insertInitials(text, keyOf([[speaker, 'person']]), 'a.txt')).toBe(text);
  });

  test('only the first mention', () => {
    const out = insertInitials('Title\n\nAnn Roe spoke.\n\n“No,” said Ann Roe.', keyOf([['Ann Roe', 'person']]), 'a.txt');
    expect(out.endsWith('“No,” said Ann Roe.')).toBe(true);
    expect(out).toMatch(/^Title\n\nAnn [A-Z]\. Roe/);
  });
});

describe('insertOrgTitles', () => {
  test.each([
    ['after "said", with an organisation of the key', 'Title\n\n“No,” said Ann Roe.', [['Harbour Trust', 'organization']] as [string, Kind][], /^Title\n\n“No,” said Harbour Trust [\p{L} ,]+ Ann Roe\.$/u],
    ['opening a sentence, no organisation in the key', 'Title\n\nAnn Roe said: “No.”', [] as [string, Kind][], /^Title\n\n(?:Acme Corp|UN|HUD|Northgate Bank) [\p{L} ,]+ Ann Roe said: “No\.”$/u],
  ])('an organisation and a title before the name %s', (_label, text, others, expected) => {
    expect(insertOrgTitles(text, keyOf([['Ann Roe', 'person']], others), 'a.txt')).toMatch(expected);
  });

  test.each([
    ['a name that is the object of a verb', 'Title\n\nThey met Ann Roe. “No,” she said.'],
    ['a name after a title', 'Title\n\n“No,” said Mayor Ann Roe.'],
    ['a name inside a quotation', 'Title\n\nHe said: “Ann Roe is wrong.”'],
  ])('nothing before %s', (_label, text) => {
    expect(insertOrgTitles(text, keyOf([['Ann Roe', 'person']]), 'a.txt')).toBe(text);
  });
});

describe('insertInitials and titles', () => {
  test('no initial after a title that is part of the key name', () => {
    const text = 'Title\n\n“No,” said Pope Francis.';
    expect(insertInitials(text, keyOf([['Pope Francis', 'person']]), 'a.txt')).toBe(text);
  });
});
