/**
 * `/digest.json`: stories, actors, statements, quotes and source articles for other tools.
 * Its type is inferred from `digestExportSchema`, so it has the shape `/digest.schema.json` describes; the tests
 * check the built file against that schema (Ajv) and that parsing with the zod schema changes nothing. It is not
 * parsed again while building: at thousands of articles that took longer than writing the file.
 */
import type { APIRoute } from 'astro';
import { requireSite } from '../astro/require-site.ts';
import { getSiteData } from '../astro/get-site-data.ts';
import { siteDataToExport } from '../site/export/digest-export.ts';

export const GET: APIRoute = async ({ site }) => {
  const document = siteDataToExport(await getSiteData(), requireSite(site, '/digest.json needs absolute links'));
  return new Response(JSON.stringify(document), { headers: { 'content-type': 'application/json' } });
};
