import { describe, expect, test } from 'vitest';
import { analyzeArticle } from '../../../src/engine/analyze-article.ts';
import { nameWithGenerationalSuffix } from '../../../src/engine/actors/name-with-generational-suffix.ts';
import type { Actor } from '../../../src/engine/schema.ts';

/** The speakers' names of an article's quotes (paragraphs split at blank lines). */
const speakers = (article: string): (string | null)[] => {
  const analysis = analyzeArticle({ paragraphs: article.split(/\n\s*\n/).map((text, index) => ({ index, line: index + 1, text: text.trim() })) });
  const names = new Map(analysis.actors.map((a) => [a.id, a.name]));
  return analysis.quotes.map((q) => (q.speaker ? names.get(q.speaker) ?? null : null));
};

describe('nameWithGenerationalSuffix (through analyzeArticle)', () => {
  test.each<[string, string, (string | null)[]]>([
    ['a Roman numeral after a comma', '"We left the river in better shape," said Chairman Walter Pike, III, of the valley trust.', ['Walter Pike III']],
    ['"Jr." after the name, the surname alone later', 'Marcus Bell Jr. opened the depot.\n\n"It will run all night," Bell said.', ['Marcus Bell Jr.']],
    ['"Sr." with a comma before the quote', 'Mayor Tomas Reyna, Sr., said: "The bridge stays open."', ['Tomas Reyna Sr.']],
    ['no suffix: the name stays', '"We are ready," said Helen Price.', ['Helen Price']],
  ])('%s', (_case, article, expected) => {
    expect(speakers(article)).toEqual(expected);
  });
});

describe('nameWithGenerationalSuffix', () => {
  const person = (name: string, aliases: string[] = []): Actor => ({ id: 'x', name, kind: 'person', aliases, roles: [], mentions: [] });
  test.each<[string, Actor, string[], string, string[]]>([
    ['a suffix written once renames and keeps the bare name as an alias', person('Ann Roe', ['Roe']), ['Ann Roe, IV, said so.'], 'Ann Roe IV', ['Ann Roe', 'Roe']],
    ['"Jr" and "Jr." are one suffix: the first form written', person('Ann Roe'), ['Ann Roe Jr spoke.', 'Ann Roe Jr. left.'], 'Ann Roe Jr', ['Ann Roe']],
    ['a father and a son: two suffixes, the name stays', person('Ann Roe'), ['Ann Roe Sr. and Ann Roe Jr. spoke.'], 'Ann Roe', []],
    ['a word after the name that only starts like a suffix', person('Ann Roe'), ['Ann Roe IVF clinic.'], 'Ann Roe', []],
    ['an organisation is never renamed', { ...person('Roe Trust'), kind: 'organization' }, ['Roe Trust II said so.'], 'Roe Trust', []],
  ])('%s', (_case, actor, texts, name, aliases) => {
    const [renamed] = nameWithGenerationalSuffix([actor], texts);
    expect([renamed!.name, renamed!.aliases]).toEqual([name, aliases]);
  });
});
