import { describe, expect, test } from 'vitest';
import { formatCount } from '../../../src/site/render/format-count.ts';

describe('formatCount', () => {
  test.each([
    [0, '0 sources'],
    [1, '1 source'],
    [2, '2 sources'],
    [1.5, '1.5 sources'],
  ])('writes %s with the noun that agrees', (n, text) => {
    expect(formatCount(n, 'source', 'sources')).toBe(text);
  });
});
