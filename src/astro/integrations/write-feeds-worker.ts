/**
 * Worker thread of `actor-feeds.ts`: renders feeds with @astrojs/rss and writes them, a batch per message,
 * on a core of its own while the build's main thread renders pages. Loaded by Node itself (type stripping).
 */
import { getRssString, type RSSOptions } from '@astrojs/rss';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parentPort } from 'node:worker_threads';

parentPort?.on('message', async (batch: { target: string; options: RSSOptions }[]) => {
  try {
    for (const { target, options } of batch) {
      const xml = await getRssString(options);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, xml);
    }
    parentPort?.postMessage({ written: batch.length });
  } catch (error) {
    parentPort?.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});
