/** `/digest.schema.json`: the JSON Schema of `/digest.json`, generated from its zod schema. */
import type { APIRoute } from 'astro';
import { digestExportJsonSchema } from '../lib/digest-export.ts';

export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('Set `site` in astro.config.mjs: the schema’s $id is absolute.');
  return new Response(JSON.stringify(digestExportJsonSchema(site), null, 2), { headers: { 'content-type': 'application/schema+json' } });
};
