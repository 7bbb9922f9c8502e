/**
 * The site feed: one item per story, newest first.
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getSiteData } from '../lib/digest.ts';
import { feedChannelData, feedNamespaces, storyToFeedItem } from '../lib/feed-items.ts';

export const GET: APIRoute = async ({ site }) => {
  const data = await getSiteData();
  if (!site) throw new Error('Set `site` in astro.config.mjs: feeds need absolute links.');
  const base = site;
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
