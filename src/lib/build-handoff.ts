/**
 * Hands the actor feeds from the pages' build environment to the integration that writes them.
 * Astro renders pages from a bundle loaded in the build process, and integrations run in that same
 * process but import their own copy of every module; a registry on `globalThis` under a
 * `Symbol.for` key is what both copies share.
 */
import type { FeedFile } from './actor-feed.ts';

/** Lists the feed files for a site address. */
export type FeedFileSource = (site: URL) => FeedFile[];

const KEY = Symbol.for('news-digest.actor-feed-files');
const registry = globalThis as typeof globalThis & { [KEY]?: FeedFileSource };

/**
 * Called once the digest is computed: makes its feed files available to the integration.
 *
 * @example
 * publishFeedFiles((site) => actorFeedFiles(data, site));
 */
export function publishFeedFiles(source: FeedFileSource): void {
  registry[KEY] = source;
}

/**
 * The feed files of this build, or `undefined` when no page computed the digest.
 *
 * @example
 * takeFeedFiles()?.(new URL('https://news-digest.example/')).length // => 3779
 */
export function takeFeedFiles(): FeedFileSource | undefined {
  return registry[KEY];
}
