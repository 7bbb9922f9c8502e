/**
 * `/digest.json`: stories, actors, statements, quotes and source articles for other tools.
 * Its type is inferred from `digestExportSchema`, so it has the shape `/digest.schema.json` describes; the tests
 * check the built file against that schema (Ajv) and that parsing with the zod schema changes nothing. It is not
 * parsed again while building: at thousands of articles that took longer than writing the file.
 */
import type { APIRoute } from 'astro';
import { getSiteData } from '../lib/digest.ts';
import { siteDataToExport } from '../lib/digest-export.ts';

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('Set `site` in astro.config.mjs: /digest.json needs absolute links.');
  const document = siteDataToExport(await getSiteData(), site);
  return new Response(JSON.stringify(document), { headers: { 'content-type': 'application/json' } });
};
