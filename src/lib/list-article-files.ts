/**
 * Finds and reads the article files of a content folder (Node side; the engine itself never touches files).
 * Shared by the content loader, the `check` command and `analyze`. It does not load the engine, so the
 * content loader can list and hash files without it; `read-article-file.ts` analyses.
 */
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import type { AnalysedArticle, Problem } from '../engine/schema.ts';

/** Extensions read as articles. */
export const ARTICLE_EXTENSIONS = new Set(['.md', '.markdown', '.txt']);

/** Files larger than this are refused (an article is text; 5 MB is already a book). */
export const MAX_ARTICLE_BYTES = 20 * 1024 * 1024;

/** A problem located in a file, printed as `file:line: message (fix: …)`. */
export interface FileProblem extends Problem {
  file: string;
}

/** One file of the folder and what became of it. */
export interface ArticleFile {
  /** Path relative to the working directory, with `/` separators. */
  path: string;
  /** The analysed article, unless the file could not be read as one. */
  article?: AnalysedArticle;
  problems: FileProblem[];
}

/**
 * Formats a problem the way editors and compilers expect: `path:line: message. Fix: …`.
 *
 * @example
 * formatProblem({ file: 'content/articles/a.md', line: 3, severity: 'error', message: 'published is not a date', fix: 'write it as 2024-02-27' })
 * // => 'content/articles/a.md:3: error: published is not a date. Fix: write it as 2024-02-27'
 */
export function formatProblem(p: FileProblem): string {
  return `${p.file}:${p.line}: ${p.severity}: ${p.message.replace(/\.$/, '')}. Fix: ${p.fix}`;
}

/** True for files that are not articles and are skipped without a word: hidden files and editor droppings. */
export function isIgnoredFile(name: string): boolean {
  return name.startsWith('.') || name.endsWith('~') || /^#.*#$/.test(name) || /\.(swp|swo|tmp|bak|orig)$/i.test(name);
}

/**
 * Lists the article files of a folder (recursively), in a stable order. Hidden files and editor backups
 * are ignored; files of other kinds and links leading outside the folder come back with an error.
 *
 * @param dir The content folder, e.g. `content/articles`.
 * @returns `files` as paths to show, `ids` as paths relative to `dir` (same order), and the problems found.
 */
export async function listArticleFiles(dir: string): Promise<{ files: string[]; ids: string[]; problems: FileProblem[] }> {
  const files: string[] = [];
  const problems: FileProblem[] = [];
  let root: string;
  try {
    root = await realpath(dir);
  } catch {
    return { files, ids: [], problems };
  }
  const walk = async (folder: string): Promise<void> => {
    const entries = (await readdir(folder, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (isIgnoredFile(entry.name)) continue;
      const path = join(folder, entry.name);
      const shown = toShownPath(path);
      if (entry.isSymbolicLink()) {
        let target: string;
        try {
          target = await realpath(path);
        } catch {
          problems.push(fileError(shown, 'the link points to a file that does not exist', 'remove the link or restore its target'));
          continue;
        }
        if (target !== root && !target.startsWith(root + sep)) {
          problems.push(fileError(shown, 'the link points outside the content folder, so it is not read', 'copy the article into the folder instead of linking to it'));
          continue;
        }
        if ((await stat(target)).isDirectory()) continue;
      } else if (entry.isDirectory()) {
        await walk(path);
        continue;
      } else if (!entry.isFile()) continue;
      if (!ARTICLE_EXTENSIONS.has(extname(entry.name).toLowerCase())) {
        problems.push(
          fileError(shown, `"${extname(entry.name) || entry.name}" files are not articles`, 'save the article as Markdown (.md) or plain text (.txt), or move this file out of the folder'),
        );
        continue;
      }
      files.push(path);
    }
  };
  await walk(root);
  const ids = files.map((f) => relative(root, f).split(sep).join('/'));
  return { files: files.map(toShownPath), ids, problems };
}

/**
 * Reads the bytes of many files, a few dozen at a time, in order. A file that cannot be read comes back
 * as its error instead of stopping the others.
 *
 * @param paths Files to read.
 * @example
 * const [bytes] = await readFiles(['content/articles/a.md']); // => [<Buffer …>] or [Error: ENOENT …]
 */
export async function readFiles(paths: readonly string[], atOnce = 32): Promise<(Buffer | Error)[]> {
  const out: (Buffer | Error)[] = [];
  for (let i = 0; i < paths.length; i += atOnce) {
    const batch = paths.slice(i, i + atOnce).map((path) => readFile(path).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error)))));
    out.push(...(await Promise.all(batch)));
  }
  return out;
}

/**
 * A problem that stops a file from being read, at its first line.
 *
 * @example
 * fileError('a.md', 'the file is empty', 'write the article') // => { file: 'a.md', line: 1, severity: 'error', … }
 */
export function fileError(file: string, message: string, fix: string): FileProblem {
  return { file, line: 1, severity: 'error', message, fix };
}

/**
 * A path as messages show it: relative to the working directory when inside it, with `/` separators.
 *
 * @example
 * toShownPath('/work/main/content/articles/a.md') // => 'content/articles/a.md' (run from /work/main)
 */
export function toShownPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return (rel.startsWith('..') ? path : rel).split(sep).join('/');
}
