import { describe, expect, test } from 'vitest';
import type { DigestActor } from '../../../src/engine/digest/schema.ts';
import { groupActorsByKind } from '../../../src/site/views/group-actors.ts';

function actor(name: string, kind: DigestActor['kind'], quotes = 0, articles = 1): DigestActor {
  return {
    slug: name.toLowerCase().replace(/\W+/g, '-'),
    name,
    kind,
    aliases: [],
    roles: [],
    articles: Array.from({ length: articles }, (_, i) => `a${i}`),
    quotes: Array.from({ length: quotes }, (_, i) => `q${i}`),
    statements: [],
    mentionCount: 1,
  };
}

describe('groupActorsByKind', () => {
  test('orders groups as people, organisations, places, anonymous sources, groups and skips empty ones', () => {
    const groups = groupActorsByKind([actor('Hamas', 'group'), actor('NATO', 'organization'), actor('A NATO official', 'anonymous'), actor('Olaf Scholz', 'person')]);
    expect(groups.map((group) => group.heading)).toEqual(['People', 'Organisations', 'Anonymous sources', 'Groups']);
  });

  test('leaves news outlets off the actors index: they have no page', () => {
    const groups = groupActorsByKind([actor('Reuters', 'outlet'), actor('NATO', 'organization')]);
    expect(groups.flatMap((group) => group.actors.map((a) => a.name))).toEqual(['NATO']);
  });

  test.each([
    ['most quoted first', [actor('B', 'person', 1), actor('A', 'person', 3)], ['A', 'B']],
    ['then most sources', [actor('B', 'person', 1, 1), actor('A', 'person', 1, 4)], ['A', 'B']],
    ['then by name', [actor('Zelensky', 'person'), actor('Baerbock', 'person')], ['Baerbock', 'Zelensky']],
  ])('sorts within a group: %s', (_name, actors, expected) => {
    expect(groupActorsByKind(actors)[0]?.actors.map((a) => a.name)).toEqual(expected);
  });

  test('returns no groups for no actors', () => {
    expect(groupActorsByKind([])).toEqual([]);
  });
});
