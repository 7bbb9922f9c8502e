/**
 * `/digest.json`: stories, actors, statements, quotes and source articles for other tools.
 * The document is checked against its schema while building, so the published file always matches
 * `/digest.schema.json`.
 */
import type { APIRoute } from 'astro';
import { getSiteData } from '../lib/digest.ts';
import { digestExportSchema, siteDataToExport } from '../lib/digest-export.ts';

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('Set `site` in astro.config.mjs: /digest.json needs absolute links.');
  const document = digestExportSchema.parse(siteDataToExport(await getSiteData(), site));
  return new Response(JSON.stringify(document, null, 1), { headers: { 'content-type': 'application/json' } });
};
