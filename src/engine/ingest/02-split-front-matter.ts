/**
 * Stage 2: front matter. Splits a Markdown article's YAML front matter from its body with the reader
 * every editor file goes through (`readFrontMatter`) and checks each field against the article meta
 * contract. A field that fails is reported at its line in the file and left out of the meta,
 * never passed through.
 */
import type { ArticleMeta, MetaField, Problem } from '../schema.ts';
import { dateTextToIso, dateToIso } from './date-text-to-iso.ts';
import { joinNames } from './line-text.ts';
import { findStrayFrontMatter, readFrontMatter, strayFrontMatterProblem } from './read-front-matter.ts';
import frontMatterLexicon from '../lexicons/ingest-front-matter.json' with { type: 'json' };
import { describeValue } from './describe-value.ts';

/** What `splitFrontMatter` returns. */
export interface SplitFrontMatter {
  /** Valid fields only. */
  meta: ArticleMeta;
  /** The text after the front matter (the whole text when there is none). */
  body: string;
  /** 1-based line in the file where `body` starts. */
  bodyLine: number;
  problems: Problem[];
}

/**
 * Known fields, in the order `articleToMarkdown` writes them.
 *
 * @example
 * META_FIELDS[0] // => 'title'
 */
export const META_FIELDS: readonly MetaField[] = ['title', 'outlet', 'author', 'published', 'updated', 'url', 'language'];

const KNOWN_FIELDS = new Set<string>(META_FIELDS);
const ALIASES: Readonly<Record<string, string>> = frontMatterLexicon.aliases;
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_START = /^\d{4}-\d{2}-\d{2}/;

/**
 * Splits and validates front matter. The front matter is the lines between a first line `---`
 * and the next line that is `---` or `...`.
 *
 * @param text The whole file, with LF line ends.
 * @returns Valid meta, the body and its first line, and problems located by file line.
 * @example
 * splitFrontMatter('---\ntitle: Hi\npublished: yesterday\n---\nBody.')
 * // => { meta: { title: 'Hi' }, body: 'Body.', bodyLine: 5,
 * //      problems: [{ severity: 'error', line: 3, message: "front matter field 'published' is \"yesterday\", which is not a date", …, field: 'published' }] }
 */
export function splitFrontMatter(text: string): SplitFrontMatter {
  const { data, keyLines, body, bodyLine, problems } = readFrontMatter(text);
  const meta: ArticleMeta = {};
  if (!data) {
    // `---js` or `+++` on line 1 stays article text, as it always has been; the editor is told why.
    const stray = findStrayFrontMatter(text);
    if (stray && stray.line === 1 && stray.kind !== 'late') problems.push(strayFrontMatterProblem(stray, 'so these lines were read as article text', 'warning'));
    return { meta, body, bodyLine, problems };
  }
  for (const [key, value] of Object.entries(data)) {
    const at = keyLines.get(key) ?? { line: 2, raw: '' };
    if (!KNOWN_FIELDS.has(key)) {
      problems.push(unknownKeyProblem(key, at.line));
      continue;
    }
    const field = key as MetaField;
    const checked = checkField(field, value, at.raw);
    if (typeof checked === 'string') meta[field] = checked;
    else if (checked) problems.push({ ...checked, line: at.line, ...(checked.severity === 'error' ? { field } : {}) });
  }
  return { meta, body, bodyLine, problems };
}

/** What checking one field gives: the value to keep, or the problem (without its line) that drops it. */
export type FieldCheck = string | Omit<Problem, 'line'> | undefined;

/**
 * Checks one value for a known field with the rules of front matter, for any source of metadata (front matter, a
 * saved page's head): dates become ISO 8601, a url must be http(s), a language a BCP 47 tag, the rest text.
 *
 * @param field The field.
 * @param value The value as read (YAML may give a number, a date or a list).
 * @param raw The value as written, to show in messages.
 * @returns The value to keep, a problem, or undefined to drop it silently.
 * @example
 * checkField('url', 'javascript:alert(1)', 'javascript:alert(1)').message
 * // => 'front matter field \'url\' is "javascript:alert(1)", which is not a web address'
 * checkField('published', '2024-02-27T23:55:00+01:00', '') // => '2024-02-27T22:55:00Z'
 */
export function checkField(field: MetaField, value: unknown, raw: string): FieldCheck {
  if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) {
    return {
      severity: 'warning',
      message: `front matter field '${field}' is empty, so it was ignored`,
      fix: `fill in ${field} or delete the line`,
    };
  }
  switch (field) {
    case 'published':
    case 'updated':
      return checkDate(field, value, raw);
    case 'url':
      return checkUrl(value);
    case 'language':
      return checkLanguage(value);
    case 'author':
      if (Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'string' && item.trim() !== '')) {
        return joinNames(value.map((item: string) => item.trim()));
      }
      return checkText(field, value, raw);
    default:
      return checkText(field, value, raw);
  }
}

