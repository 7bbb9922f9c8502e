import { describe, expect, test } from 'vitest';
import { formatDate, formatDateRange, isoToDate } from '../../../src/site/render/format-date.ts';

describe('isoToDate', () => {
  test.each([
    ['2024-02-27', '2024-02-27T00:00:00.000Z'],
    ['2024-02-27T23:55:00Z', '2024-02-27T23:55:00.000Z'],
    ['2024-02-28T00:53:00+01:00', '2024-02-27T23:53:00.000Z'],
  ])('parses %s', (iso, expected) => {
    expect(isoToDate(iso)?.toISOString()).toBe(expected);
  });

  test.each([[undefined], [''], ['next week'], ['2024-13-45']])('returns undefined for %j', (iso) => {
    expect(isoToDate(iso)).toBeUndefined();
  });
});

describe('formatDate', () => {
  test.each([
    ['2024-02-27', '27 Feb 2024'],
    ['2024-02-27T23:55:00Z', '27 Feb 2024'],
    // Late evening east of UTC is still the day before in UTC: the output never depends on the machine's zone.
    ['2024-02-28T00:53:00+01:00', '27 Feb 2024'],
    [undefined, undefined],
    ['soon', undefined],
  ])('formats %j as %j', (iso, expected) => {
    expect(formatDate(iso)).toBe(expected);
  });
});

describe('formatDateRange', () => {
  test.each([
    ['2024-02-27', '2024-02-28T10:00:00Z', '27 Feb 2024 – 28 Feb 2024'],
    ['2024-02-27', '2024-02-27T22:00:00Z', '27 Feb 2024'],
    [undefined, '2024-02-28', '28 Feb 2024'],
    ['2024-02-27', undefined, '27 Feb 2024'],
    [undefined, undefined, undefined],
  ])('formats %j to %j as %j', (from, to, expected) => {
    expect(formatDateRange(from, to)).toBe(expected);
  });
});
