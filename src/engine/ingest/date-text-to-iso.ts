/**
 * Reads one written date ("27 February 2024, 23:55", "Feb 27, 2024 10:02 AM", "2024-02-27")
 * as an ISO 8601 string. Shared by front matter validation and date line inference.
 */
import * as chrono from 'chrono-node';
import fillerData from '../lexicons/date-filler-words.json' with { type: 'json' };

/** Any fixed instant: every accepted date must state its year, so the reference never shows. */
const REFERENCE_DATE = new Date(Date.UTC(2000, 0, 1));

/** ISO 8601 date or date-time, with optional seconds, fraction and offset. */
const ISO_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/** Words that may sit around a date without making the text something else. */
const FILLER_WORDS: ReadonlySet<string> = new Set(fillerData.words);

/** Longest text read as a date: date lines are short, and chrono's cost grows with length. */
const MAX_DATE_TEXT = 120;

/**
 * Converts a written absolute date to ISO 8601: `YYYY-MM-DD` when no time is given,
 * `YYYY-MM-DDTHH:MM:SSZ` when one is. A stated time zone is converted to UTC; without one, the
 * wall-clock time is written with `Z`. Text with no explicit 4-digit year ("3 hours ago",
 * "yesterday", "Feb 27") or with other words around the date gives undefined.
 *
 * @param text The date as written, nothing else.
 * @returns The ISO string, or undefined when the text is not one absolute date.
 * @example
 * dateTextToIso('27 February 2024, 23:55') // => '2024-02-27T23:55:00Z'
 * dateTextToIso('February 27, 2024') // => '2024-02-27'
 * dateTextToIso('3 hours ago') // => undefined
 */
export function dateTextToIso(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.length > MAX_DATE_TEXT) return undefined;
  const iso = ISO_PATTERN.exec(trimmed);
  if (iso) return isoMatchToIso(iso);

  // A date is kept only when its text has a four-digit year (below), so text without one is not read at all.
  if (!/\d{4}/.test(trimmed)) return undefined;
  // The same date lines recur across the articles of a batch, and chrono costs tens of microseconds a call.
  if (remembered.has(trimmed)) return remembered.get(trimmed);
  const read = writtenDateToIso(trimmed);
  if (remembered.size >= MAX_REMEMBERED) remembered.clear();
  remembered.set(trimmed, read);
  return read;
}

/** Dates already read by chrono, by their trimmed text; cleared when full, to bound memory. */
const remembered = new Map<string, string | undefined>();
const MAX_REMEMBERED = 10_000;

/** Reads a written date with chrono; the text is trimmed and has a four-digit number. */
function writtenDateToIso(trimmed: string): string | undefined {
  const results = chrono.strict.parse(trimmed, REFERENCE_DATE);
  if (results.length !== 1) return undefined;
  const result = results[0]!;
  if (!/\d{4}/.test(result.text)) return undefined;
  const start = result.start;
  if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) return undefined;
  const leftover = trimmed.slice(0, result.index) + ' ' + trimmed.slice(result.index + result.text.length);
  if (!isFiller(leftover)) return undefined;

  const parts = {
    year: start.get('year')!,
    month: start.get('month')!,
    day: start.get('day')!,
    hour: start.isCertain('hour') ? start.get('hour') : null,
    minute: start.get('minute') ?? 0,
    second: start.get('second') ?? 0,
    offset: start.isCertain('timezoneOffset') ? start.get('timezoneOffset') : null,
  };
  return partsToIso(parts);
}

/**
 * Formats a `Date` (as YAML front matter gives it) as ISO 8601, date-only when asked.
 *
 * @example
 * dateToIso(new Date('2024-02-27T23:55:00Z'), false) // => '2024-02-27T23:55:00Z'
 * dateToIso(new Date('2024-02-27T00:00:00Z'), true) // => '2024-02-27'
 */
export function dateToIso(date: Date, dateOnly: boolean): string | undefined {
  if (Number.isNaN(date.getTime())) return undefined;
  const iso = date.toISOString();
  if (dateOnly) return iso.slice(0, 10);
  return iso.replace(/\.000Z$/, 'Z').replace(/(\.\d{3})Z$/, '$1Z');
}

/** True when leftover text holds only separators, filler words and at most one short token (a zone like "ET"). */
function isFiller(leftover: string): boolean {
  const words = leftover.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  let unknown = 0;
  for (const word of words) {
    if (FILLER_WORDS.has(word)) continue;
    if (/^\p{L}{2,4}$/u.test(word) && ++unknown <= 1) continue;
    return false;
  }
  return true;
}

function isoMatchToIso(match: RegExpExecArray): string | undefined {
  const [, year, month, day, hour, minute, second, zone] = match;
  let offset: number | null = null;
  if (zone && zone.toUpperCase() !== 'Z') {
    const sign = zone.startsWith('-') ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    offset = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0'));
  } else if (zone) {
    offset = 0;
  }
  return partsToIso({
    year: Number(year),
    month: Number(month),
    day: Number(day),
    hour: hour === undefined ? null : Number(hour),
    minute: Number(minute ?? 0),
    second: Number(second ?? 0),
    offset,
  });
}

interface DateParts {
  year: number;
  month: number;
  day: number;
  hour: number | null;
  minute: number;
  second: number;
  /** Minutes east of UTC, or null when the text gives no zone. */
  offset: number | null;
}

/** Builds the ISO string, rejecting impossible dates such as 30 February. */
function partsToIso(parts: DateParts): string | undefined {
  const { year, month, day, hour, minute, second, offset } = parts;
  const day0 = new Date(Date.UTC(year, month - 1, day));
  if (day0.getUTCFullYear() !== year || day0.getUTCMonth() !== month - 1 || day0.getUTCDate() !== day) return undefined;
  if (hour === null) return day0.toISOString().slice(0, 10);
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  const wallClock = Date.UTC(year, month - 1, day, hour, minute, second);
  const utc = wallClock - (offset ?? 0) * 60_000;
  return new Date(utc).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
