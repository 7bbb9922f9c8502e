import { describe, expect, test } from 'vitest';
import type { TimelineEvent } from '../../../src/engine/digest/schema.ts';
import { dayToIsoWeek, eventToTime } from '../../../src/site/views/timeline-dates.ts';

describe('eventToTime', () => {
  test.each<[Pick<TimelineEvent, 'date' | 'precision'>, { datetime: string; label: string }]>([
    [{ date: '2024-02-26', precision: 'day' }, { datetime: '2024-02-26', label: '26 Feb 2024' }],
    [{ date: '2024-02-26T10:30', precision: 'day' }, { datetime: '2024-02-26T10:30', label: '26 Feb 2024, 10:30' }],
    [{ date: '2024-02-19', precision: 'week' }, { datetime: '2024-W08', label: 'Week of 19 Feb 2024' }],
  ])('gives %j the time %j', (event, expected) => {
    expect(eventToTime(event)).toEqual(expected);
  });
});

describe('dayToIsoWeek', () => {
  test.each([
    ['2024-02-19', '2024-W08'],
    ['2024-02-25', '2024-W08'],
    ['2024-01-01', '2024-W01'],
    ['2024-12-30', '2025-W01'],
    ['2021-01-01', '2020-W53'],
    ['2021-01-04', '2021-W01'],
    ['2026-12-31', '2026-W53'],
  ])('puts %s in %s', (day, week) => {
    expect(dayToIsoWeek(day)).toBe(week);
  });
});
