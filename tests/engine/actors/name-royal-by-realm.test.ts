import { describe, expect, test } from 'vitest';
import { nameRoyalByRealm } from '../../../src/engine/actors/name-royal-by-realm.ts';
import type { Actor } from '../../../src/engine/schema.ts';

describe('nameRoyalByRealm', () => {
  const person = (name: string, aliases: string[] = []): Actor => ({ id: 'x', name, kind: 'person', aliases, roles: [], mentions: [] });
  test.each<[string, Actor, string[], string, string[]]>([
    ['a princess styled by her realm', person('Ingrid'), ['His cousin, Princess Ingrid of Sweden, said it was "a long winter".'], 'Princess Ingrid of Sweden', ['Ingrid']],
    ['a realm of several words after "the"', person('Henrik'), ['Prince Henrik of the Faroe Islands opened the hall.'], 'Prince Henrik of the Faroe Islands', ['Henrik']],
    ['two styles for one name: the name stays', person('Olaf'), ['King Olaf of Norway met Prince Olaf of Denmark.'], 'Olaf', []],
    ['a title that is no royal title', person('Ingrid'), ['Professor Ingrid of Uppsala spoke.'], 'Ingrid', []],
    ['a full name is never restyled', person('Ingrid Berg'), ['Queen Ingrid Berg of Sweden spoke.'], 'Ingrid Berg', []],
    ['a lower-case word after "of" is no realm', person('Ingrid'), ['Princess Ingrid of course declined.'], 'Ingrid', []],
    ['an organisation is never renamed', { ...person('Ingrid'), kind: 'organization' }, ['Princess Ingrid of Sweden spoke.'], 'Ingrid', []],
  ])('%s', (_case, actor, texts, name, aliases) => {
    const [renamed] = nameRoyalByRealm([actor], texts);
    expect([renamed!.name, renamed!.aliases]).toEqual([name, aliases]);
  });
});
