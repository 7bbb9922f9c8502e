/**
 * The Astro content loader for `content/articles/`: reads Markdown and plain-text articles, runs the engine
 * (in worker threads) on each one whose text or engine changed since the last build, keeps the analyses in
 * the analysis cache and hands them to the pages (`analysis-cache.ts`); the store gets one small entry each.
 */
import type { Loader } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import type { AnalysedArticle } from '../engine/schema.ts';
import { analyseArticleFiles } from './analyse-article-files.ts';
import { ANALYSIS_CACHE_FORMAT, articleEntrySchema, readAnalysisCache, writeAnalysisCache } from './analysis-cache.ts';
import { publishAnalyses } from './build-handoff.ts';
import { engineFingerprint } from './engine-fingerprint.ts';
import { showProgress } from './show-progress.ts';
import { formatProblem, listArticleFiles, readFiles, type ArticleFile, type FileProblem } from './list-article-files.ts';

/** Options for {@link articlesLoader}. */
export interface ArticlesLoaderOptions {
  /** Folder of articles, relative to the project root. */
  base: string;
  /** `fail` (default) stops the build on any unreadable article; `skip` publishes the rest and lists the skipped ones. */
  onError?: 'fail' | 'skip';
}

/**
 * Creates the articles loader.
 *
 * @example
 * defineCollection({ loader: articlesLoader({ base: 'content/articles' }) })
 */
export function articlesLoader(options: ArticlesLoaderOptions): Loader {
  return {
    name: 'news-digest-articles',
    schema: articleEntrySchema,
    async load({ store, logger, generateDigest, config }) {
      const onError = options.onError ?? (process.env.DIGEST_ON_ERROR === 'skip' ? 'skip' : 'fail');
      const engine = await engineFingerprint(config.root);
      const cacheFile = fileURLToPath(new URL('news-digest/analyses.json', config.cacheDir));
      const cached = await readAnalysisCache(cacheFile);
      const { files, ids, problems } = await listArticleFiles(options.base);
      const errors: FileProblem[] = [...problems];
      const skipped = new Set<string>(problems.map((p) => p.file));
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
      const pending: { id: string; path: string; digest: string }[] = [];
      const contents = await readFiles(files);
      for (const [i, path] of files.entries()) {
        const id = ids[i]!;
        const bytes = contents[i]!;
        if (bytes instanceof Error) {
          // Unreadable (permissions, removed while building): listed like any other bad file.
          errors.push({ file: path, line: 1, severity: 'error', message: `the file cannot be read (${bytes.message})`, fix: 'check that it exists and is readable' });
          skipped.add(path);
          store.delete(id);
          continue;
        }
        const digest = generateDigest(`${engine}\u0000${ANALYSIS_CACHE_FORMAT}\u0000${bytes.toString('base64')}`);
        const known = cached.get(digest) ?? keep.get(digest);
        if (known) {
          reused++;
          publish(id, digest, known);
          continue;
        }
        pending.push({ id, path, digest });
      }
      const progress = showProgress('articles analysed', pending.length);
      const results: ArticleFile[] = [];
      let done = 0;
      const analysisStarted = performance.now();
      await analyseArticleFiles(
        pending.map((p) => p.path),
        (index, result) => {
          results[index] = result;
          progress.tick(++done);
        },
      );
      // Published in file order, whatever order the workers finished in, so that every build is the same.
      for (const [index, { id, path, digest }] of pending.entries()) {
        const result = results[index]!;
        const fileErrors = result.problems.filter((p) => p.severity === 'error');
        for (const p of result.problems) if (p.severity === 'warning') logger.warn(formatProblem(p));
        if (fileErrors.length > 0 || !result.article) {
          errors.push(...fileErrors);
          skipped.add(path);
          store.delete(id);
          continue;
        }
        publish(id, digest, { ...result.article, file: id });
        analysed++;
      }
      progress.end();
      for (const id of store.keys()) if (!byEntry.has(id)) store.delete(id);
      publishAnalyses(byEntry);
      if (analysed > 0 || keep.size !== cached.size) await writeAnalysisCache(cacheFile, keep);
      if (errors.length > 0) {
        const report = errors.map(formatProblem).join('\n');
        if (onError === 'fail') {
          throw new Error(
            `${skipped.size} article file(s) cannot be published:\n${report}\n` +
              'Fix them, or build with DIGEST_ON_ERROR=skip to publish the other articles and list these.',
          );
        }
        logger.warn(`skipped ${skipped.size} article file(s) (DIGEST_ON_ERROR=skip):\n${report}`);
      }
      const analysisSeconds = ((performance.now() - analysisStarted) / 1000).toFixed(2);
      logger.info(`${analysed + reused} articles: ${analysed} analysed, ${reused} unchanged since the last build (analysis ${analysisSeconds} s)`);
    },
  };
}
