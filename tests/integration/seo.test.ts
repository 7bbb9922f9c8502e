import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { XMLParser } from 'fast-xml-parser';
import type { Root } from 'hast';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { buildSite, listFiles, makeContent, readPage } from '../support/build-site.ts';
import { $, $$, hrefOf, parseHtml, textOf } from '../support/html.ts';

const site = () => inject('defaultSite');
const origin = 'https://news-digest.example';
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });

/** Route of a built HTML file: `actors/x/index.html` → `/actors/x/`. */
const routeOf = (file: string) => `/${file.replace(/index\.html$/, '')}`;
const meta = (page: Root, key: string) => $(page, `head meta[property="${key}"], head meta[name="${key}"]`)?.properties.content;

/** The JSON-LD nodes of a page (`@graph` flattened). */
function jsonLdOf(page: Root): Record<string, unknown>[] {
  return $$(page, 'script[type="application/ld+json"]').flatMap((script) => {
    const value = JSON.parse(textOf(script)) as { '@graph'?: Record<string, unknown>[] };
    return value['@graph'] ?? [value];
  });
}

describe('page metadata', () => {
  let pages: { file: string; route: string; page: Root }[];
  beforeAll(async () => {
    const files = (await listFiles(site())).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'));
    pages = await Promise.all(files.map(async (file) => ({ file, route: routeOf(file), page: parseHtml(await readFile(join(site(), file), 'utf8')) })));
  });

  test('gives every page its own title and a description', () => {
    const titles = new Map<string, string>();
    for (const { file, page } of pages) {
      const title = textOf($(page, 'head title')!);
      expect(title, file).not.toBe('');
      expect(titles.get(title), `${file} has the title of ${titles.get(title)}`).toBeUndefined();
      titles.set(title, file);
      expect(String(meta(page, 'description') ?? ''), file).not.toBe('');
    }
  });

  test('gives every page but the 404 page a canonical URL that is its own address', () => {
    for (const { file, route, page } of pages) {
      const canonical = $(page, 'head link[rel="canonical"]');
      if (file === '404.html') expect(canonical).toBeUndefined();
      else expect(canonical && hrefOf(canonical), file).toBe(`${origin}${route}`);
    }
  });

  test('has Open Graph and Twitter card tags agreeing with the title and description', () => {
    for (const { file, page } of pages) {
      expect(meta(page, 'og:title'), file).toBeTruthy();
      expect(meta(page, 'og:description'), file).toBe(meta(page, 'description'));
      expect(meta(page, 'og:type'), file).toMatch(/^(website|article|profile)$/);
      expect(meta(page, 'twitter:card'), file).toBe('summary');
      expect(meta(page, 'twitter:title'), file).toBe(meta(page, 'og:title'));
      if (file !== '404.html') expect(meta(page, 'og:url'), file).toBe(`${origin}${routeOf(file)}`);
    }
  });

  test('describes actors as Person or Organization, their remarks as Quotation, sources as NewsArticle', () => {
    const byRoute = new Map(pages.map((p) => [p.route, p.page]));
    const scholz = jsonLdOf(byRoute.get('/actors/olaf-scholz/')!);
    expect(scholz[0]).toMatchObject({ '@type': 'Person', name: 'Olaf Scholz', url: `${origin}/actors/olaf-scholz/` });
    expect(scholz.filter((node) => node['@type'] === 'Quotation').length).toBeGreaterThan(0);
    const kremlin = jsonLdOf(byRoute.get('/actors/kremlin/')!);
    expect(kremlin[0]?.['@type']).toBe('Organization');
    for (const { route, page } of pages.filter((p) => /^\/sources\/[^/]+\/$/.test(p.route))) {
      const [article] = jsonLdOf(page);
      expect(article, route).toMatchObject({ '@type': 'NewsArticle', url: `${origin}${route}` });
      expect(String(article?.headline)).toBe(textOf($(page, 'h1')!));
    }
  });
});

describe('page budgets', () => {
  test('every page weighs at most 60 KB of compressed HTML and CSS and needs no script but the search page’s', async () => {
    const files = (await listFiles(site())).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'));
    for (const file of files) {
      const html = await readFile(join(site(), file));
      const page = parseHtml(html.toString('utf8'));
      let bytes = gzipSync(html, { level: 9 }).length;
      for (const link of $$(page, 'head link[rel="stylesheet"]')) bytes += gzipSync(await readFile(join(site(), hrefOf(link)))).length;
      expect(bytes, file).toBeLessThanOrEqual(60 * 1024);
      const scripts = $$(page, 'script:not([type="application/ld+json"])');
      expect(scripts.length, file).toBe(file === 'search/index.html' ? 1 : 0);
    }
  });
});

describe('sitemap and robots.txt', () => {
  test('the sitemap lists every page but the 404 page', async () => {
    const index = xml.parse(await readFile(join(site(), 'sitemap-index.xml'), 'utf8'));
    const sitemaps = [index.sitemapindex.sitemap].flat().map((s: { loc: string }) => new URL(s.loc).pathname);
    const listed = new Set<string>();
    for (const path of sitemaps) {
      const urlset = xml.parse(await readFile(join(site(), path), 'utf8')).urlset;
      for (const url of [urlset.url].flat() as { loc: string }[]) listed.add(url.loc);
    }
    const files = (await listFiles(site())).filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/') && f !== '404.html');
    expect([...listed].sort()).toEqual(files.map((f) => `${origin}${routeOf(f)}`).sort());
  });

  test('robots.txt allows crawling and names the sitemap', async () => {
    const robots = await readFile(join(site(), 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toContain(`Sitemap: ${origin}/sitemap-index.xml`);
  });
});

describe('an article that tries to break out of the JSON-LD', () => {
  const hostile = '</script><script>alert(1)</script><!--';
  let dir: string;
  beforeAll(async () => {
    const folder = await mkdtemp(join(tmpdir(), 'news-digest-hostile-ld-'));
    const file = join(folder, 'hostile-ld.md');
    await writeFile(
      file,
      [
        '---',
        `title: "${hostile} Minister resigns"`,
        'outlet: "Evil </script> Times"',
        'author: "Mallory <b>"',
        'published: 2024-03-01',
        '---',
        '',
        `Jane Roe, the minister, said: "${hostile} I am leaving today."`,
        '',
        'The minister resigned on Friday after a long dispute over the budget.',
      ].join('\n'),
    );
    dir = (await buildSite(await makeContent([file]))).outDir;
  });

  test('keeps its text inside the JSON-LD, which parses back to the original text', async () => {
    const files = (await listFiles(dir)).filter((f) => f.endsWith('.html'));
    let checked = 0;
    for (const file of files) {
      const html = await readFile(join(dir, file), 'utf8');
      for (const [, body] of html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) {
        expect(body, file).not.toMatch(/<|>/);
        expect(() => JSON.parse(body!), file).not.toThrow();
        checked += 1;
      }
      // No script element besides the JSON-LD and the search page's own script.
      const page = parseHtml(html);
      expect($$(page, 'script:not([type="application/ld+json"])').length, file).toBe(file === 'search/index.html' ? 1 : 0);
    }
    expect(checked).toBeGreaterThan(0);
    const source = parseHtml(await readPage(dir, '/sources/hostile-ld/'));
    const [article] = jsonLdOf(source);
    expect(String(article?.headline)).toContain(hostile);
    expect((article?.publisher as { name: string }).name).toBe('Evil </script> Times');
  });
});
