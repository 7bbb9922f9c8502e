import { describe, expect, test } from 'vitest';
import { actorToRole, actorToRoles } from '../../../src/site/views/actor-role.ts';

describe('actorToRole and actorToRoles', () => {
  const roles = [
    { text: 'President', articles: ['a', 'b'] },
    { text: 'French President', articles: ['c'] },
    { text: 'foreign minister', articles: ['d'] },
  ];

  test('shows the fullest role beside a name', () => {
    expect(actorToRole({ roles })).toBe('French President');
    expect(actorToRole({ roles: [] })).toBeUndefined();
  });

  test('folds a cut role into the whole one, which takes its sources', () => {
    expect(actorToRoles({ roles })).toEqual([
      { text: 'French President', articles: ['c', 'a', 'b'] },
      { text: 'foreign minister', articles: ['d'] },
    ]);
  });

  test('folds regardless of case', () => {
    expect(actorToRoles({ roles: [{ text: 'foreign minister', articles: ['a'] }, { text: 'French Foreign Minister', articles: ['b'] }] })).toEqual([
      { text: 'French Foreign Minister', articles: ['b', 'a'] },
    ]);
  });
});
