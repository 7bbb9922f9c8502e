/**
 * One RSS feed per actor: an item per statement, most recent first where dates are known.
 *
 * The feeds are many (one per actor) and tiny, so a build writes them in a worker thread while the pages
 * render (`src/astro/integrations/actor-feeds.ts`) rather than as one Astro route each; `astro dev` serves the
 * same XML from `src/pages/actors/[slug]/rss.xml.ts`.
 */
import { getRssString, type RSSOptions } from '@astrojs/rss';
import type { DigestActor } from '../../engine/digest/schema.ts';
import type { SiteData } from '../site-data.ts';
import { actorHasPage } from '../views/actor-has-page.ts';
import { feedChannelData, feedNamespaces, statementToFeedItem } from './feed-items.ts';
import { actorPageKey } from '../page-cache-key.ts';
import { actorFeedPath, actorPath } from '../page-urls.ts';

/** A feed file to write: its path inside the output folder, the key of what it shows, and what it holds. */
export interface FeedFile {
  /** Path relative to the output folder, e.g. `actors/emmanuel-macron/rss.xml`. */
  path: string;
  /** Changes whenever the feed's content would change (see `page-cache-key.ts`). */
  key: string;
  /** The feed as options of @astrojs/rss's `getRssString`: plain data that can be sent to a worker thread. */
  options(): RSSOptions;
}

/**
 * The RSS 2.0 document of one actor's statements.
 *
 * @param actor The actor.
 * @param data Site data.
 * @param site Absolute site URL.
 * @example
 * await actorFeedXml(actor, data, new URL('https://news-digest.example/'))
 * // => '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" …><channel><title>Emmanuel Macron: statements · news-digest</title>…'
 */
export function actorFeedXml(actor: DigestActor, data: SiteData, site: URL): Promise<string> {
  return getRssString(actorFeedOptions(actor, data, site));
}

/**
 * The options of @astrojs/rss for one actor's feed, as plain data (URLs as strings).
 *
 * @example
 * actorFeedOptions(actor, data, new URL('https://news-digest.example/')).site
 * // => 'https://news-digest.example/actors/emmanuel-macron/'
 */
export function actorFeedOptions(actor: DigestActor, data: SiteData, site: URL): RSSOptions {
  const items = actor.statements
    .flatMap((id) => data.statements.get(id) ?? [])
    .map((statement) => statementToFeedItem(statement, data, site))
    .sort((a, b) => (b.pubDate?.getTime() ?? -Infinity) - (a.pubDate?.getTime() ?? -Infinity));
  return {
    title: `${actor.name}: statements · news-digest`,
    description: `What ${actor.name} said, as reported by the sources of news-digest.`,
    site: new URL(actorPath(actor.slug), site).href,
    items,
    xmlns: { ...feedNamespaces },
    customData: feedChannelData(new URL(actorFeedPath(actor.slug), site)),
  };
}

/**
 * The feed of every actor with a page (see `actorHasPage`) as a file to write.
 *
 * @example
 * actorFeedFiles(data, new URL('https://news-digest.example/'))[0].path // => 'actors/afghanistan/rss.xml'
 */
export function actorFeedFiles(data: SiteData, site: URL): FeedFile[] {
  return data.digest.actors.filter(actorHasPage).map((actor) => ({
    path: actorFeedPath(actor.slug).slice(1),
    key: actorPageKey(actor, data, site.href),
    options: () => actorFeedOptions(actor, data, site),
  }));
}
