/**
 * Writes every actor's RSS feed (`actors/<slug>/rss.xml`) once the pages are built.
 *
 * A digest has thousands of actors, and as Astro routes their feeds cost as much as the pages
 * themselves. Here each feed is rendered by the same code the pages use (handed over through
 * `src/lib/build-handoff.ts`) and written only when what it shows changed: a manifest in Astro's
 * cache folder keeps each feed's key (see `src/lib/page-cache-key.ts`) and a fingerprint of the code.
 * Feeds of actors that are gone are removed.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { takeFeedFiles } from '../lib/build-handoff.ts';
import { sourceFingerprint } from '../lib/engine-fingerprint.ts';

/** What the manifest holds between builds. */
interface FeedManifest {
  code: string;
  files: Record<string, string>;
}

const MANIFEST = 'actor-feeds.json';

function readManifest(path: string): FeedManifest {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as FeedManifest;
    return parsed && typeof parsed.files === 'object' ? parsed : { code: '', files: {} };
  } catch {
    return { code: '', files: {} };
  }
}

/** Feed files already in the output folder: `actors/<slug>/rss.xml`. */
function existingFeeds(outDir: string): string[] {
  const actorsDir = join(outDir, 'actors');
  if (!existsSync(actorsDir)) return [];
  return readdirSync(actorsDir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(actorsDir, e.name, 'rss.xml')))
    .map((e) => `actors/${e.name}/rss.xml`);
}

/**
 * The integration. Add it to `integrations` in `astro.config.mjs`.
 *
 * @example
 * export default defineConfig({ integrations: [actorFeeds()] });
 */
export function actorFeeds(): AstroIntegration {
  let root: URL;
  let cacheDir: URL;
  let site: URL | undefined;
  return {
    name: 'news-digest-actor-feeds',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root;
        cacheDir = config.cacheDir;
        site = config.site ? new URL(config.site) : undefined;
      },
      'astro:build:generated': async ({ dir, logger }) => {
        const source = takeFeedFiles();
        if (!source) throw new Error('Actor feeds: no page computed the digest, so there is nothing to write the feeds from.');
        if (!site) throw new Error('Set `site` in astro.config.mjs: feeds need absolute links.');
        const outDir = fileURLToPath(dir);
        const manifestPath = fileURLToPath(new URL(MANIFEST, cacheDir));
        const previous = readManifest(manifestPath);
        const code = await sourceFingerprint(root, ['src/lib', 'src/engine', 'src/integrations']);
        const next: FeedManifest = { code, files: {} };
        let written = 0;
        let unchanged = 0;
        const writes = new Set<Promise<void>>();
        for (const file of source(site)) {
          next.files[file.path] = file.key;
          const target = join(outDir, file.path);
          if (previous.code === code && previous.files[file.path] === file.key && existsSync(target)) {
            unchanged++;
            continue;
          }
          const xml = await file.render();
          // Files are written while the next feeds render; a few dozen writes in flight at most.
          const write: Promise<void> = mkdir(dirname(target), { recursive: true })
            .then(() => writeFile(target, xml))
            .finally(() => writes.delete(write));
          writes.add(write);
          if (writes.size >= 32) await Promise.race(writes.values());
          written++;
        }
        await Promise.all(writes.values());
        let removed = 0;
        for (const path of existingFeeds(outDir)) {
          if (path in next.files) continue;
          rmSync(join(outDir, path), { force: true });
          removed++;
        }
        mkdirSync(dirname(manifestPath), { recursive: true });
        writeFileSync(manifestPath, JSON.stringify(next));
        logger.info(`${written + unchanged} actor feeds: ${written} written, ${unchanged} unchanged${removed ? `, ${removed} removed` : ''}`);
      },
    },
  };
}
