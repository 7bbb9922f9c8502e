/**
 * Engine throughput: analyses the development corpus and the site's articles over and over
 * for a few seconds on one core, then prints articles per second (by the clock on the wall, and
 * by the CPU time of the thread that runs the engine, which other processes on a shared machine
 * do not take and the runtime's own garbage-collector and compiler threads do not add to),
 * words per second and peak memory. Run with `npm run bench:engine`; `taskset -c 0 npm run
 * bench:engine` pins the whole process, helper threads too, to one core.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { processArticle } from '../engine/index.ts';

const ROOT = join(import.meta.dirname, '../..');
const FOLDERS = ['tests/fixtures/engine-corpus', 'content/articles'];
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 4);

/**
 * Reads the benchmark's articles: every `.txt` and `.md` file of the given folders.
 *
 * @param root The repository root.
 * @example
 * readBenchArticles('/work/main').length // => 20
 */
export function readBenchArticles(root: string): { file: string; text: string; words: number }[] {
  return FOLDERS.flatMap((folder) =>
    readdirSync(join(root, folder))
      .filter((f) => /\.(txt|md)$/.test(f))
      .map((f) => {
        const text = readFileSync(join(root, folder, f), 'utf8');
        return { file: f, text, words: text.split(/\s+/).filter(Boolean).length };
      }),
  );
}

/**
 * Runs the benchmark and returns its figures.
 *
 * @param articles The articles to analyse in turn.
 * @param seconds How long to run after a warm-up of one second (at least one pass).
 * @example
 * runEngineBench(readBenchArticles(root), 1)
 * // => { articlesPerSecond: 850, articlesPerCpuSecond: 900, wordsPerSecond: 420000, peakMb: 120 }
 */
export function runEngineBench(
  articles: readonly { file: string; text: string; words: number }[],
  seconds: number,
): { articlesPerSecond: number; articlesPerCpuSecond: number; wordsPerSecond: number; peakMb: number } {
  const warmUp = performance.now();
  do for (const a of articles) processArticle(a);
  while (performance.now() - warmUp < 1000);
  let peak = process.memoryUsage().rss;
  let count = 0;
  let words = 0;
  const cpu = process.threadCpuUsage();
  const start = performance.now();
  while (performance.now() - start < seconds * 1000) {
    for (const a of articles) {
      processArticle(a);
      count++;
      words += a.words;
    }
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  const elapsed = (performance.now() - start) / 1000;
  const used = process.threadCpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  return { articlesPerSecond: count / elapsed, articlesPerCpuSecond: count / cpuSeconds, wordsPerSecond: words / elapsed, peakMb: peak / 1024 / 1024 };
}

if (import.meta.main) {
  const articles = readBenchArticles(ROOT);
  const meanWords = Math.round(articles.reduce((n, a) => n + a.words, 0) / articles.length);
  const { articlesPerSecond, articlesPerCpuSecond, wordsPerSecond, peakMb } = runEngineBench(articles, SECONDS);
  const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');
  console.log(`${articles.length} articles (mean ${meanWords} words), ${SECONDS} s on one core`);
  console.log(`engine: ${fmt(articlesPerSecond)} articles/s (${fmt(wordsPerSecond)} words/s), peak memory ${fmt(peakMb)} MB`);
  console.log(`engine: ${fmt(articlesPerCpuSecond)} articles per CPU-second of the engine's thread (its own user and system time)`);
}
