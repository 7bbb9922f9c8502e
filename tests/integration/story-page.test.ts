import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { Element, Root } from 'hast';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { buildSite, defaultArticles, listFiles, makeContent, readPage } from '../support/build-site.ts';
import { $, $$, hrefOf, parseHtml, textOf } from '../support/html.ts';

const site = () => inject('defaultSite');
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });

/** Path of the story with the most sources, as `/digest.json` lists it. */
async function largestStory(dir: string): Promise<string> {
  const document = JSON.parse(await readFile(join(dir, 'digest.json'), 'utf8')) as { stories: { url: string; articles: string[] }[] };
  const story = [...document.stories].sort((a, b) => b.articles.length - a.articles.length)[0]!;
  return new URL(story.url).pathname;
}

/** The section labelled by the heading with this id. */
function section(page: Root, id: string): Element {
  const found = $(page, `main section[aria-labelledby="${id}"]`);
  expect(found, `section #${id}`).toBeDefined();
  return found!;
}

/** Source paths (without the paragraph) of the citation links inside an element. */
function citedSources(el: Element): string[] {
  return [...new Set($$(el, 'a[href^="/sources/"][href*="#p-"], a[href^="/sources/"][href*="#q-"]').map((a) => hrefOf(a).split('#')[0]!))];
}

const parsedSources = new Map<string, Root>();
/** Checks that a `/sources/<slug>/#p-N` link leads to an element with that id. */
async function expectParagraphExists(href: string): Promise<void> {
  const [path, id] = href.split('#') as [string, string];
  expect(path).toMatch(/^\/sources\/[^/]+\/$/);
  if (!parsedSources.has(path)) parsedSources.set(path, parseHtml(await readPage(site(), path)));
  expect($(parsedSources.get(path)!, `[id="${id}"]`), href).toBeDefined();
}

describe('the story page', () => {
  let page: Root;
  beforeAll(async () => {
    page = parseHtml(await readPage(site(), await largestStory(site())));
  });

  test('lists key points, each citing at least two sources by paragraphs that exist', async () => {
    const points = $$(section(page, 'key-points'), 'li');
    expect(points.length).toBeGreaterThan(0);
    for (const point of points) {
      expect(citedSources(point).length, textOf(point)).toBeGreaterThanOrEqual(2);
      for (const link of $$(point, 'a[href*="#p-"]')) await expectParagraphExists(hrefOf(link));
    }
  });

  test('gives who said what as one card per speaker, each with a remark and the outlets that carried it', () => {
    const cards = $$(section(page, 'who-said-what'), '.speaker-card');
    expect(cards.length).toBeGreaterThan(1);
    const speakers = cards.map((card) => textOf($(card, '.speaker .actor')!));
    expect(new Set(speakers).size).toBe(speakers.length);
    for (const card of cards) {
      expect($(card, '.remark'), textOf(card)).toBeDefined();
      const carried = $(card, '.carried')!;
      const count = Number(/^(\d+) sources?/.exec(textOf(carried))?.[1]);
      expect(citedSources(carried).length, textOf(card)).toBe(count);
    }
  });

  test('folds other wordings into <details>, with the differing words marked and each wording cited', () => {
    const wordings = $$(section(page, 'who-said-what'), '.speaker-card details').filter((d) => $(d, 'ul.variants'));
    expect(wordings.length).toBeGreaterThan(0);
    for (const details of wordings) {
      expect(textOf($(details, 'summary')!)).toMatch(/worded it \(\d+\)/);
      for (const variant of $$(details, 'ul.variants > li')) expect(citedSources(variant).length).toBeGreaterThan(0);
    }
    const marked = wordings.flatMap((d) => $$(d, 'mark.diff'));
    expect(marked.length).toBeGreaterThan(0);
    for (const mark of marked) expect(textOf(mark)).not.toBe('');
  });

  test('has an accessible coverage table: a caption and headers with their scope', () => {
    const table = $(section(page, 'coverage'), 'table')!;
    expect(textOf($(table, 'caption')!)).not.toBe('');
    const columns = $$(table, 'thead th');
    expect(columns.length).toBeGreaterThan(1);
    for (const th of columns) expect(th.properties.scope).toBe('col');
    const rows = $$(table, 'tbody tr');
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) {
      expect($(row, 'th')?.properties.scope).toBe('row');
      expect($$(row, 'td')).toHaveLength(columns.length - 1);
      for (const cell of $$(row, 'td')) expect(textOf(cell)).toMatch(/^(\d+|– ?none)$/);
    }
  });

  test('draws the coverage as an inline SVG chart whose accessible name gives every speaker’s figure', () => {
    const coverage = section(page, 'coverage');
    const svg = $(coverage, 'figure.chart svg[role="img"]');
    expect(svg).toBeDefined();
    const label = String(svg!.properties.ariaLabel ?? '');
    for (const th of $$(coverage, 'thead th a[href^="/actors/"]')) expect(label).toContain(textOf(th));
    expect(label).toMatch(/\d+ of \d+ sources?/);
    expect(textOf($(coverage, 'figure.chart figcaption')!)).not.toBe('');
  });

  test('needs no script to read', () => {
    expect($$(page, 'script:not([type="application/ld+json"])')).toEqual([]);
  });
});

