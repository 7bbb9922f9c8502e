/**
 * One build's pass over the article files: list and read them, find which ones changed since the last build
 * (a digest of their bytes and of the engine's source, looked up in the analysis cache), and analyse those in
 * worker threads. The articles loader turns the outcome into store entries; the run itself touches no store
 * and needs no Astro context.
 */
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { AnalysedArticle } from '../engine/schema.ts';
import { analyseArticleFiles } from './analyse-article-files.ts';
import { ANALYSIS_CACHE_FORMAT, readAnalysisCache } from './analysis-cache.ts';
import { engineFingerprint } from './source-fingerprint.ts';
import { ARTICLE_FILES, listContentFiles, readContentFile, type ArticleFile, type FileProblem } from './list-content-files.ts';

/** Where a run reads from. */
export interface AnalysisRunOptions {
  /** Folder of articles, relative to the working directory (the project root). */
  base: string;
  /** Astro's cache folder: the analysis cache is `news-digest/analyses.json` below it. */
  cacheDir: URL;
  /** The project's root folder (the engine's source, for its fingerprint, is below it). */
  root: URL;
}

/** One readable article file, in folder order. */
export interface ListedArticle {
  /** Path relative to the articles folder: the entry id. */
  id: string;
  /** Path to show in messages. */
  path: string;
  /** Digest of the engine's source and the file's bytes: the key of its analysis in the cache. */
  digest: string;
  /** The analysis of an unchanged file, from the cache. */
  cached?: AnalysedArticle;
  /** What analysing a changed file came to. */
  result?: ArticleFile;
}

/** What a run found. */
export interface AnalysisOutcome {
  /** The cache file, to write back. */
  cacheFile: string;
  /** The cache as the run found it, by digest. */
  cache: ReadonlyMap<string, AnalysedArticle>;
  /** The readable files, in folder order; each has `cached` or `result`. */
  articles: ListedArticle[];
  /** Files that are no articles, or could not be read. */
  problems: FileProblem[];
  /** When the analysis of the changed files started and ended (`performance.now()` of this thread). */
  started: number;
  ended: number;
}

/** A run under way. */
export interface AnalysisRun {
  /** Resolves once every changed file is analysed. */
  outcome: Promise<AnalysisOutcome>;
  /** Calls `listener(done, total)` once the changed files are counted, then as each is analysed. */
  watch(listener: (done: number, total: number) => void): void;
}

/**
 * Starts a run. It never rejects for a bad file: problems come back in the outcome.
 *
 * @example
 * const run = startAnalysisRun({ base: 'content/articles', cacheDir: config.cacheDir, root: config.root });
 * (await run.outcome).articles.filter((a) => a.result).length // => 3 (files analysed this time)
 */
export function startAnalysisRun(options: AnalysisRunOptions): AnalysisRun {
  let done = 0;
  let total: number | undefined;
  let listener: ((done: number, total: number) => void) | undefined;
  const outcome = (async (): Promise<AnalysisOutcome> => {
    const cacheFile = fileURLToPath(new URL('news-digest/analyses.json', options.cacheDir));
    const [engine, cache, listed] = await Promise.all([engineFingerprint(options.root), readAnalysisCache(cacheFile), listContentFiles(options.base, ARTICLE_FILES)]);
    const problems = [...listed.problems];
    const articles: ListedArticle[] = [];
    for (const [i, path] of listed.files.entries()) {
      const read = readContentFile(path, ARTICLE_FILES);
      if ('problem' in read) {
        // Unreadable (permissions, too large, swapped for a link, removed while building): listed like any other bad file.
        problems.push(read.problem);
        continue;
      }
      const digest = createHash('sha1').update(`${engine}\u0000${ANALYSIS_CACHE_FORMAT}\u0000`).update(read.bytes).digest('base64url');
      const cached = cache.get(digest);
      articles.push(cached ? { id: listed.ids[i]!, path, digest, cached } : { id: listed.ids[i]!, path, digest });
    }
    const pending = articles.filter((a) => !a.cached);
    const started = performance.now();
    const count = pending.length;
    total = count;
    listener?.(done, count);
    await analyseArticleFiles(
      pending.map((a) => a.path),
      (index, result) => {
        pending[index]!.result = result;
        listener?.(++done, count);
      },
    );
    return { cacheFile, cache, articles, problems, started, ended: performance.now() };
  })();
  return {
    outcome,
    watch(next) {
      listener = next;
      if (total !== undefined) next(done, total);
    },
  };
}
