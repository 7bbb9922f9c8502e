import { describe, expect, test } from 'vitest';
import { buildDigest, nameKey } from '../../../src/engine/digest/index.ts';
import type { ActorOverride } from '../../../src/engine/digest/schema.ts';
import { makeArticle } from './make-article.ts';

const slugsOf = (names: string[][], overrides: ActorOverride[] = []) =>
  buildDigest(names.map((actors, i) => makeArticle({ file: `a${i}.txt`, actors })), overrides)
    .actors.map((a) => a.slug)
    .sort();

describe('nameKey', () => {
  test.each([
    ['Mr. Dmitry S. Peskov', 'dmitry peskov'],
    ['Dmitry Peskov', 'dmitry peskov'],
    ['Stéphane Séjourné', 'stephane sejourne'],
    ['The Kremlin', 'kremlin'],
    ['a NATO official', 'nato official'],
    ['J. K. Rowling', 'j rowling'],
  ])('folds %j to %j', (name, key) => {
    expect(nameKey(name)).toBe(key);
  });
});

describe('mergeActors (through buildDigest)', () => {
  test.each<[string, string[][], string[]]>([
    ['merges the same full name across articles', [['Emmanuel Macron'], ['Emmanuel Macron']], ['emmanuel-macron']],
    ['merges names differing only by accents and case', [['Stéphane Séjourné'], ['Stephane SEJOURNE']], ['stephane-sejourne']],
    ['merges a middle initial with the plain name', [['Dmitry S. Peskov'], ['Dmitry Peskov'], ['Dmitry Peskov']], ['dmitry-peskov']],
    ['merges a bare surname when exactly one person has it', [['Olaf Scholz'], ['Scholz']], ['olaf-scholz']],
    ['keeps a bare surname apart when two people share it', [['John Smith'], ['Jane Smith'], ['Smith']], ['jane-smith', 'john-smith', 'smith']],
    ['never merges two people who share a surname', [['John Smith', 'Jane Smith']], ['jane-smith', 'john-smith']],
    ['keeps a misspelt name apart without an editor alias', [['Petr Fiala'], ['Petr Fialia']], ['petr-fiala', 'petr-fialia']],
  ])('%s', (_, names, expected) => {
    expect(slugsOf(names)).toEqual(expected);
  });

  test('merges an anonymous source tied to an affiliation across articles', () => {
    const anon = { name: 'NATO official', kind: 'anonymous' as const, affiliation: 'NATO' };
    expect(slugsOf([[anon as never], [anon as never]])).toEqual(['nato-official']);
  });

  test('keeps anonymous sources with no affiliation apart across articles, each slug naming its article by a hash', () => {
    const anon = { name: 'senior official', kind: 'anonymous' as const };
    const slugs = slugsOf([[anon as never], [anon as never]]);
    expect(slugs).toEqual([expect.stringMatching(/^senior-official-[0-9a-f]{6}$/), expect.stringMatching(/^senior-official-[0-9a-f]{6}$/)]);
    expect(new Set(slugs).size).toBe(2);
    expect(slugs).toContain(slugsOf([[anon as never]])[0]);
  });

  test('merges a spelling variant the editor declares as an alias', () => {
    const overrides: ActorOverride[] = [{ slug: 'petr-fiala', aliases: ['Petr Fialia'], hidden: false }];
    expect(slugsOf([['Petr Fiala'], ['Petr Fialia']], overrides)).toEqual(['petr-fiala']);
  });

  test('follows mergeInto from one actor file to another', () => {
    const overrides: ActorOverride[] = [
      { slug: 'us-president', mergeInto: 'joe-biden', aliases: [], hidden: false },
      { slug: 'joe-biden', aliases: [], hidden: false },
    ];
    expect(slugsOf([['Joe Biden'], ['US President']], overrides)).toEqual(['joe-biden']);
  });

  test('merges into an actor of the articles that has no file, keeping it one actor under its slug', () => {
    const overrides: ActorOverride[] = [{ slug: 'us-president', mergeInto: 'joe-biden', aliases: [], hidden: false }];
    expect(slugsOf([['Joe Biden'], ['US President']], overrides)).toEqual(['joe-biden']);
  });

  test('hides an actor and leaves its quotes without a speaker', () => {
    const digest = buildDigest(
      [makeArticle({ file: 'a.txt', actors: ['Getty Images'], quotes: [{ text: 'a caption', speaker: 'Getty Images' }] })],
      [{ slug: 'getty-images', aliases: [], hidden: true }],
    );
    expect(digest.actors).toEqual([]);
    expect(digest.quotes[0]?.speaker).toBeNull();
  });

  test('keeps the roles each source gives, with the sources', () => {
    const digest = buildDigest([
      makeArticle({ file: 'a.md', actors: [{ name: 'Olaf Scholz', roles: ['German Chancellor'] }] }),
      makeArticle({ file: 'b.md', actors: [{ name: 'Olaf Scholz', roles: ['German Chancellor', 'Chancellor'] }] }),
    ]);
    expect(digest.actors[0]?.roles).toEqual([
      { text: 'German Chancellor', articles: ['a', 'b'] },
      { text: 'Chancellor', articles: ['b'] },
    ]);
  });
});

