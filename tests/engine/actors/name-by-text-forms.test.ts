import { describe, expect, test } from 'vitest';
import { analyzeArticle } from '../../../src/engine/analyze-article.ts';
import { nameByTextForms } from '../../../src/engine/actors/name-by-text-forms.ts';
import type { Actor } from '../../../src/engine/schema.ts';

/** Each organisation of an article (paragraphs split at blank lines): [name, canonical or null, sorted aliases]. */
const bodies = (article: string): [string, string | null, string[]][] =>
  analyzeArticle({ paragraphs: article.split(/\n\s*\n/).map((text, index) => ({ index, line: index + 1, text: text.trim() })) })
    .actors.filter((a) => a.kind === 'organization')
    .map((a) => [a.name, a.canonical ?? null, [...a.aliases].sort()]);

describe('nameByTextForms (through analyzeArticle)', () => {
  test.each<[string, string, [string, string | null, string[]][]]>([
    [
      'a party named only by its short name',
      '"We will cut waiting lists," Labour said on Tuesday.\n\nLabour promised a vote on the plan.',
      [['Labour', 'Labour Party', ['Labour Party']]],
    ],
    [
      'a party named by its nickname and its plural, the plural written more often',
      '"They have failed," the Conservatives said.\n\nThe Tories denied it.\n\nThe Conservatives later met in Leeds.',
      [['Conservatives', 'Conservative Party', ['Conservative Party', 'Tories']]],
    ],
    [
      'a party named by its nickname and its plural, the nickname written more often',
      'The Tories said the plan would fail.\n\nThe Tories denied it and the Conservatives met in Leeds.',
      [['Tories', 'Conservative Party', ['Conservative Party', 'Conservatives']]],
    ],
    [
      'a text that writes the canonical form keeps it',
      '"We will cut waiting lists," the Labour Party said.\n\nLabour promised a vote on the plan.',
      [['Labour Party', null, ['Labour']]],
    ],
    [
      'an acronym of a union of states',
      '"The rules apply to all members," the EU said on Friday.',
      [['EU', 'European Union', ['European Union']]],
    ],
  ])('%s', (_case, article, expected) => {
    expect(bodies(article)).toEqual(expected);
  });
});

describe('nameByTextForms', () => {
  const org = (name: string, aliases: string[]): Actor => ({ id: 'x', name, kind: 'organization', aliases, roles: [], mentions: [] });
  test.each<[string, Actor, string[], string, string | undefined]>([
    ['a lower-case back reference only: the name stays', org('Labour Party', ['party']), ['The party said it would win.'], 'Labour Party', undefined],
    ['a form the lexicon does not give the institution is never the name', org('House of Commons', ['Chamber', 'Commons']), ['The Chamber voted; the Commons rose late.'], 'Commons', 'House of Commons'],
    ['no lexicon form written: the name stays', org('House of Commons', ['Chamber']), ['The Chamber voted.'], 'House of Commons', undefined],
    ['a person is never renamed', { ...org('Labour Party', ['Labour']), kind: 'person' }, ['Labour said so.'], 'Labour Party', undefined],
    ['a name the lexicon does not hold stays', org('Riverside Rovers', ['Rovers']), ['Rovers said so.'], 'Riverside Rovers', undefined],
  ])('%s', (_case, actor, texts, name, canonical) => {
    const [renamed] = nameByTextForms([actor], texts);
    expect([renamed!.name, renamed!.canonical]).toEqual([name, canonical]);
  });
});
