/**
 * Removes pages left in the output folder by earlier builds whose routes no longer produce them
 * (an actor merged into another, an article deleted).
 *
 * The output folder is kept between builds (`vite.build.emptyOutDir: false`) so that incremental
 * builds leave unchanged pages where they are instead of deleting and copying back every file.
 * Astro then leaves pages of vanished paths behind; this removes every `index.html` that no route
 * of this build wrote, and the folders that leaves empty.
 *
 * It also removes the search index of the previous build (`pagefind/`): Pagefind adds its files to that
 * folder without removing old ones, so fragments holding the full text of a deleted article would stay
 * on the site. `npm run build` indexes the pages of this build afresh after Astro is done.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, rmdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder Pagefind writes the search index to (`pagefind --site dist`). */
const SEARCH_INDEX_FOLDER = 'pagefind';

/** Removes stale `index.html` files below `dir`; returns how many, and whether `dir` is now empty. */
function prune(dir: string, keep: ReadonlySet<string>, outDir: string): { removed: number; empty: boolean } {
  let removed = 0;
  let left = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const inner = prune(path, keep, outDir);
      removed += inner.removed;
      if (inner.empty) rmdirSync(path);
      else left++;
    } else if (entry.name === 'index.html' && !keep.has(relative(outDir, path))) {
      rmSync(path);
      removed++;
    } else {
      left++;
    }
  }
  return { removed, empty: left === 0 };
}

/**
 * The integration. Add it to `integrations` in `astro.config.mjs`, with `vite.build.emptyOutDir: false`.
 *
 * @example
 * export default defineConfig({ vite: { build: { emptyOutDir: false } }, integrations: [pruneStalePages()] });
 */
export function pruneStalePages(): AstroIntegration {
  // A build into a missing or empty folder has nothing stale to look for.
  let hadOutput = true;
  return {
    name: 'news-digest-prune-stale-pages',
    hooks: {
      'astro:config:done': ({ config }) => {
        const outDir = fileURLToPath(config.outDir);
        hadOutput = existsSync(outDir) && readdirSync(outDir).length > 0;
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        if (!hadOutput) return;
        const outDir = fileURLToPath(dir);
        const keep = new Set<string>();
        for (const urls of assets.values()) for (const url of urls) keep.add(relative(outDir, fileURLToPath(url)));
        const { removed } = prune(outDir, keep, outDir);
        if (removed > 0) logger.info(`removed ${removed} page(s) that no route produces any more`);
        const searchIndex = join(outDir, SEARCH_INDEX_FOLDER);
        if (existsSync(searchIndex)) {
          rmSync(searchIndex, { recursive: true, force: true });
          logger.info(`removed the search index of the previous build (${SEARCH_INDEX_FOLDER}/); it is built again from this build's pages`);
        }
      },
    },
  };
}
