/**
 * Reads, decodes and analyses one article file (Node side; the engine itself never touches files).
 */
import { lstatSync, readFileSync } from 'node:fs';
import { decodeText, processArticle } from '../engine/index.ts';
import { fileError, MAX_ARTICLE_BYTES, toShownPath, type ArticleFile } from './list-article-files.ts';

/**
 * Reads, decodes and analyses one article file. Never throws: unreadable files come back with problems.
 * The file is read synchronously: analysis takes far longer than the read, and in a worker thread
 * waiting for the file system would only leave the thread idle.
 *
 * @param path Path to the file.
 * @example
 * (await readArticleFile('content/articles/a.md')).article?.analysis.quotes.length // => 4
 */
export async function readArticleFile(path: string): Promise<ArticleFile> {
  return readArticleFileSync(path);
}

function readArticleFileSync(path: string): ArticleFile {
  const shown = toShownPath(path);
  try {
    const info = lstatSync(path);
    if (info.size > MAX_ARTICLE_BYTES) {
      return { path: shown, problems: [fileError(shown, `the file is ${(info.size / 1048576).toFixed(1)} MB, over the ${MAX_ARTICLE_BYTES / 1048576} MB limit for one article`, 'split it into separate articles')] };
    }
    const bytes = new Uint8Array(readFileSync(path));
    const decoded = decodeText(bytes);
    const located = decoded.problems.map((p) => ({ ...p, file: shown }));
    if (decoded.problems.some((p) => p.severity === 'error')) return { path: shown, problems: located };
    const article = processArticle({ file: shown, text: decoded.text });
    return { path: shown, article, problems: [...located, ...article.problems.map((p) => ({ ...p, file: shown }))] };
  } catch (error) {
    return { path: shown, problems: [fileError(shown, `the file cannot be read (${(error as Error).message})`, 'check that it exists and is readable')] };
  }
}
