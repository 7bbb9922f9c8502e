import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, test } from 'vitest';
import { projectRoot } from '../support/build-site.ts';
import { makeHostileContent, readHostileCases, type HostileCase } from '../support/hostile-content.ts';

const run = promisify(execFile);

/** Cases whose generated files are only big, not wrong: the site build covers them, and they take seconds to read. */
const BIG = new Set(['large-article', 'many-short-lines']);

interface CheckResult {
  code: number;
  stdout: string;
  stderr: string;
  lines: string[];
}

/** Runs `digest check DIR` as `npm run digest -- check DIR` does, and never throws on a non-zero exit. */
async function runCheck(contentDir: string): Promise<CheckResult> {
  const node = join(projectRoot, 'node_modules/.bin/node');
  try {
    const { stdout, stderr } = await run(node, ['--no-warnings', 'src/cli/main.ts', 'check', contentDir], { cwd: projectRoot, maxBuffer: 16 * 1024 * 1024 });
    return { code: 0, stdout, stderr, lines: `${stderr}${stdout}`.split('\n').filter(Boolean) };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr, lines: `${stderr}${stdout}`.split('\n').filter(Boolean) };
  }
}

const PROBLEM_LINE = /^(.+):(\d+): (error|warning): (.+?)\. Fix: (.+)$/;

let cases: HostileCase[];
let dir: string;
let result: CheckResult;

beforeAll(async () => {
  cases = (await readHostileCases()).filter((c) => !BIG.has(c.name));
  dir = await makeHostileContent(cases);
  result = await runCheck(dir);
}, 60_000);

describe('digest check on the hostile fixtures', () => {
  test('exits 1 because some files have errors', () => {
    expect(result.code).toBe(1);
  });

  test('lists every expected problem as file:line: severity: message. Fix: …', async () => {
    for (const { name, expected } of cases) {
      for (const problem of expected.problems) {
        const prefix = `${dir}/articles/${problem.file}:${problem.line}: ${problem.severity}: ${problem.message}`;
        expect(result.lines.filter((line) => line.startsWith(prefix)), `${name}: ${prefix}`).toHaveLength(1);
      }
    }
  });

  test('lists every bad file in the one run, not only the first', () => {
    const expectedFiles = new Set(cases.flatMap(({ expected }) => expected.problems.filter((p) => p.severity === 'error').map((p) => p.file)));
    const reported = new Set(result.stderr.split('\n').flatMap((line) => PROBLEM_LINE.exec(line)?.[1]?.slice(`${dir}/articles/`.length) ?? []));
    expect(reported).toEqual(expectedFiles);
    expect(expectedFiles.size).toBeGreaterThanOrEqual(10);
  });

  test('prints nothing but located problems and the summary', () => {
    const [summary, ...others] = [...result.lines].reverse();
    expect(summary).toMatch(/^\d+ of \d+ article files OK; \d+ error\(s\), \d+ warning\(s\)$/);
    expect(others.length).toBeGreaterThanOrEqual(10);
    for (const line of others) expect(line).toMatch(PROBLEM_LINE);
  });

  test('gives every problem a fix that is an instruction, not the message again', () => {
    expect(result.lines.length).toBeGreaterThan(10);
    for (const line of result.lines.slice(0, -1)) {
      const [, , , , message, fix] = PROBLEM_LINE.exec(line)!;
      expect(fix, line).not.toContain(message!.slice(0, 24));
      expect(fix, line).not.toMatch(/^(this|the|it) /i);
    }
  });

  test('says nothing about hidden files and editor droppings', () => {
    const hidden = cases.find((c) => c.name === 'hidden-files')!.expected.generated!.map((g) => g.file);
    expect(hidden.length).toBeGreaterThan(0);
    for (const file of hidden) expect(result.lines.some((line) => line.includes(`/articles/${file}:`)), file).toBe(false);
  });

  test('counts the files without errors in its summary: one per published page, and the folded duplicate, less those published without a bad field', () => {
    const published = cases.reduce((n, { expected }) => n + expected.published.length, 0);
    const withBadField = new Set(cases.flatMap(({ expected }) => expected.problems.filter((p) => p.field).map((p) => p.file))).size;
    expect(withBadField).toBeGreaterThanOrEqual(3);
    expect(result.lines.at(-1)).toMatch(new RegExp(`^${published + 1 - withBadField} of \\d+ article files OK`));
  });
});

describe('digest check on good content', () => {
  test.each(['utf8-bom', 'crlf-line-ends', 'odd-file-names', 'same-article-twice', 'hidden-files'])('exits 0 for %s', async (name) => {
    const content = await makeHostileContent(cases.filter((c) => c.name === name));
    const good = await runCheck(content);
    expect(good.stderr).toBe('');
    expect(good.code).toBe(0);
  }, 30_000);

  test('exits 0 with a warning for a Windows-1252 file', async () => {
    const content = await makeHostileContent(cases.filter((c) => c.name === 'windows-1252'));
    const good = await runCheck(content);
    expect(good.code).toBe(0);
    expect(good.stdout).toContain(`${content}/articles/windows-1252.md:2: warning: the file is not valid UTF-8`);
  }, 30_000);
});
