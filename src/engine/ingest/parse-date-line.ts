/**
 * Reads a date line: "27 February 2024, 23:55 | Updated: 28 February 2024, 00:53",
 * "Published: Feb 27, 2024 10:02 AM", "February 27, 2024", "Updated 3 hours ago".
 * Relative dates are recognised as date lines but give no date: without the moment the page
 * was saved, "3 hours ago" says nothing.
 */
import dateLabels from '../lexicons/ingest-date-labels.json' with { type: 'json' };
import { dateTextToIso } from './date-text-to-iso.ts';
import { escapeRegExp } from '../text/escape-reg-exp.ts';

/** The dates a date line gives; either may be missing. */
export interface DateLine {
  published?: string;
  updated?: string;
}

type DateField = 'published' | 'updated';

const LABELS: ReadonlyArray<{ label: string; field: DateField }> = [
  ...dateLabels.published.map((label) => ({ label, field: 'published' as const })),
  ...dateLabels.updated.map((label) => ({ label, field: 'updated' as const })),
].sort((a, b) => b.label.length - a.label.length);

/** Words that can start a second, labelled date inside one segment ("… 23:55 Updated 00:53"). */
const INNER_LABEL = new RegExp(`(?<=[\\dMm)])\\s(?=(?:${dateLabels.updated.map(escapeRegExp).join('|')})\\b)`, 'i');

const { relative } = dateLabels;
/** "3 hours ago", "about an hour ago", "yesterday": a date that sets no field. */
const RELATIVE_DATE = new RegExp(
  `^(?:${relative.hedges.map((w) => `${w} `).join('|')})?(?:\\d+|${relative.counts.join('|')})\\s+(?:${relative.units.join('|')})\\s+ago$` +
    `|^(?:${relative.alone.join('|')})$`,
  'i',
);
const MAX_DATE_LINE = 160;
/** Separators between the parts of a date line; a line without one is a single part. */
const SEPARATOR = /\s*[|·•]\s*/;

/**
 * Parses a line made only of dates and date labels, or returns undefined.
 *
 * @param line One line, white space collapsed.
 * @returns The dates as ISO 8601 (`{}` for a line of relative dates), or undefined when the
 *   line holds anything else.
 * @example
 * lineToDates('27 February 2024, 23:55 | Updated: 28 February 2024, 00:53')
 * // => { published: '2024-02-27T23:55:00Z', updated: '2024-02-28T00:53:00Z' }
 * lineToDates('Published: Feb 27, 2024 10:02 AM') // => { published: '2024-02-27T10:02:00Z' }
 * lineToDates('Updated 3 hours ago') // => {}
 * lineToDates('The summit ended on February 27, 2024.') // => undefined
 */
export function lineToDates(line: string): DateLine | undefined {
  if (line.length > MAX_DATE_LINE) return undefined;
  const parts = line.split(SEPARATOR);
  const dates: DateLine = {};
  let recognised = false;
  for (const part of parts) {
    for (const segment of part.split(INNER_LABEL)) {
      const trimmed = segment.trim();
      if (trimmed === '') continue;
      const { field, rest } = splitLabel(trimmed);
      if (rest === '' && field) {
        recognised = true;
        continue;
      }
      if (RELATIVE_DATE.test(rest)) {
        recognised = true;
        continue;
      }
      const iso = dateTextToIso(rest);
      if (!iso) return undefined;
      recognised = true;
      const target: DateField = field ?? (dates.published ? 'updated' : 'published');
      dates[target] ??= iso;
    }
  }
  return recognised ? dates : undefined;
}

/** Splits a leading label ("Updated:", "Last updated on") from a segment. */
function splitLabel(segment: string): { field: DateField | undefined; rest: string } {
  const lower = segment.toLowerCase();
  for (const { label, field } of LABELS) {
    if (!lower.startsWith(label)) continue;
    const after = segment.slice(label.length);
    const separator = /^\s*[:\-–—]?\s*/.exec(after)![0];
    if (after === '' || separator !== '') return { field, rest: after.slice(separator.length).trim() };
  }
  return { field: undefined, rest: segment };
}
