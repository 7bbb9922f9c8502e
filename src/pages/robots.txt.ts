/** `/robots.txt`: everything may be crawled; the sitemap is at an absolute address. */
import type { APIRoute } from 'astro';
import { requireSite } from '../astro/require-site.ts';

export const GET: APIRoute = ({ site }) => {
  const body = ['User-agent: *', 'Allow: /', '', `Sitemap: ${new URL('/sitemap-index.xml', requireSite(site, 'robots.txt names the sitemap by its absolute URL')).href}`, ''].join('\n');
  return new Response(body, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
