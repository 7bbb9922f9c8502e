/**
 * Stage 2: front matter. Splits a Markdown article's YAML front matter from its body, reads it
 * as gray-matter does (see `yamlToData`) and checks each field against the article meta
 * contract. A field that fails is reported at its line in the file and left out of the meta,
 * never passed through.
 */
import type { ArticleMeta, MetaField, Problem } from '../schema.ts';
import { dateTextToIso, dateToIso } from './date-text-to-iso.ts';
import { joinNames } from './line-text.ts';
import { yamlToData } from './yaml-to-data.ts';
import frontMatterLexicon from '../lexicons/ingest-front-matter.json' with { type: 'json' };

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
 * //      problems: [{ severity: 'error', line: 3, message: "front matter field 'published' is \"yesterday\", which is not a date", … }] }
 */
export function splitFrontMatter(text: string): SplitFrontMatter {
  const firstBreak = text.indexOf('\n');
  const firstLine = firstBreak === -1 ? text : text.slice(0, firstBreak);
  if (firstLine.trimEnd() !== '---') return { meta: {}, body: text, bodyLine: 1, problems: [] };

  const close = findClosingLine(text, firstBreak);
  if (!close) {
    return {
      meta: {},
      body: text,
      bodyLine: 1,
      problems: [
        {
          severity: 'error',
          line: 1,
          message: 'the front matter that starts on line 1 has no closing --- line, so it was read as text',
          fix: 'add a line with only --- after the last front matter field',
        },
      ],
    };
  }

  const yamlText = text.slice(firstBreak + 1, close.start);
  const body = close.end >= text.length ? '' : text.slice(close.end + 1);
  const bodyLine = close.line + 1;
  const problems: Problem[] = [];
  let data: unknown;
  try {
    data = yamlToData(yamlText);
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? 'the YAML cannot be read';
    const line = Math.min(Math.max((mark?.line ?? 0) + 1, 2), Math.max(close.line - 1, 1));
    problems.push({
      severity: 'error',
      line,
      message: `the front matter is not valid YAML (${reason}), so none of its fields were used`,
      fix: 'write each field as `name: value` on its own line, and put values that contain a colon, # or quotes in double quotes',
    });
    return { meta: {}, body, bodyLine, problems };
  }

  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    problems.push({
      severity: 'error',
      line: 2,
      message: 'the front matter is not a list of `name: value` fields, so it was ignored',
      fix: 'write each field as `name: value` on its own line, e.g. title: "…"',
    });
    return { meta: {}, body, bodyLine, problems };
  }

  const keyLines = findKeyLines(yamlText);
  const meta: ArticleMeta = {};
  for (const [key, value] of Object.entries(data)) {
    const at = keyLines.get(key) ?? { line: 2, raw: '' };
    if (!KNOWN_FIELDS.has(key)) {
      problems.push(unknownKeyProblem(key, at.line));
      continue;
    }
    const field = key as MetaField;
    const checked = checkField(field, value, at.raw);
    if (typeof checked === 'string') meta[field] = checked;
    else if (checked) problems.push({ ...checked, line: at.line });
  }
  return { meta, body, bodyLine, problems };
}

/** Finds the closing `---`/`...` line after the opening one: its start and end offsets and 1-based line. */
function findClosingLine(text: string, firstBreak: number): { start: number; end: number; line: number } | undefined {
  if (firstBreak === -1) return undefined;
  let start = firstBreak + 1;
  let line = 2;
  while (start <= text.length) {
    const lineEnd = text.indexOf('\n', start);
    const end = lineEnd === -1 ? text.length : lineEnd;
    const content = text.slice(start, end).trimEnd();
    if (content === '---' || content === '...') return { start, end, line };
    if (lineEnd === -1) return undefined;
    start = lineEnd + 1;
    line++;
  }
  return undefined;
}

/** Maps each top-level key to its 1-based file line and the raw text after its colon. */
function findKeyLines(yamlText: string): Map<string, { line: number; raw: string }> {
  const lines = new Map<string, { line: number; raw: string }>();
  const rows = yamlText.split('\n');
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (row === '' || /^[\s#-]/.test(row)) continue;
    const colon = row.indexOf(':');
    if (colon <= 0) continue;
    const key = row.slice(0, colon).trim().replace(/^(["'])(.*)\1$/, '$2');
    const comment = row.search(/\s#/);
    const raw = (comment === -1 ? row.slice(colon + 1) : row.slice(colon + 1, Math.max(comment, colon + 1))).trim();
    if (!lines.has(key)) lines.set(key, { line: i + 2, raw });
  }
  return lines;
}

type FieldCheck = string | Omit<Problem, 'line'> | undefined;

/** Checks one known field: returns the value to keep, a problem, or undefined to drop it silently. */
function checkField(field: MetaField, value: unknown, raw: string): FieldCheck {
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
  const shown = typeof value === 'string' ? `"${truncate(value)}"` : describeValue(value);
  return {
    severity: 'error',
    message: `front matter field '${field}' is ${shown}, which is not a date`,
    fix: `write ${field} as a date with its year, e.g. ${field}: 2024-02-27 or ${field}: 2024-02-27T23:55:00Z`,
  };
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
  const shown = typeof value === 'string' ? `"${truncate(value)}"` : describeValue(value);
  return {
    severity: 'error',
    message: `front matter field 'url' is ${shown}, which is not a web address`,
    fix: 'write the address of the article page, starting with https:// or http://',
  };
}

function checkLanguage(value: unknown): FieldCheck {
  if (typeof value === 'string' && LANGUAGE_TAG.test(value.trim())) return value.trim();
  const shown = typeof value === 'string' ? `"${truncate(value)}"` : describeValue(value);
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

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  if (typeof value === 'object' && value !== null) return 'a group of fields';
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return `${value}`;
  return typeof value;
}

function truncate(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