function checkText(field: MetaField, value: unknown, raw: string): FieldCheck {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) {
    // YAML read "1984" or "2024-02-27" as a number or date; the raw text is what the author wrote.
    return raw.replace(/^(["'])(.*)\1$/, '$2') || String(value);
  }
  return {
    severity: 'error',
    message: `front matter field '${field}' must be text, not ${describeValue(value)}`,
    fix: `write ${field} as one line of text, in double quotes, e.g. ${field}: "…"`,
  };
}

function checkDate(field: MetaField, value: unknown, raw: string): FieldCheck {
  let iso: string | undefined;
  // YAML turns 2024-02-30 into 1 March; the text as written is checked first.
  if (value instanceof Date) iso = ISO_START.test(raw) ? dateTextToIso(raw) : dateToIso(value, DATE_ONLY.test(raw));
  else if (typeof value === 'string') iso = dateTextToIso(value);
  if (iso) return iso;
  const written = typeof value === 'string' ? value.trim() : raw.replace(/^(["'])(.*)\1$/, '$2');
  const impossible = findImpossibleDay(written);
  if (impossible) {
    return {
      severity: 'error',
      message: `front matter field '${field}' is ${impossible.text}, which is not a calendar date (${impossible.reason})`,
      fix: `write the day the article was ${field === 'updated' ? 'last updated' : 'published'} as it is on the calendar, e.g. ${field}: ${impossible.nearest}`,
    };
  }
  const shown = describeValue(value);
  return {
    severity: 'error',
    message: `front matter field '${field}' is ${shown}, which is not a date`,
    fix: `write ${field} as a date with its year, e.g. ${field}: 2024-02-27 or ${field}: 2024-02-27T23:55:00Z`,
  };
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A written `YYYY-MM-DD` (at the start of the text) whose month or day does not exist, such as 2024-02-30,
 * which YAML would quietly read as 1 March: the date as written, why it does not exist, and the nearest day that does.
 */
function findImpossibleDay(text: string): { text: string; reason: string; nearest: string } | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (!match) return undefined;
  const [written, year, month, day] = [match[0], Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12) {
    return { text: written, reason: `there is no month ${match[2]}`, nearest: `${match[1]}-${String(Math.min(Math.max(month, 1), 12)).padStart(2, '0')}-${match[3]}` };
  }
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day >= 1 && day <= days) return undefined;
  const nearest = `${match[1]}-${match[2]}-${String(Math.min(Math.max(day, 1), days)).padStart(2, '0')}`;
  return { text: written, reason: `${MONTH_NAMES[month - 1]} ${year} has ${days} days`, nearest };
}

function checkUrl(value: unknown): FieldCheck {
  if (typeof value === 'string') {
    const trimmed = value.trim();
    try {
      const url = new URL(trimmed);
      if (url.protocol === 'http:' || url.protocol === 'https:') return trimmed;
    } catch {
      // Reported below with the same message as other non-web addresses.
    }
  }
  const shown = describeValue(value);
  return {
    severity: 'error',
    message: `front matter field 'url' is ${shown}, which is not a web address`,
    fix: 'write the address of the article page, starting with https:// or http://',
  };
}

function checkLanguage(value: unknown): FieldCheck {
  if (typeof value === 'string' && LANGUAGE_TAG.test(value.trim())) return value.trim();
  const shown = describeValue(value);
  return {
    severity: 'error',
    message: `front matter field 'language' is ${shown}, which is not a language tag`,
    fix: 'write a language tag such as en, fr or en-GB',
  };
}

function unknownKeyProblem(key: string, line: number): Problem {
  const suggestion = suggestField(key);
  return {
    severity: 'warning',
    line,
    message: `front matter field '${key}' is not one news-digest knows, so it was ignored`,
    fix: suggestion
      ? `rename it to '${suggestion}'`
      : `delete it, or use one of: ${META_FIELDS.join(', ')}`,
  };
}

/** Names the known field an unknown key most likely means: a known alias, or a near spelling. */
function suggestField(key: string): string | undefined {
  const folded = key.toLowerCase().replace(/[\s-]+/g, '_');
  if (Object.hasOwn(ALIASES, folded)) return ALIASES[folded];
  if (KNOWN_FIELDS.has(folded)) return folded;
  return META_FIELDS.find((field) => editDistance(field, folded) <= 2);
}

/** Levenshtein distance; keys are short, so the quadratic table is small. */
function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2 || b.length > 40) return 3;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
