import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashText } from '../engine/hash-text.ts';

let cached: Promise<string> | undefined;

/**
 * A hash of the engine's source and lexicons, so that cached analyses are redone when the engine changes.
 *
 * @example
 * await engineFingerprint() // => '3f2a…' (16 hex digits; changes when any file under src/engine changes)
 */
export function engineFingerprint(): Promise<string> {
  cached ??= (async () => {
    const root = fileURLToPath(new URL('../engine/', import.meta.url));
    const parts: string[] = [];
    const walk = async (dir: string): Promise<void> => {
      const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
      for (const e of entries) {
        const path = join(dir, e.name);
        if (e.isDirectory()) await walk(path);
        else if (/\.(ts|json)$/.test(e.name)) parts.push(e.name, await readFile(path, 'utf8'));
      }
    };
    try {
      await walk(root);
    } catch {
      return 'unknown';
    }
    return hashText(parts.join('\u0000'));
  })();
  return cached;
}
