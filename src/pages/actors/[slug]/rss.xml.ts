/**
 * One feed per actor, served by `astro dev`. A build writes the same feeds in one pass after the pages
 * (`src/integrations/actor-feeds.ts`), so here it lists no paths.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { DigestActor } from '../../../engine/digest/schema.ts';
import { actorFeedXml } from '../../../lib/actor-feed.ts';
import { actorHasPage } from '../../../lib/actor-has-page.ts';
import { getSiteData } from '../../../lib/digest.ts';

export const getStaticPaths = (async () => {
  if (!import.meta.env.DEV) return [];
  const data = await getSiteData();
  return data.digest.actors.filter(actorHasPage).map((actor) => ({ params: { slug: actor.slug }, props: { actor } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ actor: DigestActor }> = async ({ props, site }) => {
  if (!site) throw new Error('Set `site` in astro.config.mjs: feeds need absolute links.');
  const xml = await actorFeedXml(props.actor, await getSiteData(), site);
  return new Response(xml, { headers: { 'content-type': 'application/xml' } });
};
