/**
 * `npm run bench -- [--n 1000] [--runs 1] [--json] [--keep]`: builds the full digest from N synthetic articles and, in the
 * same run, a bare Astro site of the same articles (one page each, an index, a feed), and prints wall time, peak
 * memory, pages and pages per second for both, their ratios, the engine's own time, and a rebuild after adding
 * one article. Work goes into `.cache/bench/` (inside the project, so the baseline site finds node_modules).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { articleToMarkdown, buildDigest, ingestArticle, processArticle } from '../engine/index.ts';
import { generateArticles, type GeneratedArticle } from './bench/generate-articles.ts';
import { writeBaselineSite } from './bench/baseline-site.ts';

const ROOT = join(import.meta.dirname, '../..');
const NODE = process.execPath;
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');

/** Wall time and peak memory of one build. */
interface BuildRun {
  wallSeconds: number;
  peakMemoryMB: number | null;
  output: string;
}

/**
 * Runs a command under GNU time (when present) to measure its peak resident memory.
 *
 * @example
 * await runTimed(['node', '-e', '1'], {}) // => { wallSeconds: 0.05, peakMemoryMB: 40, output: '' }
 */
export function runTimed(argv: readonly string[], env: Record<string, string>, cwd = ROOT): Promise<BuildRun> {
  const timed = existsSync('/usr/bin/time');
  const [cmd, ...args] = timed ? ['/usr/bin/time', '-f', 'bench-time %e %M', ...argv] : argv;
  const start = performance.now();
  return new Promise((resolve, reject) => {
    execFile(cmd!, args, { cwd, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env }, maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) => {
      const wall = (performance.now() - start) / 1000;
      if (error) {
        reject(new Error(`${argv.join(' ')} failed:\n${stderr.slice(-4000)}`));
        return;
      }
      const m = /bench-time ([\d.]+) (\d+)/.exec(stderr);
      resolve({ wallSeconds: m ? Number(m[1]) : wall, peakMemoryMB: m ? Math.round(Number(m[2]) / 1024) : null, output: `${stdout}\n${stderr}` });
    });
  });
}

async function countPages(dir: string): Promise<number> {
  let n = 0;
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) if (e.isFile() && e.name.endsWith('.html')) n++;
  return n;
}

async function writeArticles(articles: readonly GeneratedArticle[], digestDir: string, baselineDir: string): Promise<void> {
  for (const a of articles) {
    await writeFile(join(digestDir, a.file), a.text);
    await writeFile(join(baselineDir, a.file.replace(/\.txt$/, '.md')), articleToMarkdown(ingestArticle(a)));
  }
}

const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