describe('the actor page', () => {
  test('charts statements by the day they were first reported, naming only known dates', async () => {
    const page = parseHtml(await readPage(site(), '/actors/emmanuel-macron/'));
    const svg = $(section(page, 'statements'), 'figure.chart svg[role="img"]');
    expect(svg).toBeDefined();
    const label = String(svg!.properties.ariaLabel ?? '');
    expect(label).toMatch(/^Statements by the day they were first reported: \d{1,2} \w{3} \d{4}, \d+ statements?/);
    expect(label).not.toMatch(/unknown|NaN|undefined/);
    expect($$(page, 'script:not([type="application/ld+json"])')).toEqual([]);
  });
});

describe('actor feeds', () => {
  test('every actor page links its feed, which exists and parses as RSS 2.0', async () => {
    const files = await listFiles(site());
    const actorPages = files.filter((f) => /^actors\/[^/]+\/index\.html$/.test(f));
    expect(actorPages.length).toBeGreaterThan(0);
    for (const file of actorPages) {
      const slug = file.split('/')[1]!;
      const feedPath = `/actors/${slug}/rss.xml`;
      const page = parseHtml(await readFile(join(site(), file), 'utf8'));
      expect($(page, `head link[rel="alternate"][type="application/rss+xml"][href="${feedPath}"]`), file).toBeDefined();
      expect($(page, `main a[href="${feedPath}"]`), file).toBeDefined();
      expect(files).toContain(feedPath.slice(1));
      const feed = xml.parse(await readFile(join(site(), feedPath), 'utf8'));
      expect(feed.rss['@version'], feedPath).toBe('2.0');
      expect(feed.rss.channel.title).toBeTruthy();
      expect(feed.rss.channel.link).toMatch(new RegExp(`/actors/${slug}/$`));
      for (const item of [feed.rss.channel.item ?? []].flat()) {
        expect(item.title).toBeTruthy();
        expect(item.link).toContain(`/actors/${slug}/#statement-`);
        expect(item.guid['#text'] ?? item.guid).toBeTruthy();
      }
    }
  });
});

describe('the story feed', () => {
  let withAll: string;
  let withoutOne: string;
  beforeAll(async () => {
    const articles = await defaultArticles();
    withAll = site();
    withoutOne = (await buildSite(await makeContent(articles.slice(1)))).outDir;
  });

  const guids = async (dir: string) => {
    const feed = xml.parse(await readFile(join(dir, 'rss.xml'), 'utf8'));
    const items = [feed.rss.channel.item].flat() as { link: string; guid: { '#text': string } | string }[];
    return new Map(items.map((item) => [new URL(item.link).pathname, typeof item.guid === 'string' ? item.guid : item.guid['#text']]));
  };

  test('gives a story a new guid when it gains a source', async () => {
    const story = await largestStory(withAll);
    const before = (await guids(withoutOne)).get(story);
    const after = (await guids(withAll)).get(story);
    expect(before, `${story} in the smaller build`).toBeTruthy();
    expect(after).toBeTruthy();
    expect(after).not.toBe(before);
  });

  test('keeps the guid when nothing changes', async () => {
    const story = await largestStory(withAll);
    const rebuilt = (await buildSite(await makeContent(await defaultArticles()))).outDir;
    expect((await guids(rebuilt)).get(story)).toBe((await guids(withAll)).get(story));
  });
});
