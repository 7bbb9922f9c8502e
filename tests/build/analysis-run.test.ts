/**
 * An analysis run: it finds every file, analyses only what the cache lacks, and reports bad files as problems.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeAnalysisCache } from '../../src/build/analysis-cache.ts';
import { startAnalysisRun, type AnalysisRunOptions } from '../../src/build/analysis-run.ts';

const ROOT = pathToFileURL(join(import.meta.dirname, '../../'));
const ARTICLE = 'Berlin, 27 February 2024\n\n"We will not send troops," Olaf Scholz said on Tuesday.\n';

let dir: string;
let options: AnalysisRunOptions;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'analysis-run-'));
  await mkdir(join(dir, 'articles/sub'), { recursive: true });
  await writeFile(join(dir, 'articles/a.txt'), ARTICLE);
  await writeFile(join(dir, 'articles/sub/b.md'), `---\ntitle: B\n---\n${ARTICLE.replace('Olaf Scholz', 'Petr Fiala')}`);
  await writeFile(join(dir, 'articles/c.txt'), Buffer.from([0, 159, 146, 150, 0, 0, 1, 2]));
  await writeFile(join(dir, 'articles/d.pdf'), 'not an article');
  options = { base: join(dir, 'articles'), cacheDir: pathToFileURL(join(dir, 'cache/')), root: ROOT };
});

afterAll(() => rm(dir, { recursive: true, force: true }));

describe('startAnalysisRun', () => {
  it('analyses every readable file, in folder order, and reports what is no article', async () => {
    const progress: [number, number][] = [];
    const run = startAnalysisRun(options);
    run.watch((done, total) => progress.push([done, total]));
    const outcome = await run.outcome;
    expect(outcome.articles.map((a) => a.id)).toEqual(['a.txt', 'c.txt', 'sub/b.md']);
    expect(outcome.articles.every((a) => a.result && !a.cached)).toBe(true);
    expect(outcome.articles[0]!.result!.article!.analysis.quotes).toHaveLength(1);
    expect(outcome.articles[1]!.result!.problems.some((p) => p.severity === 'error')).toBe(true);
    expect(outcome.problems.map((p) => p.file)).toEqual([expect.stringMatching(/d\.pdf$/)]);
    expect(progress.at(-1)).toEqual([3, 3]);
    expect(outcome.ended).toBeGreaterThanOrEqual(outcome.started);
  }, 60_000);

  it('takes unchanged files from the cache and analyses only the rest', async () => {
    const first = await startAnalysisRun(options).outcome;
    const a = first.articles.find((x) => x.id === 'a.txt')!;
    await writeAnalysisCache(first.cacheFile, new Map([[a.digest, a.result!.article!]]));
    const again = await startAnalysisRun(options).outcome;
    expect(again.articles.find((x) => x.id === 'a.txt')).toMatchObject({ digest: a.digest, cached: a.result!.article! });
    expect(again.articles.find((x) => x.id === 'a.txt')!.result).toBeUndefined();
    expect(again.articles.find((x) => x.id === 'sub/b.md')!.result?.article).toBeDefined();
  }, 60_000);
});
