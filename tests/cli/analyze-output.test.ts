/**
 * How outside tools read `analyze`: through npm (`npm run -s digest -- analyze FILES --json > out.json`, or
 * `npx digest analyze FILES --json`, the package's own bin), and with `--out FILE`, which writes the same document to a
 * file whatever npm prints. A plain `npm run` (not silent) puts npm 11's run-script banner above the JSON on stdout;
 * the command then says so on stderr.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { projectRoot } from '../support/build-site.ts';
import { runDigest } from '../support/run-digest.ts';

const run = promisify(execFile);

async function seedArticles(): Promise<string[]> {
  return (await readdir(join(projectRoot, 'content/articles'))).slice(0, 2).map((f) => `content/articles/${f}`);
}

describe('digest analyze --json through npm', () => {
  test.each([
    ['npm run -s', 'npm', ['run', '-s', 'digest', '--', 'analyze']],
    ['npx (the bin)', 'npx', ['digest', 'analyze']],
  ])('%s writes nothing but one JSON document to stdout, and no note', async (_label, command, prefix) => {
    const articles = await seedArticles();
    expect(articles).toHaveLength(2);
    const { stdout, stderr } = await run(command, [...prefix, ...articles, '--json'], { cwd: projectRoot, maxBuffer: 64 * 1024 * 1024 });
    const document = JSON.parse(stdout) as { articles: unknown[] };
    expect(document.articles).toHaveLength(2);
    expect(stderr).not.toContain('script banner');
  }, 60_000);

  test('a plain npm run puts the banner above the JSON, and the command says how to get JSON alone', async () => {
    const articles = await seedArticles();
    const { stdout, stderr } = await run('npm', ['run', 'digest', '--', 'analyze', ...articles, '--json'], { cwd: projectRoot, maxBuffer: 64 * 1024 * 1024 });
    expect(stdout).toMatch(/^\n> news-digest@[^\n]+ digest\n/);
    const document = JSON.parse(stdout.slice(stdout.indexOf('\n{') + 1)) as { articles: unknown[] };
    expect(document.articles).toHaveLength(2);
    expect(stderr).toContain('npm printed its script banner on standard output above this JSON');
  }, 60_000);
});

describe('digest analyze --out', () => {
  test('writes the same document as --json to the file, and nothing to stdout', async () => {
    const out = join(await mkdtemp(join(tmpdir(), 'digest-out-')), 'analysis.json');
    const article = 'content/articles/world-leaders-reject-macrons-plan-to-send-nato.md';
    const [printed, written] = await Promise.all([runDigest(['analyze', article, '--json']), runDigest(['analyze', article, '--out', out])]);
    expect(written.code).toBe(0);
    expect(written.stdout).toBe('');
    expect(written.stderr).toBe(`wrote 1 article(s) to ${out}\n`);
    expect(JSON.parse(await readFile(out, 'utf8'))).toEqual(JSON.parse(printed.stdout));
  }, 60_000);
});
