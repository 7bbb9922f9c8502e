import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { buildSite, defaultArticles, listFiles, makeContent, projectRoot, readPage } from '../support/build-site.ts';
import { $, $$, hrefOf, parseHtml, textOf } from '../support/html.ts';

const site = () => inject('defaultSite');
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });

/** Page furniture of the seed articles that must not reach any page. */
const BOILERPLATE = ['Listen to this article', 'Loading audio', 'Picture: Alamy', 'Read more:', 'More Latest News', 'Thomas Tuchel', 'Lucy Letby', 'contributed to the report'];

describe('the site built from content/', () => {
  test('has the home, story, actor, source, about and 404 pages and the feed', async () => {
    const files = await listFiles(site());
    for (const page of ['index.html', 'about/index.html', 'actors/index.html', 'sources/index.html', 'rss.xml', '404.html'])
      expect(files).toContain(page);
    expect(files.filter((f) => /^stories\/[^/]+\/index\.html$/.test(f)).length).toBeGreaterThan(0);
    expect(files.filter((f) => /^sources\/[^/]+\/index\.html$/.test(f)).length).toBe((await defaultArticles()).length);
  });

  test.each(['emmanuel-macron', 'olaf-scholz', 'dmitry-peskov'])('shows quotes of %s, each linked to a quote or paragraph that exists', async (slug) => {
    const page = parseHtml(await readPage(site(), `/actors/${slug}/`));
    expect($$(page, 'main blockquote, main q').length).toBeGreaterThan(0);
    const links = $$(page, 'main a[href*="/sources/"][href*="#p-"], main a[href*="/sources/"][href*="#q-"]').map(hrefOf);
    expect(links.length).toBeGreaterThan(0);
    for (const link of new Set(links)) {
      const [path, id] = link.split('#') as [string, string];
      const source = parseHtml(await readPage(site(), path));
      expect($(source, `[id="${id}"]`), link).toBeDefined();
    }
  });

  test('publishes an RSS 2.0 feed with a self link and one item per story', async () => {
    const feed = xml.parse(await readFile(join(site(), 'rss.xml'), 'utf8'));
    expect(feed.rss['@version']).toBe('2.0');
    const items = [feed.rss.channel.item].flat();
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      expect(item.title).toBeTruthy();
      expect(item.link).toMatch(/\/stories\/[^/]+\/$/);
      expect(item.guid).toBeTruthy();
    }
    const self = [feed.rss.channel['atom:link']].flat().find((l: Record<string, string>) => l['@rel'] === 'self');
    expect(self?.['@href']).toMatch(/\/rss\.xml$/);
  });

  test('gives every actor a feed of their statements, linked from their page, whose items link to that page', async () => {
    const files = await listFiles(site());
    const actors = files.filter((f) => /^actors\/[^/]+\/index\.html$/.test(f)).map((f) => f.split('/')[1]!);
    expect(actors.length).toBeGreaterThan(10);
    expect(files.filter((f) => /^actors\/[^/]+\/rss\.xml$/.test(f)).length).toBe(actors.length);
    let items = 0;
    for (const slug of actors) {
      const page = parseHtml(await readPage(site(), `/actors/${slug}/`));
      const feedLink = $$(page, 'head link[rel="alternate"][type="application/rss+xml"]').map(hrefOf);
      expect(feedLink.some((href) => href.endsWith(`/actors/${slug}/rss.xml`)), slug).toBe(true);
      const feed = xml.parse(await readFile(join(site(), 'actors', slug, 'rss.xml'), 'utf8'));
      expect(feed.rss['@version']).toBe('2.0');
      const self = [feed.rss.channel['atom:link']].flat().find((l: Record<string, string>) => l['@rel'] === 'self');
      expect(self?.['@href'], slug).toMatch(new RegExp(`/actors/${slug}/rss\\.xml$`));
      const feedItems = [feed.rss.channel.item ?? []].flat();
      items += feedItems.length;
      for (const item of feedItems) expect(item.link, slug).toContain(`/actors/${slug}/`);
    }
    expect(items).toBeGreaterThan(0);
  });

  test('links the feed from the head of every page', async () => {
    for (const file of (await listFiles(site())).filter((f) => f.endsWith('.html'))) {
      const page = parseHtml(await readFile(join(site(), file), 'utf8'));
      expect($(page, 'head link[rel="alternate"][type="application/rss+xml"]'), file).toBeDefined();
    }
  });

  test('shows none of the articles’ page furniture on any page or feed', async () => {
    for (const file of (await listFiles(site())).filter((f) => /\.(html|xml)$/.test(f))) {
      const text = await readFile(join(site(), file), 'utf8');
      for (const phrase of BOILERPLATE) expect(text.includes(phrase), `${file} contains "${phrase}"`).toBe(false);
    }
  });
});

describe('adding an article on another subject', () => {
  let before: string;
  let after: string;
  beforeAll(async () => {
    before = site();
    const extra = join(projectRoot, 'tests/fixtures/articles/other-stories/harbour-bridge-closure.txt');
    const content = await makeContent([...(await defaultArticles()), extra]);
    after = (await buildSite(content)).outDir;
  });

  const storySources = async (dir: string) => {
    const home = parseHtml(await readPage(dir, '/'));
    const stories = [...new Set($$(home, 'main a[href*="/stories/"]').map(hrefOf))];
    const out = new Map<string, string[]>();
    for (const story of stories) {
      const page = parseHtml(await readPage(dir, story));
      const sources = [...new Set($$(page, 'main a[href*="/sources/"]').map((a) => hrefOf(a).split('#')[0]!))].sort();
      out.set(story, sources);
    }
    return out;
  };

  test('adds its source page, its actors and its quotes', async () => {
    const added = (await listFiles(after)).filter((f) => !f.startsWith('_astro'));
    const had = new Set(await listFiles(before));
    const newSources = added.filter((f) => /^sources\/[^/]+\/index\.html$/.test(f) && !had.has(f));
    expect(newSources).toHaveLength(1);
    const actor = parseHtml(await readPage(after, '/actors/helen-okafor/'));
    expect(textOf($(actor, 'main')!)).toContain('The safety of the travelling public has to come first.');
  });

  test('leaves the story of the other articles as it was', async () => {
    const was = await storySources(before);
    const is = await storySources(after);
    expect(is.size).toBe(was.size + 1);
    for (const sources of was.values()) expect([...is.values()]).toContainEqual(sources);
  });
});
