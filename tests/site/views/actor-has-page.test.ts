import { describe, expect, test } from 'vitest';
import type { DigestActor } from '../../../src/engine/digest/schema.ts';
import { actorHasPage } from '../../../src/site/views/actor-has-page.ts';

describe('actorHasPage', () => {
  const actor = (quotes: string[], roles: DigestActor['roles'], description?: string, kind: DigestActor['kind'] = 'person') => ({ kind, quotes, roles, ...(description ? { description } : {}) });
  test.each([
    ['an actor quoted', actor(['q1'], []), true],
    ['a news outlet the articles only cite, even with a description', actor([], [], 'A wire service.', 'outlet'), false],
    ['an actor with a role', actor([], [{ text: 'Polish Prime Minister', articles: ['a'] }]), true],
    ['an actor an editor describes', actor([], [], 'Head of the alliance.'), true],
    ['an actor only mentioned', actor([], []), false],
  ])('gives %s a page: %s', (_name, value, expected) => {
    expect(actorHasPage(value)).toBe(expected);
  });
});