describe('mergeActors on party, institution and outlet names (through buildDigest)', () => {
  const org = (name: string, aliases: string[] = [], kind: 'organization' | 'outlet' = 'organization') => ({ name, kind, aliases });
  const digestOf = (actors: ReturnType<typeof org>[][]) => buildDigest(actors.map((list, i) => makeArticle({ file: `a${i}.txt`, actors: list })));

  test.each<[string, ReturnType<typeof org>[][], string[]]>([
    ['a party named by its nickname in one article and in full in another', [[org('Liberal Democrats', ['Lib Dems'])], [org('Liberal Democrats', ['Lib Dem'])]], ['liberal-democrats']],
    ['an acronym alone in one article, spelt out with it in another', [[org('European Union', ['EU'])], [org('EU')]], ['european-union']],
    ['a broadcaster cited in one article and quoted in another', [[org('BBC', ['BBC News'], 'outlet')], [org('BBC', ['BBC Radio'])]], ['bbc']],
    ['an outlet by its sub-brand alone and by its name with the sub-brand as alias', [[org('BBC', ['BBC News'], 'outlet')], [org('BBC News', [], 'outlet')]], ['bbc']],
    ['an alias two organisations share, which merges neither', [[org('Liberal Party', ['LP'])], [org('Labour Party', ['LP'])], [org('LP')]], ['labour-party', 'liberal-party', 'lp']],
    ['two countries, never one', [[{ name: 'United States', kind: 'place', aliases: ['US'] } as never], [{ name: 'Russia', kind: 'place', aliases: [] } as never]], ['russia', 'united-states']],
  ])('%s', (_case, actors, slugs) => {
    expect(digestOf(actors).actors.map((a) => a.slug).sort()).toEqual(slugs);
  });

  // As nameByTextForms leaves them: an article that never writes the lexicon's name keeps it as `canonical`.
  const named = (name: string, canonical: string, aliases: string[]) => ({ ...org(name, aliases), canonical });
  const conservatives = named('Conservatives', 'Conservative Party', ['Conservative Party', 'Tories']);
  const tories = named('Tories', 'Conservative Party', ['Conservative Party']);
  const conservativeParty = org('Conservative Party', ['Tories']);
  const labour = named('Labour', 'Labour Party', ['Labour Party']);
  const labourParty = org('Labour Party', ['Labour']);
  test.each<[string, ReturnType<typeof org>[][], string, string[]]>([
    ['three forms of one party in three articles', [[conservatives], [tories], [conservativeParty]], 'Conservative Party', ['Conservatives', 'Tories']],
    ['the same three the other way round', [[conservativeParty], [tories], [conservatives]], 'Conservative Party', ['Conservatives', 'Tories']],
    ['only forms the lexicon does not name it by', [[tories], [conservatives]], 'Conservative Party', ['Conservatives', 'Tories']],
    ['a party by its short name in one article and in full in another', [[labour], [labourParty], [labour]], 'Labour Party', ['Labour']],
    ['the same pair met the other way round', [[labourParty], [labour]], 'Labour Party', ['Labour']],
  ])('%s: one actor, named by the lexicon, the forms the articles write as aliases', (_case, actors, name, aliases) => {
    const { actors: merged } = digestOf(actors);
    expect(merged.map((a) => [a.name, a.aliases, a.articles.length])).toEqual([[name, aliases, actors.length]]);
  });

  test('does not merge people through an alias', () => {
    const people = [[{ name: 'John Major', kind: 'person' as const, aliases: ['Major'] }], [{ name: 'Major', kind: 'person' as const, aliases: [] }], [{ name: 'Tom Major', kind: 'person' as const, aliases: ['Major'] }]];
    expect(buildDigest(people.map((list, i) => makeArticle({ file: `a${i}.txt`, actors: list }))).actors.map((a) => a.slug).sort()).toEqual(['john-major', 'major', 'tom-major']);
  });

  test.each<[string, ('organization' | 'outlet')[], string]>([
    ['cited in every article', ['outlet', 'outlet'], 'outlet'],
    ['quoted as an organisation in one article of three', ['outlet', 'organization', 'outlet'], 'organization'],
  ])('gives an outlet %s the kind %s', (_case, kinds, kind) => {
    expect(digestOf(kinds.map((k) => [org('Reuters', [], k)])).actors.map((a) => a.kind)).toEqual([kind]);
  });

  test('keeps outlets out of a story’s actors', () => {
    const mentioned = (start: number, end: number) => ({ mentions: [{ paragraph: 0, start, end }] });
    const digest = buildDigest([
      makeArticle({ file: 'a.txt', actors: [{ ...org('Reuters', [], 'outlet'), ...mentioned(24, 31) }, { name: 'Jane Doe', ...mentioned(0, 8) }], paragraphs: ['Jane Doe resigned today, Reuters reported.'] }),
      makeArticle({ file: 'b.txt', actors: [{ ...org('Reuters', [], 'outlet'), ...mentioned(42, 49) }, { name: 'Jane Doe', ...mentioned(0, 8) }], paragraphs: ['Jane Doe resigned today, according to the Reuters agency.'] }),
    ]);
    expect(digest.stories.flatMap((s) => s.actors)).not.toContain('reuters');
    expect(digest.stories.flatMap((s) => s.actors)).toContain('jane-doe');
  });
});
