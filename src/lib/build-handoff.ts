/**
 * Hands the actor feeds from the pages' build environment to the integration that writes them.
 * Astro renders pages from a bundle loaded in the build process, and integrations run in that same
 * process but import their own copy of every module; a registry on `globalThis` under a
 * `Symbol.for` key is what both copies share.
 */
import type { FeedFile } from './actor-feed.ts';

/** Lists the feed files for a site address. */
export type FeedFileSource = (site: URL) => FeedFile[];

interface Registry {
  source?: FeedFileSource;
  listeners: ((source: FeedFileSource) => void)[];
}

const KEY = Symbol.for('news-digest.actor-feed-files');
const holder = globalThis as typeof globalThis & { [KEY]?: Registry };

function registry(): Registry {
  holder[KEY] ??= { listeners: [] };
  return holder[KEY];
}

/**
 * Called once the digest is computed: makes its feed files available to the integration, and tells it at once.
 *
 * @example
 * publishFeedFiles((site) => actorFeedFiles(data, site));
 */
export function publishFeedFiles(source: FeedFileSource): void {
  const found = registry();
  found.source = source;
  for (const listener of found.listeners.splice(0)) listener(source);
}

/**
 * Calls `listener` with the feed files as soon as the digest is computed (at once if it already is).
 *
 * @example
 * whenFeedFiles((source) => startWriting(source(new URL('https://news-digest.example/'))));
 */
export function whenFeedFiles(listener: (source: FeedFileSource) => void): void {
  const found = registry();
  if (found.source) listener(found.source);
  else found.listeners.push(listener);
}

/**
 * Whether the digest has published its feed files in this build.
 *
 * @example
 * feedFilesPublished() // => true once a page has computed the digest
 */
export function feedFilesPublished(): boolean {
  return registry().source !== undefined;
}

/**
 * Forgets the feed files of an earlier build in this process.
 *
 * @example
 * forgetFeedFiles(); // at the start of a build
 */
export function forgetFeedFiles(): void {
  holder[KEY] = { listeners: [] };
}
