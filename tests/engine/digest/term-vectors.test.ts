import { describe, expect, test } from 'vitest';
import { createTermSpace, vectorNorm } from '../../../src/engine/digest/term-vectors.ts';

describe('createTermSpace', () => {
  const space = createTermSpace(4);

  test('dot sums the products of shared terms', () => {
    expect(space.dot({ ids: [0, 2], weights: [0.5, 1] }, { ids: [2, 3], weights: [2, 7] })).toBe(2);
  });

  test('add keeps the first vector’s order and appends the second’s new terms', () => {
    expect(space.add({ ids: [0, 2], weights: [0.5, 1] }, { ids: [1, 2], weights: [1, 1] })).toEqual({ ids: [0, 2, 1], weights: [0.5, 2, 1] });
  });

  test('leaves its scratch arrays clean between calls', () => {
    space.dot({ ids: [1], weights: [3] }, { ids: [1, 3], weights: [1, 1] });
    expect(space.dot({ ids: [3], weights: [1] }, { ids: [0], weights: [1] })).toBe(0);
  });
});

describe('vectorNorm', () => {
  test.each<[number[], number]>([
    [[3, 4], 5],
    [[], 1],
  ])('gives %j a length of %d', (weights, expected) => {
    expect(vectorNorm({ ids: weights.map((_, i) => i), weights })).toBe(expected);
  });
});
