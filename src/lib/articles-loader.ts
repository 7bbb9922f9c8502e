/**
 * The Astro content loader for `content/articles/`: reads Markdown and plain-text articles,
 * runs the engine on each one whose text (or the engine) changed since the last build, and stores the result.
 */
import type { Loader } from 'astro/loaders';
import { ARTICLE_ENTRY_FORMAT, articleEntrySchema, articleToEntryData } from './article-entry.ts';
import { engineFingerprint } from './engine-fingerprint.ts';
import { showProgress } from './show-progress.ts';
import { analyseArticleFiles } from './analyse-article-files.ts';
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
      const { files, ids, problems } = await listArticleFiles(options.base);
      const errors: FileProblem[] = [...problems];
      const skipped = new Set<string>(problems.map((p) => p.file));
      const seen = new Set<string>();
      let analysed = 0;
      let reused = 0;
      const pending: { id: string; path: string; digest: string }[] = [];
      const contents = await readFiles(files);
      for (const [i, path] of files.entries()) {
        const id = ids[i]!;
        seen.add(id);
        const bytes = contents[i]!;
        if (bytes instanceof Error) {
          // Unreadable (permissions, removed while building): listed like any other bad file.
          errors.push({ file: path, line: 1, severity: 'error', message: `the file cannot be read (${bytes.message})`, fix: 'check that it exists and is readable' });
          skipped.add(path);
          store.delete(id);
          continue;
        }
        const digest = generateDigest(`${engine}\u0000${ARTICLE_ENTRY_FORMAT}\u0000${bytes.toString('base64')}`);
        const existing = store.get(id);
        if (existing && existing.digest === digest) {
          reused++;
          continue;
        }
        pending.push({ id, path, digest });
      }
      const progress = showProgress('articles analysed', pending.length);
      const results: ArticleFile[] = [];
      let done = 0;
      await analyseArticleFiles(
        pending.map((p) => p.path),
        (index, result) => {
          results[index] = result;
          progress.tick(++done);
        },
      );
      // Stored in file order, whatever order the workers finished in, so that the store is the same every time.
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
        // The file is named relative to the articles folder, so the site is the same wherever the folder is.
        const article = { ...result.article, file: id };
        store.set({ id, data: articleToEntryData(article), digest });
        analysed++;
      }
      progress.end();
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
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
      logger.info(`${analysed + reused} articles: ${analysed} analysed, ${reused} unchanged since the last build`);
    },
  };
}
