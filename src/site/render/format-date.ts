/**
 * Deterministic date formatting for pages and feeds: English (UK) day-month-year in UTC, so the
 * same content builds the same HTML on every machine and in every time zone.
 */

const dayFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' });

/**
 * Parses an ISO 8601 date or date-time.
 *
 * @param iso A date such as `2024-02-27` or `2024-02-27T23:55:00Z`; may be undefined.
 * @returns The date, or undefined when missing or unparseable.
 * @example
 * isoToDate('2024-02-27') // => Date 2024-02-27T00:00:00.000Z
 * isoToDate('next week') // => undefined
 */
export function isoToDate(iso: string | undefined): Date | undefined {
  if (!iso) return undefined;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/**
 * Formats an ISO date for reading.
 *
 * @param iso A date or date-time; may be undefined.
 * @returns Day, short month and year in UTC, or undefined when the date is unknown.
 * @example formatDate('2024-02-27T23:55:00Z') // => '27 Feb 2024'
 */
export function formatDate(iso: string | undefined): string | undefined {
  if (iso === undefined) return undefined;
  // Pages show the same few dates thousands of times; Intl formatting is the costly part.
  if (!formatted.has(iso)) {
    const date = isoToDate(iso);
    formatted.set(iso, date && dayFormat.format(date));
  }
  return formatted.get(iso);
}

const formatted = new Map<string, string | undefined>();

/**
 * Formats the span between two ISO dates, collapsing it to one day when both fall on it.
 *
 * @param from Earliest date, if known.
 * @param to Latest date, if known.
 * @returns The range, one known end, or undefined when neither is known.
 * @example
 * formatDateRange('2024-02-27', '2024-02-28T10:00:00Z') // => '27 Feb 2024 – 28 Feb 2024'
 * formatDateRange('2024-02-27', '2024-02-27T10:00:00Z') // => '27 Feb 2024'
 * formatDateRange(undefined, '2024-02-28') // => '28 Feb 2024'
 */
export function formatDateRange(from: string | undefined, to: string | undefined): string | undefined {
  const start = formatDate(from);
  const end = formatDate(to);
  if (start && end && start !== end) return `${start} – ${end}`;
  return start ?? end;
}
