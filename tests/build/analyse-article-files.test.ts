/**
 * The analysis pool: worker threads give the same results, in the same places, as analysing in this thread,
 * and a bad file comes back with its problem instead of stopping the others.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateArticles } from '../../src/cli/bench/generate-articles.ts';
import { analyseArticleFiles } from '../../src/build/analyse-article-files.ts';
import type { ArticleFile } from '../../src/build/list-content-files.ts';

/** Enough files for two workers (each needs 300), and a number that does not divide into whole batches. */
const COUNT = 613;
const BROKEN = 200;

let dir: string;
let paths: string[];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'analysis-pool-'));
  paths = [];
  for (const [i, article] of generateArticles({ n: COUNT }).entries()) {
    const path = join(dir, article.file);
    await writeFile(path, i === BROKEN ? Buffer.from([0, 159, 146, 150, 0, 0, 1, 2]) : article.text);
    paths.push(path);
  }
});

afterAll(() => rm(dir, { recursive: true, force: true }));

async function analyse(threads: number): Promise<{ results: ArticleFile[]; calls: number[] }> {
  const results: ArticleFile[] = [];
  const calls: number[] = [];
  await analyseArticleFiles(
    paths,
    (index, file) => {
      results[index] = file;
      calls.push(index);
    },
    threads,
  );
  return { results, calls };
}

describe('analyseArticleFiles', () => {
  it('gives every file exactly one result, the same with two workers as in this thread', async () => {
    const [inThread, pooled] = await Promise.all([analyse(1), analyse(2)]);
    expect(inThread.calls).toEqual(paths.map((_, i) => i));
    expect([...pooled.calls].sort((a, b) => a - b)).toEqual(paths.map((_, i) => i));
    expect(pooled.results).toEqual(inThread.results);
    expect(pooled.results[0]?.article?.analysis.quotes.length).toBeGreaterThan(0);
  }, 60_000);

  it('reports a binary file as a problem of that file and analyses the rest', async () => {
    const { results } = await analyse(2);
    const broken = results[BROKEN]!;
    expect(broken.article).toBeUndefined();
    expect(broken.problems.some((p) => p.severity === 'error' && p.file === broken.path)).toBe(true);
    expect(results.filter((r) => r.article).length).toBe(COUNT - 1);
  }, 60_000);
});
