/** `/digest.schema.json`: the JSON Schema of `/digest.json`, generated from its zod schema. */
import type { APIRoute } from 'astro';
import { requireSite } from '../astro/require-site.ts';
import { digestExportJsonSchema } from '../site/export/digest-export.ts';

export const GET: APIRoute = ({ site }) => {
  return new Response(JSON.stringify(digestExportJsonSchema(requireSite(site, 'the schema’s $id is absolute')), null, 2), { headers: { 'content-type': 'application/schema+json' } });
};
