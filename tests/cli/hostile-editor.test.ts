/**
 * `digest check`, `analyze` and `add` on the hostile editor files (`tests/fixtures/hostile-editor/`): no code
 * in a file runs, nothing behind a link is read, and every bad file is named with its line.
 */
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  existingPayloadFiles,
  makeHostileEditorContent,
  OUTSIDE_MARKER,
  readHostileEditorCases,
  removePayloadFiles,
  type EditorCase,
} from '../support/hostile-editor-content.ts';
import { PROBLEM_LINE, runDigest, type DigestRun } from '../support/run-digest.ts';

let cases: EditorCase[];
let content: string;
let payloads: string[];
let check: DigestRun;
let analyze: DigestRun;
let analyzeJson: DigestRun;
let add: DigestRun;
let addDir: string;

beforeAll(async () => {
  cases = await readHostileEditorCases();
  payloads = await removePayloadFiles(cases);
  content = await makeHostileEditorContent(cases);
  check = await runDigest(['check', content]);
  const articles = (await readdir(join(content, 'articles'))).sort().map((f) => join(content, 'articles', f));
  analyze = await runDigest(['analyze', ...articles]);
  analyzeJson = await runDigest(['analyze', '--json', ...articles]);
  addDir = await mkdtemp(join(tmpdir(), 'news-digest-add-'));
  add = await runDigest(['add', ...articles, '--dir', addDir]);
}, 120_000);

const expectedProblems = () => cases.flatMap(({ name, expected }) => expected.problems.map((p) => ({ name, ...p })));

describe('digest check on hostile editor files', () => {
  test('exits 1', () => {
    expect(check.code).toBe(1);
  });

  test('names every bad file with its line, once each', () => {
    for (const p of expectedProblems()) {
      const prefix = `${content}/${p.folder}/${p.file}:${p.line}: ${p.severity}: ${p.message}`;
      expect(check.lines.filter((line) => line.startsWith(prefix)), `${p.name}: ${prefix}`).toHaveLength(1);
    }
  });

  test('reports errors in the expected files only', () => {
    const expected = new Set(expectedProblems().filter((p) => p.severity === 'error').map((p) => `${content}/${p.folder}/${p.file}`));
    const reported = new Set(check.stderr.split('\n').flatMap((line) => PROBLEM_LINE.exec(line)?.[1] ?? []));
    expect(reported).toEqual(expected);
  });

  test('prints nothing but located problems and the summary', () => {
    const [summary, ...others] = [...check.lines].reverse();
    expect(summary).toMatch(/^\d+ of \d+ article files OK, \d+ of \d+ actor files OK; \d+ error\(s\), \d+ warning\(s\)$/);
    for (const line of others) expect(line).toMatch(PROBLEM_LINE);
  });

  test('reads nothing behind a link', () => {
    const output = `${check.stdout}${check.stderr}`;
    expect(output).not.toContain(OUTSIDE_MARKER);
    expect(output).not.toMatch(/root:.*:0:0:/);
  });
});

describe('digest analyze and add on hostile articles', () => {
  test('refuse the linked article by name and analyse the others', () => {
    expect(analyze.stderr).toContain(`${content}/articles/linked-marker.md:1: error: the file is a link, and links are not followed`);
    const json = JSON.parse(analyzeJson.stdout) as { articles: { file: string }[]; errors: { file: string }[] };
    expect(json.errors.map((e) => e.file)).toEqual(['linked-marker.md']);
    expect(json.articles.map((a) => a.file)).toEqual(['editor-summit.md', 'impossible-date.md', 'javascript-front-matter.md', 'js-front-matter.md']);
  });

  test('show nothing of the file behind the link', () => {
    for (const run of [analyze, analyzeJson, add]) expect(`${run.stdout}${run.stderr}`).not.toContain(OUTSIDE_MARKER);
  });

  test('add imports the articles without errors only', async () => {
    expect(add.code).toBe(1);
    expect((await readdir(addDir)).length).toBe(3);
    for (const file of await readdir(addDir)) expect(await readFile(join(addDir, file), 'utf8')).not.toContain(OUTSIDE_MARKER);
  });
});

describe('front matter in another language', () => {
  test('runs no code in check, analyze or add: no payload wrote its file', () => {
    expect(payloads.length).toBeGreaterThanOrEqual(4);
    expect(existingPayloadFiles(payloads)).toEqual([]);
  });
});
