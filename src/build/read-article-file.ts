/**
 * Reads, decodes and analyses one article file (Node side; the engine itself never touches files).
 */
import { decodeText, processArticle } from '../engine/index.ts';
import { ARTICLE_FILES, fileError, readContentFile, toShownPath, type ArticleFile } from './list-content-files.ts';

/**
 * Reads, decodes and analyses one article file, under the policy of every content file (no links, no special
 * files, the size limit: see `readContentFile`). Never throws: unreadable files come back with problems.
 *
 * @param path Path to the file.
 * @example
 * (await readArticleFile('content/articles/a.md')).article?.analysis.quotes.length // => 4
 */
export async function readArticleFile(path: string): Promise<ArticleFile> {
  const shown = toShownPath(path);
  const read = readContentFile(path, ARTICLE_FILES);
  if ('problem' in read) return { path: shown, problems: [read.problem] };
  try {
    const decoded = decodeText(read.bytes);
    const located = decoded.problems.map((p) => ({ ...p, file: shown }));
    if (decoded.problems.some((p) => p.severity === 'error')) return { path: shown, problems: located };
    const article = processArticle({ file: shown, text: decoded.text });
    return { path: shown, article, problems: [...located, ...article.problems.map((p) => ({ ...p, file: shown }))] };
  } catch (error) {
    return { path: shown, problems: [fileError(shown, `the file cannot be read (${(error as Error).message})`, 'check that it exists and is readable')] };
  }
}
