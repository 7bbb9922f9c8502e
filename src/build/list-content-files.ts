/**
 * Finds and reads the editor files of a content folder: articles (`content/articles/`) and actor files
 * (`content/actors/`), under one policy (Node side; the engine itself never touches files). Shared by the
 * content loaders, the `check` command, `analyze` and `add`. It does not load the engine, so a loader can
 * list and hash files without it; `read-article-file.ts` analyses articles and the engine's
 * `readActorFiles` reads actor files.
 *
 * The policy, the same for every kind of file: hidden files and editor droppings are ignored; links,
 * FIFOs, sockets and devices are refused (a link is never followed, not even while reading, so a file
 * swapped for a link after listing is refused too); files of other kinds and files over the size limit
 * are refused; every refusal is a named problem at line 1 of the file.
 */
import { constants, fstatSync, openSync, readSync, closeSync, type Stats } from 'node:fs';
import { readdir, realpath } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import type { AnalysedArticle, FileProblem } from '../engine/schema.ts';

export type { FileProblem } from '../engine/schema.ts';

/** What a folder holds and how much of it is read. */
export interface ContentPolicy {
  /** What one file is called in messages: `article`, `actor file`. */
  noun: string;
  /** Extensions read, lower case with the dot. */
  extensions: ReadonlySet<string>;
  /** Files larger than this are refused. */
  maxBytes: number;
  /** What to do with a file of another kind. */
  otherKindFix: string;
  /** What to do with a file over the limit. */
  tooLargeFix: string;
}

/** Articles: Markdown, plain text or a saved web page, up to 20 MB (an article is text; 5 MB is already a book). */
export const ARTICLE_FILES: ContentPolicy = {
  noun: 'article',
  extensions: new Set(['.md', '.markdown', '.txt', '.html', '.htm']),
  maxBytes: 20 * 1024 * 1024,
  otherKindFix: 'save the article as Markdown (.md), plain text (.txt) or a web page (.html), or move this file out of the folder',
  tooLargeFix: 'split it into separate articles',
};

/** The list of feeds `digest pull` reads: `content/feeds.yaml`, up to 1 MB. */
export const FEED_LIST_FILE: ContentPolicy = {
  noun: 'feed list',
  extensions: new Set(['.yaml', '.yml']),
  maxBytes: 1024 * 1024,
  otherKindFix: 'write the feeds in content/feeds.yaml',
  tooLargeFix: 'list feeds only: one address a line',
};

/** Actor files: `<slug>.md`, up to 1 MB (a name, a few fields and a description). */
export const ACTOR_FILES: ContentPolicy = {
  noun: 'actor file',
  extensions: new Set(['.md']),
  maxBytes: 1024 * 1024,
  otherKindFix: 'save the correction as <slug>.md with YAML front matter, or move this file out of the folder',
  tooLargeFix: 'keep the description short: a few paragraphs at most',
};

/** One article file and what became of it. */
export interface ArticleFile {
  /** Path relative to the working directory, with `/` separators. */
  path: string;
  /** The analysed article, unless the file could not be read as one. */
  article?: AnalysedArticle;
  problems: FileProblem[];
}

