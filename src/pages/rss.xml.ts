/**
 * The site feed: one item per story, newest first.
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { requireSite } from '../astro/require-site.ts';
import { getSiteData } from '../astro/get-site-data.ts';
import { feedChannelData, feedNamespaces, storyToFeedItem } from '../site/feeds/feed-items.ts';

export const GET: APIRoute = async ({ site }) => {
  const data = await getSiteData();
  const base = requireSite(site, 'feeds need absolute links');
  const items = data.digest.stories
    .map((story) => storyToFeedItem(story, data, base))
    .sort((a, b) => (b.pubDate?.getTime() ?? -Infinity) - (a.pubDate?.getTime() ?? -Infinity));
  return rss({
    title: 'news-digest: stories',
    description: 'Stories from many outlets: who said what, and which source reported it.',
    site: base,
    items,
    xmlns: feedNamespaces,
    customData: feedChannelData(new URL('/rss.xml', base)),
  });
};
