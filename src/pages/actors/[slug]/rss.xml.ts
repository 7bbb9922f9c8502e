/**
 * One feed per actor, served by `astro dev`. A build writes the same feeds in one pass after the pages
 * (`src/astro/integrations/actor-feeds.ts`), so here it lists no paths.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { requireSite } from '../../../astro/require-site.ts';
import type { DigestActor } from '../../../engine/digest/schema.ts';
import { actorFeedXml } from '../../../site/feeds/actor-feed.ts';
import { actorHasPage } from '../../../site/views/actor-has-page.ts';
import { getSiteData } from '../../../astro/get-site-data.ts';

export const getStaticPaths = (async () => {
  if (!import.meta.env.DEV) return [];
  const data = await getSiteData();
  return data.digest.actors.filter(actorHasPage).map((actor) => ({ params: { slug: actor.slug }, props: { actor } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ actor: DigestActor }> = async ({ props, site }) => {
  const xml = await actorFeedXml(props.actor, await getSiteData(), requireSite(site, 'feeds need absolute links'));
  return new Response(xml, { headers: { 'content-type': 'application/xml' } });
};
