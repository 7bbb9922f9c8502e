import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The project root. */
export const projectRoot = resolve(import.meta.dirname, '../..');

/** Where site builds go. */
const outputRoot = join(projectRoot, 'tests/output');

/** Node 24 from the `node` dev dependency, which Astro 7 needs. */
const node = join(projectRoot, 'node_modules/.bin/node');
const astro = join(projectRoot, 'node_modules/astro/bin/astro.mjs');

/**
 * Builds the site from a content folder into a fresh temporary folder and returns its path.
 * Each build gets its own cache folder, so builds never share a content store.
 *
 * @param contentDir Folder holding `articles/` (and optionally `actors/`).
 * @param env Extra environment variables (e.g. `DIGEST_ON_ERROR`).
 * @param reuse The `work` folder of an earlier build to build into again (its cache and output kept), for rebuilds.
 */
export async function buildSite(
  contentDir: string,
  env: Record<string, string> = {},
  reuse?: string,
): Promise<{ outDir: string; work: string; stdout: string; stderr: string }> {
  // Inside the project (tests/output/ is git-ignored): with an output folder outside the working
  // directory, Astro writes its prerender chunks to the shared `.astro/.prerender`, and builds
  // running at the same time (test files run in parallel) overwrite each other's chunks.
  await mkdir(outputRoot, { recursive: true });
  const work = reuse ?? (await mkdtemp(join(outputRoot, 'build-')));
  const outDir = join(work, 'dist');
  const { stdout, stderr } = await run(node, [astro, 'build', '--outDir', outDir], {
    cwd: projectRoot,
    env: { ...process.env, DIGEST_CONTENT_DIR: contentDir, DIGEST_CACHE_DIR: join(work, 'cache'), ASTRO_TELEMETRY_DISABLED: '1', ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { outDir, work, stdout, stderr };
}

/**
 * Indexes a built site for search as `npm run build` does after Astro (`pagefind --site DIR`).
 *
 * @param outDir The built site.
 */
export async function indexSite(outDir: string): Promise<void> {
  await run(join(projectRoot, 'node_modules/.bin/pagefind'), ['--site', outDir], { cwd: projectRoot });
}

/**
 * Makes a content folder in a temporary directory from article files.
 *
 * @param files Paths of article files to copy into `articles/`.
 */
export async function makeContent(files: readonly string[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'news-digest-content-'));
  await mkdir(join(dir, 'articles'), { recursive: true });
  for (const file of files) await cp(file, join(dir, 'articles', file.split('/').at(-1)!));
  return dir;
}

/** The article files of the project's default content. */
export async function defaultArticles(): Promise<string[]> {
  const dir = join(projectRoot, 'content/articles');
  return (await readdir(dir)).filter((f) => /\.(md|txt)$/.test(f)).sort().map((f) => join(dir, f));
}

/** Reads a built page, given its route (e.g. `/actors/x/`). */
export function readPage(outDir: string, route: string): Promise<string> {
  const path = route.endsWith('/') ? join(outDir, route, 'index.html') : join(outDir, route);
  return readFile(path, 'utf8');
}

/** Lists every file of a built site, relative to its root. */
export async function listFiles(outDir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string) => {
    for (const e of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      if (e.isDirectory()) await walk(path);
      else out.push(path.slice(outDir.length + 1));
    }
  };
  await walk(outDir);
  return out.sort();
}