const median = (xs: readonly number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const maxOf = (xs: readonly (number | null)[]) => (xs.some((x) => x === null) ? null : Math.max(...(xs as number[])));

/**
 * Runs the whole benchmark for `n` articles and returns the figures (the shape `--json` prints). With `runs`
 * above 1, the clean builds of the digest and of the baseline take turns `runs` times, and so do the rebuilds
 * (each adds one more article); times are medians and memory the highest peak, so that a burst of other load
 * on the machine moves neither side alone.
 *
 * @example
 * await runBench(1000, console.error, 3) // => { n: 1000, runs: 3, digest: { wallSeconds: 9.8, … }, … }
 */
export async function runBench(n: number, log: (s: string) => void, runs = 1) {
  const work = join(ROOT, '.cache/bench', `n${n}`);
  await rm(work, { recursive: true, force: true });
  const content = join(work, 'content');
  const baseline = join(work, 'baseline');
  await mkdir(join(content, 'articles'), { recursive: true });
  await writeBaselineSite(baseline);
  const all = generateArticles({ n: n + runs });
  const articles = all.slice(0, n);
  log(`generating ${n} articles in ${work}`);
  await writeArticles(articles, join(content, 'articles'), join(baseline, 'articles'));

  log('engine: analysing in process');
  let t = performance.now();
  const analysed = articles.map(processArticle);
  const engineSeconds = (performance.now() - t) / 1000;
  t = performance.now();
  buildDigest(analysed);
  const crossArticleSeconds = (performance.now() - t) / 1000;

  const digestCache = join(work, 'digest-cache');
  const digestEnv = { DIGEST_CONTENT_DIR: content, DIGEST_CACHE_DIR: digestCache };
  const digestOut = join(work, 'digest-dist');
  const baselineOut = join(work, 'baseline-dist');
  const digestArgs = [NODE, ASTRO, 'build', '--outDir', digestOut];
  const baselineArgs = [NODE, ASTRO, 'build', '--root', baseline, '--outDir', baselineOut];
  const digests: BuildRun[] = [];
  const bases: BuildRun[] = [];
  for (let run = 1; run <= runs; run++) {
    for (const dir of [digestCache, digestOut, baselineOut, join(baseline, 'node_modules'), join(baseline, '.astro')]) await rm(dir, { recursive: true, force: true });
    log(`building the digest from scratch (run ${run} of ${runs})`);
    digests.push(await runTimed(digestArgs, digestEnv));
    log(`building the baseline from scratch (run ${run} of ${runs})`);
    bases.push(await runTimed(baselineArgs, {}, baseline));
  }
  const digestPages = await countPages(digestOut);
  const basePages = await countPages(baselineOut);
  const engineInBuild = digests.map((d) => Number(/\(analysis ([\d.]+) s/.exec(d.output)?.[1] ?? NaN));

  const digestRebuilds: BuildRun[] = [];
  const baseRebuilds: BuildRun[] = [];
  const reanalysed: number[] = [];
  for (let run = 1; run <= runs; run++) {
    log(`adding one article and rebuilding both (run ${run} of ${runs})`);
    await writeArticles(all.slice(n + run - 1, n + run), join(content, 'articles'), join(baseline, 'articles'));
    const again = await runTimed(digestArgs, digestEnv);
    digestRebuilds.push(again);
    reanalysed.push(Number(/(\d+) analysed/.exec(again.output)?.[1] ?? NaN));
    baseRebuilds.push(await runTimed(baselineArgs, {}, baseline));
  }

  const digestSeconds = median(digests.map((d) => d.wallSeconds));
  const baseSeconds = median(bases.map((d) => d.wallSeconds));
  return {
    n,
    runs,
    digest: {
      wallSeconds: round(digestSeconds),
      peakMemoryMB: maxOf(digests.map((d) => d.peakMemoryMB)),
      pages: digestPages,
      pagesPerSecond: round(digestPages / digestSeconds, 1),
      engineSeconds: round(engineSeconds),
      engineInBuildSeconds: round(median(engineInBuild)),
      crossArticleSeconds: round(crossArticleSeconds),
    },
    baseline: {
      wallSeconds: round(baseSeconds),
      peakMemoryMB: maxOf(bases.map((d) => d.peakMemoryMB)),
      pages: basePages,
      pagesPerSecond: round(basePages / baseSeconds, 1),
    },
    rebuildOne: {
      digestSeconds: round(median(digestRebuilds.map((d) => d.wallSeconds))),
      baselineSeconds: round(median(baseRebuilds.map((d) => d.wallSeconds))),
      reanalysed: Math.max(...reanalysed),
    },
  };
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  const nIndex = args.indexOf('--n');
  const n = nIndex >= 0 ? Number(args[nIndex + 1]) : 1000;
  if (!Number.isInteger(n) || n < 1) {
    process.stderr.write('usage: npm run bench -- [--n 1000] [--runs 1] [--json] [--keep]\n');
    process.exit(2);
  }
  const runsIndex = args.indexOf('--runs');
  const runs = runsIndex >= 0 ? Number(args[runsIndex + 1]) : 1;
  if (!Number.isInteger(runs) || runs < 1) {
    process.stderr.write('usage: npm run bench -- [--n 1000] [--runs 1] [--json] [--keep]\n');
    process.exit(2);
  }
  const json = args.includes('--json');
  const figures = await runBench(n, (s) => process.stderr.write(`bench: ${s}\n`), runs);
  if (!args.includes('--keep')) await rm(join(ROOT, '.cache/bench', `n${n}`), { recursive: true, force: true });
  if (json) {
    process.stdout.write(`${JSON.stringify(figures)}\n`);
  } else {
    const { digest: d, baseline: b, rebuildOne: r } = figures;
    const lines = [
      `articles: ${n}${figures.runs > 1 ? ` (median of ${figures.runs} runs each)` : ''}`,
      `digest:   ${d.wallSeconds} s, peak ${d.peakMemoryMB ?? '?'} MB, ${d.pages} pages, ${d.pagesPerSecond} pages/s`,
      `baseline: ${b.wallSeconds} s, peak ${b.peakMemoryMB ?? '?'} MB, ${b.pages} pages, ${b.pagesPerSecond} pages/s`,
      `ratio digest/baseline: time ${round(d.wallSeconds / b.wallSeconds)}, pages/s ${round(d.pagesPerSecond / b.pagesPerSecond)}, memory ${d.peakMemoryMB && b.peakMemoryMB ? round(d.peakMemoryMB / b.peakMemoryMB) : '?'}`,
      `engine: ${d.engineSeconds} s for ${n} articles on one core (${round(n / d.engineSeconds, 0)} articles/s), ${round((100 * d.engineSeconds) / d.wallSeconds, 1)}% of the digest build's time; ` +
        `inside the build (worker threads) ${d.engineInBuildSeconds} s, ${round((100 * d.engineInBuildSeconds) / d.wallSeconds, 1)}%; cross-article ${d.crossArticleSeconds} s`,
      `rebuild after adding one article: digest ${r.digestSeconds} s (${r.reanalysed} re-analysed), baseline ${r.baselineSeconds} s, ratio ${round(r.digestSeconds / r.baselineSeconds)}`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  }
}
