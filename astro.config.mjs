// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { actorFeeds } from './src/astro/integrations/actor-feeds.ts';
import { pruneStalePages } from './src/astro/integrations/prune-stale-pages.ts';

/**
 * The digest is a static site. `DIGEST_SITE_URL` sets the public address used for canonical
 * links and feed URLs; the default is a placeholder for local builds.
 */
export default defineConfig({
  site: process.env.DIGEST_SITE_URL || 'https://news-digest.example',
  trailingSlash: 'always',
  // Four pages in flight at once: a page's file writes then overlap with rendering the next ones.
  build: { format: 'directory', concurrency: 4 },
  output: 'static',
  // The sitemap lists every page but the 404 page; robots.txt points to it.
  // Actor feeds are written by a worker while the pages render; stale pages of vanished paths are removed.
  integrations: [sitemap({ filter: (page) => !/\/404\/?$/.test(new URL(page).pathname) }), actorFeeds(), pruneStalePages()],
  // The output folder is kept between builds, so that incremental builds leave unchanged pages in place
  // (pruneStalePages removes what no route produces any more).
  vite: { build: { emptyOutDir: false } },
  // Astro 7 defaults to JSX whitespace rules, which drop the space at a line break between text
  // and an element ("merge),<code>"); lossless compression keeps prose in templates as written.
  compressHTML: true,
  // Pages with a `cacheKey` (stories, actors, sources) are rendered again only when what they show changed.
  experimental: { incrementalBuild: true },
  // Tests build several sites at once; each gets its own cache (and so its own content store).
  ...(process.env.DIGEST_CACHE_DIR ? { cacheDir: process.env.DIGEST_CACHE_DIR } : {}),
});
