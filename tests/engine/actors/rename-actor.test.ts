import { describe, expect, test } from 'vitest';
import { renameActor } from '../../../src/engine/actors/rename-actor.ts';
import type { Actor } from '../../../src/engine/schema.ts';

const actor = (name: string, aliases: string[]): Actor => ({ id: 'a', name, kind: 'person', aliases, roles: [], mentions: [] }) as unknown as Actor;

describe('renameActor', () => {
  test.each([
    ['the old name becomes the first alias', 'Ann Roe', ['Roe'], 'Ann Roe Jr.', ['Ann Roe', 'Roe']],
    ['the new name leaves the aliases', 'Astrid', ['Princess Astrid of Norway', 'Astrid'], 'Princess Astrid of Norway', ['Astrid']],
    ['no alias written twice', 'Labour', ['Labour', 'Labour Party', 'Labour'], 'Labour Party', ['Labour']],
  ])('%s', (_label, name, aliases, renamed, expected) => {
    const a = actor(name, aliases);
    renameActor(a, renamed);
    expect([a.name, a.aliases]).toEqual([renamed, expected]);
  });
});
