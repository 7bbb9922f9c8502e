/**
 * How outside tools read `analyze`: `npm run digest -- analyze FILES --json > out.json`, run through npm itself
 * (npm 11 would print its run-script banner to stdout; `.npmrc`'s `json=true` keeps it off), and `--out FILE`,
 * which writes the same document to a file whatever npm prints.
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

describe('digest analyze --json through npm run', () => {
  test('writes nothing but one JSON document to stdout', async () => {
    const articles = (await readdir(join(projectRoot, 'content/articles'))).slice(0, 2).map((f) => `content/articles/${f}`);
    expect(articles).toHaveLength(2);
    const { stdout } = await run('npm', ['run', 'digest', '--', 'analyze', ...articles, '--json'], { cwd: projectRoot, maxBuffer: 64 * 1024 * 1024 });
    const document = JSON.parse(stdout) as { articles: unknown[] };
    expect(document.articles).toHaveLength(2);
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
