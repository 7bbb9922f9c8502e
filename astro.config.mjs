// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';

/**
 * The digest is a static site. `DIGEST_SITE_URL` sets the public address used for canonical
 * links and feed URLs; the default is a placeholder for local builds.
 */
export default defineConfig({
  site: process.env.DIGEST_SITE_URL || 'https://news-digest.example',
  trailingSlash: 'always',
  build: { format: 'directory' },
  output: 'static',
  // The sitemap lists every page but the 404 page; robots.txt points to it.
  integrations: [sitemap({ filter: (page) => !/\/404\/?$/.test(new URL(page).pathname) })],
  // Astro 7 defaults to JSX whitespace rules, which drop the space at a line break between text
  // and an element ("merge),<code>"); lossless compression keeps prose in templates as written.
  compressHTML: true,
  // Pages with a `cacheKey` (stories, actors, sources) are rendered again only when what they show changed.
  experimental: { incrementalBuild: true },
  // Tests build several sites at once; each gets its own cache (and so its own content store).
  ...(process.env.DIGEST_CACHE_DIR ? { cacheDir: process.env.DIGEST_CACHE_DIR } : {}),
});
