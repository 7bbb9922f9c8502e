import { describe, expect, test } from 'vitest';
import { groupBy } from '../../../src/engine/text/group-by.ts';
import { jaccard } from '../../../src/engine/text/jaccard.ts';

describe('jaccard', () => {
  test.each<[string[], string[], number]>([
    [['a', 'b'], ['a', 'b'], 1],
    [['a', 'b'], ['b', 'c'], 1 / 3],
    [['a'], ['b'], 0],
    [[], ['a'], 0],
    [[], [], 0],
  ])('gives %j and %j a similarity of %d', (a, b, expected) => {
    expect(jaccard(new Set(a), new Set(b))).toBeCloseTo(expected);
  });
});

describe('groupBy', () => {
  test('keeps item order within groups and key order of first appearance', () => {
    expect([...groupBy(['b1', 'a1', 'b2', 'a2'], (s) => s[0])]).toEqual([
      ['b', ['b1', 'b2']],
      ['a', ['a1', 'a2']],
    ]);
  });
});
