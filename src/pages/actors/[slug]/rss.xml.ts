/**
 * One feed per actor: an item per statement, most recent first where dates are known.
 */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import type { DigestActor } from '../../../engine/digest/schema.ts';
import { getSiteData } from '../../../lib/digest.ts';
import { actorPageKey } from '../../../lib/page-cache-key.ts';
import { feedChannelData, feedNamespaces, statementToFeedItem } from '../../../lib/feed-items.ts';
import { actorFeedPath, actorPath } from '../../../lib/page-urls.ts';

export const getStaticPaths = (async () => {
  const data = await getSiteData();
  return data.digest.actors.map((actor) => ({ params: { slug: actor.slug }, props: { actor }, cacheKey: actorPageKey(actor, data, import.meta.env.SITE ?? '') }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ actor: DigestActor }> = async ({ props, site }) => {
  const { actor } = props;
  const data = await getSiteData();
  if (!site) throw new Error('Set `site` in astro.config.mjs: feeds need absolute links.');
  const base = site;
  const items = actor.statements
    .flatMap((id) => data.statements.get(id) ?? [])
    .map((statement) => statementToFeedItem(statement, data, base))
    .sort((a, b) => (b.pubDate?.getTime() ?? -Infinity) - (a.pubDate?.getTime() ?? -Infinity));
  return rss({
    title: `${actor.name}: statements · news-digest`,
    description: `What ${actor.name} said, as reported by the sources of news-digest.`,
    site: new URL(actorPath(actor.slug), base),
    items,
    xmlns: feedNamespaces,
    customData: feedChannelData(new URL(actorFeedPath(actor.slug), base)),
  });
};
