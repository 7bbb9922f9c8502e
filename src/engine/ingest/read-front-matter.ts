/**
 * Reads the front matter block of an editor file (an article or an actor file): the lines between a first
 * line `---` and the next line that is `---` or `...`, parsed as YAML with js-yaml's safe schema
 * (`yamlToData`): no other language, no custom tags, nothing evaluated. What each field means is up to
 * the caller (`splitFrontMatter` for articles, `readActorFile` for actor files).
 */
import type { Problem } from '../schema.ts';
import { yamlToData } from './yaml-to-data.ts';

/** A front matter block as read. */
export interface FrontMatter {
  /** The fields, when the file has a front matter block that is a YAML mapping. */
  data?: Record<string, unknown>;
  /** Each top-level key's 1-based file line and the raw text after its colon. */
  keyLines: Map<string, KeyLine>;
  /** The text after the front matter (the whole text when there is none, or when it was not read). */
  body: string;
  /** 1-based line in the file where `body` starts. */
  bodyLine: number;
  problems: Problem[];
}

/** Where a key is written. */
export interface KeyLine {
  line: number;
  raw: string;
}

/** Front matter that is not read: in another language than YAML, or not on the first line. */
export interface StrayFrontMatter {
  /** 1-based line of its opening fence. */
  line: number;
  /** `language`: `---js` and the like; `toml`: `+++`; `late`: a `---` block after blank lines. */
  kind: 'language' | 'toml' | 'late';
  /** The language named after `---`, for `language`. */
  language?: string;
}

/**
 * Splits the front matter from the body and parses it as YAML. Only a first line of exactly `---` opens
 * front matter: `---js`, `+++` or a `---` after blank lines leave the whole file as body (see
 * {@link findStrayFrontMatter} to report them).
 *
 * @param text The whole file, with LF line ends.
 * @example
 * readFrontMatter('---\ntitle: Hi\n---\nBody.')
 * // => { data: { title: 'Hi' }, keyLines: Map { 'title' => { line: 2, raw: 'Hi' } }, body: 'Body.', bodyLine: 4, problems: [] }
 * readFrontMatter('---js\n{ title: "Hi" }\n---\nBody.').data // => undefined (the whole file is body)
 */
export function readFrontMatter(text: string): FrontMatter {
  const keyLines = new Map<string, KeyLine>();
  const firstBreak = text.indexOf('\n');
  const firstLine = firstBreak === -1 ? text : text.slice(0, firstBreak);
  if (firstLine.trimEnd() !== '---') return { keyLines, body: text, bodyLine: 1, problems: [] };

  const close = findClosingLine(text, firstBreak);
  if (!close) {
    return {
      keyLines,
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
  let data: unknown;
  try {
    data = yamlToData(yamlText);
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? 'the YAML cannot be read';
    const line = Math.min(Math.max((mark?.line ?? 0) + 1, 2), Math.max(close.line - 1, 1));
    const problem: Problem = {
      severity: 'error',
      line,
      message: `the front matter is not valid YAML (${reason}), so none of its fields were used`,
      fix: 'write each field as `name: value` on its own line, and put values that contain a colon, # or quotes in double quotes',
    };
    return { keyLines, body, bodyLine, problems: [problem] };
  }

  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    const problem: Problem = {
      severity: 'error',
      line: 2,
      message: 'the front matter is not a list of `name: value` fields, so it was ignored',
      fix: 'write each field as `name: value` on its own line, e.g. title: "…"',
    };
    return { keyLines, body, bodyLine, problems: [problem] };
  }
  return { data: data as Record<string, unknown>, keyLines: findKeyLines(yamlText), body, bodyLine, problems: [] };
}

/**
 * Finds front matter that {@link readFrontMatter} leaves as text: a first line `---js`, `---javascript` or
 * `---<any other language>` (which gray-matter would hand to a parser of that language, and for JavaScript
 * run), a TOML block opened by `+++`, or a `---` block that starts after blank lines.
 *
 * @param text The whole file, with LF line ends.
 * @returns Where it starts and what it is, or undefined when the file has none.
 * @example
 * findStrayFrontMatter('---js\n{}\n---\n') // => { line: 1, kind: 'language', language: 'js' }
 * findStrayFrontMatter('\n---\nname: X\n---\n') // => { line: 2, kind: 'late' }
 * findStrayFrontMatter('---\nname: X\n---\n') // => undefined
 */
export function findStrayFrontMatter(text: string): StrayFrontMatter | undefined {
  let start = 0;
  let line = 1;
  while (start < text.length) {
    const end = text.indexOf('\n', start);
    const row = (end === -1 ? text.slice(start) : text.slice(start, end)).trim();
    if (row !== '') {
      if (row === '+++') return { line, kind: 'toml' };
      const language = /^---\s*([A-Za-z][\w-]*)$/.exec(row)?.[1];
      if (language) return { line, kind: 'language', language };
      if (row === '---' && line > 1) return { line, kind: 'late' };
      return undefined;
    }
    if (end === -1) break;
    start = end + 1;
    line++;
  }
  return undefined;
}

/**
 * The problem to report for front matter that is not read.
 *
 * @param stray What {@link findStrayFrontMatter} found.
 * @param outcome What became of it, e.g. `so this file was not applied`.
 * @param severity `error` where the file cannot be used without it (actor files), `warning` where it can (articles).
 * @example
 * strayFrontMatterProblem({ line: 1, kind: 'toml' }, 'so this file was not applied', 'error').message
 * // => 'the front matter is TOML (+++), and only YAML front matter is read, so this file was not applied'
 */
export function strayFrontMatterProblem(stray: StrayFrontMatter, outcome: string, severity: Problem['severity']): Problem {
  const fix = 'start the file with a line of only --- and write the fields as YAML (name: value), then a line of only ---';
  switch (stray.kind) {
    case 'language':
      return { severity, line: stray.line, message: `the front matter is marked as "${stray.language}", and only YAML front matter is read (nothing in a file is ever run), ${outcome}`, fix };
    case 'toml':
      return { severity, line: stray.line, message: `the front matter is TOML (+++), and only YAML front matter is read, ${outcome}`, fix };
    case 'late':
      return {
        severity,
        line: stray.line,
        message: `the front matter starts on line ${stray.line}, after blank lines, and front matter is read only from line 1, ${outcome}`,
        fix: `delete the blank line${stray.line > 2 ? 's' : ''} above the first ---`,
      };
  }
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
function findKeyLines(yamlText: string): Map<string, KeyLine> {
  const lines = new Map<string, KeyLine>();
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
