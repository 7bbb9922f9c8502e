/**
 * The `<time>` of a timeline event: a machine-readable `datetime` (HTML date, local date-time or
 * week string) and the words a reader sees, formatted without the machine's time zone.
 */
import type { TimelineEvent } from '../../engine/digest/schema.ts';
import { formatDate } from '../render/format-date.ts';

/**
 * Converts an event's date to the attribute and text of its `<time>` element.
 *
 * @param event The event's `date` (`YYYY-MM-DD`, or with `THH:MM`) and `precision`.
 * @returns `datetime` for the attribute and `label` for the text.
 * @example
 * eventToTime({ date: '2024-02-26', precision: 'day' }) // => { datetime: '2024-02-26', label: '26 Feb 2024' }
 * eventToTime({ date: '2024-02-26T10:30', precision: 'day' }) // => { datetime: '2024-02-26T10:30', label: '26 Feb 2024, 10:30' }
 * eventToTime({ date: '2024-02-19', precision: 'week' }) // => { datetime: '2024-W08', label: 'Week of 19 Feb 2024' }
 */
export function eventToTime(event: Pick<TimelineEvent, 'date' | 'precision'>): { datetime: string; label: string } {
  const day = event.date.slice(0, 10);
  const dayLabel = formatDate(day) ?? day;
  if (event.precision === 'week') return { datetime: dayToIsoWeek(day), label: `Week of ${dayLabel}` };
  const time = event.date.slice(11, 16);
  return { datetime: event.date, label: time ? `${dayLabel}, ${time}` : dayLabel };
}

/**
 * Converts a day to the ISO 8601 week holding it, as HTML writes weeks.
 *
 * @example
 * dayToIsoWeek('2024-02-19') // => '2024-W08'
 * dayToIsoWeek('2021-01-01') // => '2020-W53'
 */
export function dayToIsoWeek(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const thursday = new Date(Date.UTC(year, month - 1, date));
  thursday.setUTCDate(thursday.getUTCDate() + 3 - ((thursday.getUTCDay() + 6) % 7));
  const weekYear = thursday.getUTCFullYear();
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(weekYear, 0, 1)) / (7 * 86_400_000));
  return `${weekYear}-W${String(week).padStart(2, '0')}`;
}
