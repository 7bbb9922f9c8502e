/**
 * Reads, decodes and analyses one article file (Node side; the engine itself never touches files).
 */
import { lstat, readFile } from 'node:fs/promises';
import { decodeText, processArticle } from '../engine/index.ts';
import { fileError, MAX_ARTICLE_BYTES, toShownPath, type ArticleFile } from './list-article-files.ts';

/**
 * Reads, decodes and analyses one article file. Never throws: unreadable files come back with problems.
 *
 * @param path Path to the file.
 */
export async function readArticleFile(path: string): Promise<ArticleFile> {
  const shown = toShownPath(path);
  try {
    const info = await lstat(path);
    if (info.size > MAX_ARTICLE_BYTES) {
      return { path: shown, problems: [fileError(shown, `the file is ${(info.size / 1048576).toFixed(1)} MB, over the ${MAX_ARTICLE_BYTES / 1048576} MB limit for one article`, 'split it into separate articles')] };
    }
    const bytes = new Uint8Array(await readFile(path));
    const decoded = decodeText(bytes);
    const located = decoded.problems.map((p) => ({ ...p, file: shown }));
    if (decoded.problems.some((p) => p.severity === 'error')) return { path: shown, problems: located };
    const article = processArticle({ file: shown, text: decoded.text });
    return { path: shown, article, problems: [...located, ...article.problems.map((p) => ({ ...p, file: shown }))] };
  } catch (error) {
    return { path: shown, problems: [fileError(shown, `the file cannot be read (${(error as Error).message})`, 'check that it exists and is readable')] };
  }
}
