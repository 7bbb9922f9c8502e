/**
 * The site's public address, which canonical links, feeds and JSON-LD need absolute: set by `site` in
 * `astro.config.mjs` (from `DIGEST_SITE_URL`).
 */

/**
 * Returns the site's address, or stops the build naming what needed it.
 *
 * @param site `Astro.site` (or `context.site` in an endpoint, `config.site` in an integration).
 * @param need What the address is for, e.g. `'feeds need absolute links'`.
 * @throws When `site` is not set.
 * @example
 * requireSite(new URL('https://news-digest.example/'), 'feeds need absolute links').href // => 'https://news-digest.example/'
 * requireSite(undefined, 'feeds need absolute links') // throws 'Set `site` in astro.config.mjs: feeds need absolute links.'
 */
export function requireSite(site: URL | undefined, need: string): URL {
  if (!site) throw new Error(`Set \`site\` in astro.config.mjs: ${need}.`);
  return site;
}
