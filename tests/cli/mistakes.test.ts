/**
 * Mistakes on the command line: each gets one line on stderr naming the problem and its fix, exit code 2,
 * nothing on stdout and no stack trace (unless DEBUG is set).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, test } from 'vitest';
import { projectRoot } from '../support/build-site.ts';

const run = promisify(execFile);

/** Runs `npm run digest -- ARGS` as the script does, and never throws on a non-zero exit. */
async function digest(args: readonly string[], env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const node = join(projectRoot, 'node_modules/.bin/node');
  const { DEBUG: _, ...rest } = process.env;
  try {
    const { stdout, stderr } = await run(node, ['--no-warnings', 'src/cli/main.ts', ...args], { cwd: projectRoot, env: { ...rest, ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}

const article = 'content/articles/world-leaders-reject-macrons-plan-to-send-nato.md';
let scratch: string;
let aFile: string;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'news-digest-cli-'));
  aFile = join(scratch, 'a-file.txt');
  await writeFile(aFile, 'not a folder');
});

// Each case starts the CLI in a process of its own: seconds, not milliseconds, on a loaded machine.
describe('digest, called with a mistake', { timeout: 60_000 }, () => {
  test.each([
    ['an unknown command', () => ['bogus'], /^digest: unknown command "bogus"\. Fix: use one of analyze, add, check/],
    ['constructor (a property of every object)', () => ['constructor'], /^digest: unknown command "constructor"\. Fix: /],
    ['toString', () => ['toString'], /^digest: unknown command "toString"\. Fix: /],
    ['__proto__', () => ['__proto__'], /^digest: unknown command "__proto__"\. Fix: /],
    ['hasOwnProperty', () => ['hasOwnProperty'], /^digest: unknown command "hasOwnProperty"\. Fix: /],
    ['an unknown option', () => ['analyze', '--jsn', article], /^digest analyze: unknown option "--jsn"\. Fix: the options are --json/],
    ['an option of another command', () => ['check', '--force'], /^digest check: unknown option "--force"\. Fix: it takes no options/],
    ['a boolean option given a value', () => ['analyze', '--json=yes', article], /^digest analyze: --json takes no value\. Fix: /],
    ['--dir without its folder', () => ['add', article, '--dir'], /^digest add: --dir needs a value\. Fix: write it as --dir VALUE/],
    ['analyze without files', () => ['analyze'], /^digest analyze: no article file given\. Fix: /],
    ['add without files', () => ['add', '--force'], /^digest add: no article file given\. Fix: /],
    ['a file that does not exist', () => ['analyze', '/nonexistent/article.md'], /^digest analyze: \/nonexistent\/article\.md does not exist\. Fix: check the path/],
    ['a folder where files are read', () => ['analyze', 'content'], /^digest analyze: content is a folder, not an article file\. Fix: /],
    ['add of a file that does not exist', () => ['add', '/nonexistent/article.md', '--dir', scratch], /^digest add: \/nonexistent\/article\.md does not exist\. Fix: /],
    ['check of a folder that does not exist', () => ['check', '/nonexistent'], /^digest check: \/nonexistent does not exist\. Fix: /],
    ['check of a file', () => ['check', aFile], /^digest check: .+ is a file, not a content folder\. Fix: pass the folder that holds articles\//],
    ['check of a folder without articles/', () => ['check', scratch], /^digest check: .+ has no articles\/ folder\. Fix: /],
    ['check of two folders', () => ['check', 'content', 'content'], /^digest check: 2 content folders given, one is read\. Fix: /],
    ['add --dir naming an existing file', () => ['add', article, '--dir', aFile], /^digest add: --dir .+ is a file, not a folder\. Fix: pass a folder for --dir/],
    ['add --dir inside a file', () => ['add', article, '--dir', join(aFile, 'sub')], /^digest add: --dir .+ lies inside a file, not a folder\. Fix: /],
  ])('answers %s with one line and exit code 2', async (_, args, line) => {
    const result = await digest(args());
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    const lines = result.stderr.split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(line);
    expect(lines[0]).toMatch(/\. Fix: \S/);
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });

  test('writes nothing when --dir names a file', async () => {
    await digest(['add', article, '--dir', aFile]);
    expect(await readdir(scratch)).toEqual(['a-file.txt']);
  });

  test('shows the stack trace of a mistake when DEBUG is set', async () => {
    const result = await digest(['check', '/nonexistent'], { DEBUG: '1' });
    expect(result.code).toBe(2);
    expect(result.stderr.split('\n')[0]).toMatch(/^digest check: \/nonexistent does not exist\. Fix: /);
    expect(result.stderr).toMatch(/^\s+at /m);
  });

  test.each([['--help'], ['help']])('prints the usage for %s and exits 0', async (arg) => {
    const result = await digest([arg]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^usage: npm run digest -- <command>/);
  });
});
