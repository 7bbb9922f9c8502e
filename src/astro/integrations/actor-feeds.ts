/**
 * Writes every actor's RSS feed (`actors/<slug>/rss.xml`).
 *
 * A digest has thousands of actors, and as Astro routes their feeds cost as much as the pages
 * themselves. Here, as soon as the pages' code can compute the site data (asked for through
 * `src/astro/build-handoff.ts`), each feed is described by the same code the pages use and sent to a
 * worker thread, which renders it with @astrojs/rss and writes it on a core of its own while the pages
 * render. Only feeds whose content changed are written: a manifest in Astro's cache folder keeps each
 * feed's key (see `src/site/page-cache-key.ts`) and a fingerprint of the code. Feeds of actors that are
 * gone are removed once the pages are built.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { actorFeedFiles, type FeedFile } from '../../site/feeds/actor-feed.ts';
import { askSiteData, forgetSiteData, siteDataOffered } from '../build-handoff.ts';
import { sourceFingerprint } from '../../build/source-fingerprint.ts';
import { requireSite } from '../require-site.ts';

/** What the manifest holds between builds. */
interface FeedManifest {
  code: string;
  files: Record<string, string>;
}

/** What writing the feeds came to. */
interface FeedsWritten {
  manifest: FeedManifest;
  written: number;
  unchanged: number;
}

const MANIFEST = 'actor-feeds.json';

/** Feeds sent to the worker per message. */
const BATCH = 200;

function readManifest(path: string): FeedManifest {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as FeedManifest;
    return parsed && typeof parsed.files === 'object' && parsed.files !== null ? parsed : { code: '', files: {} };
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

/** Sends the feeds that changed to a worker thread and resolves when all are written. */
async function writeFeeds(files: readonly FeedFile[], outDir: string, previous: FeedManifest, code: string): Promise<FeedsWritten> {
  const manifest: FeedManifest = { code, files: {} };
  const changed: FeedFile[] = [];
  for (const file of files) {
    manifest.files[file.path] = file.key;
    const unchanged = previous.code === code && previous.files[file.path] === file.key && existsSync(join(outDir, file.path));
    if (!unchanged) changed.push(file);
  }
  const result = { manifest, written: changed.length, unchanged: files.length - changed.length };
  if (changed.length === 0) return result;
  const worker = new Worker(new URL('./write-feeds-worker.ts', import.meta.url));
  try {
    await new Promise<void>((resolve, reject) => {
      let next = 0;
      const send = () => {
        if (next >= changed.length) return resolve();
        const batch = changed.slice(next, next + BATCH).map((file) => ({ target: join(outDir, file.path), options: file.options() }));
        next += BATCH;
        worker.postMessage(batch);
      };
      worker.on('message', (reply: { written?: number; error?: string }) => (reply.error ? reject(new Error(`writing actor feeds: ${reply.error}`)) : send()));
      worker.on('error', reject);
      worker.on('exit', (exitCode) => reject(new Error(`the feed writer stopped (exit code ${exitCode})`)));
      send();
    });
  } finally {
    await worker.terminate();
  }
  return result;
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
  let outDir: string;
  let site: URL | undefined;
  let writing: Promise<FeedsWritten> | undefined;
  return {
    name: 'news-digest-actor-feeds',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root;
        cacheDir = config.cacheDir;
        outDir = fileURLToPath(config.outDir);
        site = config.site ? new URL(config.site) : undefined;
      },
      'astro:build:start': () => {
        forgetSiteData();
        // Asks as soon as the pages' code can answer: the site data is then computed once, for the pages and the feeds.
        writing = askSiteData().then(async (data) => {
          const absolute = requireSite(site, 'feeds need absolute links');
          const previous = readManifest(fileURLToPath(new URL(MANIFEST, cacheDir)));
          const code = await sourceFingerprint(root, ['src/engine', 'src/site', 'src/astro']);
          return writeFeeds(actorFeedFiles(data, absolute), outDir, previous, code);
        });
        // A failure is reported when the pages are done (below), not as an unhandled rejection meanwhile.
        writing.catch(() => {});
      },
      'astro:build:generated': async ({ logger }) => {
        if (!writing || !siteDataOffered()) throw new Error('Actor feeds: no page computed the digest, so there is nothing to write the feeds from.');
        const { manifest, written, unchanged } = await writing;
        let removed = 0;
        for (const path of existingFeeds(outDir)) {
          if (path in manifest.files) continue;
          rmSync(join(outDir, path), { force: true });
          removed++;
        }
        const manifestPath = fileURLToPath(new URL(MANIFEST, cacheDir));
        mkdirSync(dirname(manifestPath), { recursive: true });
        writeFileSync(manifestPath, JSON.stringify(manifest));
        logger.info(`${written + unchanged} actor feeds: ${written} written, ${unchanged} unchanged${removed ? `, ${removed} removed` : ''}`);
      },
    },
  };
}
