/**
 * The Astro content loader for `content/articles/`: reads Markdown and plain-text articles, runs the engine
 * (in worker threads) on each one whose text or engine changed since the last build (`analysis-run.ts`), keeps
 * the analyses in the analysis cache and hands them to the pages (`analysis-cache.ts`); the store gets one
 * small entry each.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import type { AnalysedArticle } from '../engine/schema.ts';
import { articleEntrySchema, writeAnalysisCache } from '../build/analysis-cache.ts';
import { startAnalysisRun } from '../build/analysis-run.ts';
import { forgetAnalyses, publishAnalyses, publishContentProblems } from './build-handoff.ts';
import { followFolder } from './follow-folder.ts';
import { showProgress, type Progress } from '../build/show-progress.ts';
import { formatProblem, type FileProblem } from '../build/list-content-files.ts';

/** Options for {@link articlesLoader}. */
export interface ArticlesLoaderOptions {
  /** Folder of articles, relative to the project root. */
  base: string;
  /**
   * `fail` (default) stops the build on any unreadable article (once the actor files are checked too, by
   * the actors loader); `skip` publishes the rest and lists the skipped ones.
   */
  onError?: 'fail' | 'skip';
}

/**
 * Creates the articles loader.
 *
 * @example
 * defineCollection({ loader: articlesLoader({ base: 'content/articles' }) })
 */
export function articlesLoader(options: ArticlesLoaderOptions): Loader {
  let watching = false;
  return {
    name: 'news-digest-articles',
    schema: articleEntrySchema,
    async load(context) {
      await syncArticles(context, options);
      // In `astro dev`, the folder is followed: an added, changed or deleted file runs the sync again, which
      // analyses only the files whose bytes changed (the others come from the analysis cache).
      if (!context.watcher || watching) return;
      watching = true;
      followFolder(context, options.base, () => syncArticles(context, options));
    },
  };
}

/** One pass over the articles folder: analyses what changed and fills the store. */
async function syncArticles({ store, logger, config }: LoaderContext, options: ArticlesLoaderOptions): Promise<void> {
  const onError = options.onError ?? (process.env.DIGEST_ON_ERROR === 'skip' ? 'skip' : 'fail');
  forgetAnalyses();
  const run = startAnalysisRun({ base: options.base, cacheDir: config.cacheDir, root: config.root });
  let progress: Progress | undefined;
  run.watch((done, total) => {
    progress ??= showProgress('articles analysed', total);
    progress.tick(done);
  });
  const outcome = await run.outcome;
  progress?.end();
  const errors: FileProblem[] = [...outcome.problems];
  const skipped = new Set<string>(errors.map((p) => p.file));
  // What this build publishes (by entry id) and what the cache keeps for the next one (by digest).
  const byEntry = new Map<string, AnalysedArticle>();
  const keep = new Map<string, AnalysedArticle>();
  const publish = (id: string, digest: string, article: AnalysedArticle) => {
    // The file is named relative to the articles folder, so the site is the same wherever the folder is.
    byEntry.set(id, article.file === id ? article : { ...article, file: id });
    if (!keep.has(digest)) keep.set(digest, article);
    store.set({ id, data: { analysis: digest }, digest });
  };
  let analysed = 0;
  let reused = 0;
  // A field that failed its check costs that field only: a lenient build publishes the article without it and
  // says so; a strict one stops on the same line, cached or not.
  const fieldErrors = (problems: readonly FileProblem[]) => {
    const located = problems.filter((p) => p.severity === 'error' && p.field);
    if (onError === 'fail') errors.push(...located);
    else for (const p of located) logger.warn(formatProblem({ ...p, severity: 'warning', message: `${p.message.replace(/\.$/, '')}, so the article was published without ${p.field}` }));
  };
  for (const { id, path, digest, cached } of outcome.articles) {
    if (!cached) continue;
    reused++;
    fieldErrors(cached.problems.map((p) => ({ ...p, file: path })));
    publish(id, digest, cached);
  }
  // Published in file order, whatever order the workers finished in, so that every build is the same.
  for (const { id, path, digest, cached, result } of outcome.articles) {
    if (cached) continue;
    if (!result) throw new Error(`${path} was neither analysed nor found in the cache: this is a bug, please report it.`);
    const fileErrors = result.problems.filter((p) => p.severity === 'error' && !p.field);
    for (const p of result.problems) if (p.severity === 'warning') logger.warn(formatProblem(p));
    if (fileErrors.length > 0 || !result.article) {
      errors.push(...result.problems.filter((p) => p.severity === 'error' && p.field));
      errors.push(...fileErrors);
      skipped.add(path);
      store.delete(id);
      continue;
    }
    fieldErrors(result.problems);
    publish(id, digest, { ...result.article, file: id });
    analysed++;
  }
  for (const id of store.keys()) if (!byEntry.has(id)) store.delete(id);
  // A strict build stops once the actor files are checked too (in the actors loader, which waits for the
  // analyses), so that one report names every bad file of both folders; a lenient one lists the skipped
  // articles now. The problems go first: the actors loader reads them as soon as the analyses are out.
  publishContentProblems('articles', onError === 'fail' ? errors : []);
  publishAnalyses(byEntry);
  if (errors.length > 0 && onError === 'skip') {
    logger.warn(`skipped ${skipped.size} article file(s) (DIGEST_ON_ERROR=skip):\n${errors.map(formatProblem).join('\n')}`);
  }
  if (analysed > 0 || keep.size !== outcome.cache.size) await writeAnalysisCache(outcome.cacheFile, keep);
  const seconds = ((performance.now() - outcome.started) / 1000).toFixed(2);
  logger.info(`${analysed + reused} articles: ${analysed} analysed, ${reused} unchanged since the last build (analysis ${seconds} s)`);
}
