import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashText } from '../engine/hash-text.ts';

const cached = new Map<string, Promise<string>>();

/**
 * A hash of the source files (`.ts`, `.json`, `.astro`) under some folders of the project, so that work
 * cached between builds is redone when the code that produced it changes.
 *
 * @param projectRoot The project's root folder (Astro's `config.root`).
 * @param folders Folders below the root, e.g. `['src/site', 'src/engine']`.
 * @example
 * await sourceFingerprint(new URL('file:///work/main/'), ['src/site']) // => '9b1c…' (16 hex digits)
 */
export function sourceFingerprint(projectRoot: URL, folders: readonly string[]): Promise<string> {
  const key = `${projectRoot.href}\u0000${folders.join('\u0000')}`;
  const known = cached.get(key);
  if (known) return known;
  const computed = (async () => {
    const parts: string[] = [];
    const walk = async (dir: string): Promise<void> => {
      const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
      for (const e of entries) {
        const path = join(dir, e.name);
        if (e.isDirectory()) await walk(path);
        else if (/\.(ts|json|astro)$/.test(e.name)) parts.push(e.name, await readFile(path, 'utf8'));
      }
    };
    try {
      for (const folder of folders) await walk(fileURLToPath(new URL(`${folder.replace(/\/$/, '')}/`, projectRoot)));
    } catch {
      // Without the source there is nothing to key on: a value that never repeats disables the cache.
      return `unreadable-${Math.random()}`;
    }
    return hashText(parts.join('\u0000'));
  })();
  cached.set(key, computed);
  return computed;
}

/**
 * A hash of the engine's source and lexicons, so that cached analyses are redone when the engine changes.
 *
 * @param projectRoot The project's root folder (Astro's `config.root`); the engine is `src/engine/` below it.
 * @example
 * await engineFingerprint(new URL('file:///work/main/')) // => '3f2a…' (16 hex digits; changes when any file under src/engine changes)
 */
export function engineFingerprint(projectRoot: URL): Promise<string> {
  return sourceFingerprint(projectRoot, ['src/engine']);
}