/** The files of a folder that may be read, in a stable order. */
export interface ListedFiles {
  /** Paths to show (relative to the working directory when inside it). */
  files: string[];
  /** Paths relative to the folder, with `/` separators, in the same order. */
  ids: string[];
  /** Files refused, and why. */
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

/**
 * True for files that are not content and are skipped without a word: hidden files and editor droppings.
 *
 * @example
 * isIgnoredFile('.DS_Store') // => true
 * isIgnoredFile('a.md~') // => true
 * isIgnoredFile('a.md') // => false
 */
export function isIgnoredFile(name: string): boolean {
  return name.startsWith('.') || name.endsWith('~') || /^#.*#$/.test(name) || /\.(swp|swo|tmp|bak|orig)$/i.test(name);
}

/**
 * Lists the files of a content folder (recursively), in a stable order. Hidden files and editor backups are
 * ignored; links, special files and files of other kinds come back as problems. A folder that does not
 * exist holds no files.
 *
 * @param dir The content folder, e.g. `content/articles`.
 * @param policy {@link ARTICLE_FILES} or {@link ACTOR_FILES}.
 * @example
 * await listContentFiles('content/actors', ACTOR_FILES)
 * // => { files: ['content/actors/petr-fiala.md'], ids: ['petr-fiala.md'], problems: [] }
 */
export async function listContentFiles(dir: string, policy: ContentPolicy): Promise<ListedFiles> {
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
        problems.push(await linkProblem(path, shown, root, policy));
        continue;
      }
      if (entry.isDirectory()) {
        await walk(path);
        continue;
      }
      if (!entry.isFile()) {
        problems.push(specialFileProblem(shown, policy, entry));
        continue;
      }
      if (!policy.extensions.has(extname(entry.name).toLowerCase())) {
        problems.push(fileError(shown, `"${extname(entry.name) || entry.name}" files are not ${policy.noun}s`, policy.otherKindFix));
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
 * Reads one content file under the policy: never through a link, never from a FIFO, socket or device, never
 * more than the size limit. Never throws: a file that cannot be read comes back as its problem. Synchronous,
 * because the analysis that follows takes far longer than the read, and in a worker thread waiting for the
 * file system would only leave the thread idle.
 *
 * @param path The file, as listed or as named on the command line.
 * @param policy {@link ARTICLE_FILES} or {@link ACTOR_FILES}.
 * @example
 * readContentFile('content/actors/petr-fiala.md', ACTOR_FILES) // => { bytes: Uint8Array(…) }
 * readContentFile('content/actors/poland.md', ACTOR_FILES)
 * // => { problem: { file: 'content/actors/poland.md', line: 1, severity: 'error', message: 'the file is a link …', … } }
 */
export function readContentFile(path: string, policy: ContentPolicy): { bytes: Uint8Array } | { problem: FileProblem } {
  const shown = toShownPath(path);
  let fd: number;
  try {
    // O_NOFOLLOW: a link is refused, not read; O_NONBLOCK: opening a FIFO returns at once instead of waiting.
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP' || code === 'EMLINK') return { problem: fileError(shown, 'the file is a link, and links are not followed', linkFix(policy)) };
    if (code === 'ENOENT') return { problem: fileError(shown, 'the file does not exist', 'check the path') };
    if (code === 'EISDIR') return { problem: fileError(shown, 'this is a folder, not a file', `name the ${policy.noun}s in it, one by one`) };
    return { problem: fileError(shown, `the file cannot be read (${(error as Error).message})`, 'check that it exists and is readable') };
  }
  try {
    const info = fstatSync(fd);
    if (info.isDirectory()) return { problem: fileError(shown, 'this is a folder, not a file', `name the ${policy.noun}s in it, one by one`) };
    if (!info.isFile()) return { problem: specialFileProblem(shown, policy, info) };
    if (info.size > policy.maxBytes) return { problem: tooLargeProblem(shown, info.size, policy) };
    const bytes = new Uint8Array(info.size);
    let read = 0;
    while (read < bytes.length) {
      const n = readSync(fd, bytes, read, bytes.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return { bytes: read === bytes.length ? bytes : bytes.subarray(0, read) };
  } catch (error) {
    return { problem: fileError(shown, `the file cannot be read (${(error as Error).message})`, 'check that it exists and is readable') };
  } finally {
    closeSync(fd);
  }
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

/** Names what a link points to (outside the folder, nowhere, or another file of it); links are never read. */
async function linkProblem(path: string, shown: string, root: string, policy: ContentPolicy): Promise<FileProblem> {
  let target: string;
  try {
    target = await realpath(path);
  } catch {
    return fileError(shown, 'the link points to a file that does not exist', 'remove the link or restore its target');
  }
  if (target !== root && !target.startsWith(root + sep)) {
    return fileError(shown, 'the link points outside the content folder, so it is not read', linkFix(policy));
  }
  return fileError(shown, 'the file is a link, and links are not followed, so it is not read', linkFix(policy));
}

function linkFix(policy: ContentPolicy): string {
  return `copy the ${policy.noun} into the folder instead of linking to it`;
}

/** The kinds of file a directory entry or a file's status can tell. */
type FileKind = Pick<Stats, 'isFIFO' | 'isSocket' | 'isCharacterDevice' | 'isBlockDevice'>;

function specialFileProblem(shown: string, policy: ContentPolicy, info: FileKind): FileProblem {
  const kind = info.isFIFO() ? 'a FIFO (named pipe)' : info.isSocket() ? 'a socket' : info.isCharacterDevice() || info.isBlockDevice() ? 'a device' : 'a special file';
  return fileError(shown, `the file is ${kind}, not a regular file, so it is not read`, `replace it with a regular ${policy.noun}, or move it out of the folder`);
}

function tooLargeProblem(shown: string, size: number, policy: ContentPolicy): FileProblem {
  const limit = policy.maxBytes % 1048576 === 0 ? `${policy.maxBytes / 1048576} MB` : policy.maxBytes % 1024 === 0 ? `${policy.maxBytes / 1024} KB` : `${policy.maxBytes} bytes`;
  const actual = size >= 1048576 ? `${(size / 1048576).toFixed(1)} MB` : `${(size / 1024).toFixed(1)} KB`;
  return fileError(shown, `the file is ${actual}, over the ${limit} limit for one ${policy.noun}`, policy.tooLargeFix);
}
