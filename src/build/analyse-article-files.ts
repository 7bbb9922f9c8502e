/**
 * Analyses many article files at once: on a machine with several cores, in worker threads (the engine
 * is pure and each article is independent); otherwise, or for a handful of files, in this thread. The
 * engine is loaded only where it runs, so a build whose articles are all cached never loads it here.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ArticleFile } from './list-content-files.ts';

/** Files a worker is sent at a time: fewer messages, and still an even share of the work at the end. */
const BATCH = 16;

/** Batches sent to a worker ahead of its results, so that it never waits for the next one. */
const IN_FLIGHT = 2;

/** Files per worker below which starting it (loading the engine again, warming it up) costs more than it saves. */
const MIN_FILES_PER_WORKER = 300;

/**
 * Reads and analyses the files, calling `onResult` as each one is done (in any order), and resolves
 * when all are done. Never rejects for a bad file: its problems come back in the result.
 *
 * @param paths Files to analyse.
 * @param onResult Receives the index of the file in `paths` and its result.
 * @param threads How many worker threads to use; defaults to the number of cores, and 1 means this thread.
 * @example
 * await analyseArticleFiles(['content/articles/a.md'], (i, file) => console.log(i, file.article?.meta.title));
 */
export async function analyseArticleFiles(
  paths: readonly string[],
  onResult: (index: number, file: ArticleFile) => void,
  threads = availableParallelism(),
): Promise<void> {
  const count = Math.min(threads, Math.floor(paths.length / MIN_FILES_PER_WORKER));
  if (count <= 1) {
    const { readArticleFile } = await import('./read-article-file.ts');
    for (const [index, path] of paths.entries()) onResult(index, await readArticleFile(path));
    return;
  }
  let next = 0;
  const workers = Array.from({ length: count }, () => new Worker(new URL('./article-worker.ts', import.meta.url)));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let inFlight = 0;
            const send = () => {
              if (next >= paths.length) return inFlight === 0 && resolve();
              const first = next;
              next = Math.min(paths.length, next + BATCH);
              inFlight++;
              worker.postMessage({ first, paths: paths.slice(first, next) });
            };
            worker.on('message', ({ first, results }: { first: number; results: ArticleFile[] }) => {
              inFlight--;
              results.forEach((result, i) => onResult(first + i, result));
              send();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => (next < paths.length || code !== 0 ? reject(new Error(`an analysis worker stopped (exit code ${code})`)) : resolve()));
            for (let i = 0; i < IN_FLIGHT; i++) send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
