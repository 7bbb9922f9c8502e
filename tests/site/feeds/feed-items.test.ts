import rss from '@astrojs/rss';
import { XMLParser } from 'fast-xml-parser';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, test } from 'vitest';
import type { Statement } from '../../../src/engine/digest/schema.ts';
import { feedChannelData, feedNamespaces, statementToDate, statementToFeedItem, storyToFeedItem } from '../../../src/site/feeds/feed-items.ts';
import { fixtureDigest, fixtureSiteData } from '../../fixtures/site-digest.ts';

const site = new URL('https://news-digest.example/');
const story = fixtureSiteData.stories.get('macron-troops');
const statement = fixtureSiteData.statements.get('s1');
if (!story || !statement) throw new Error('fixture changed');

/** Builds a whole feed with @astrojs/rss and parses it back. */
async function parseFeed(items: Parameters<typeof rss>[0]['items']) {
  const xml = await (
    await rss({ title: 'T', description: 'D', site, items, xmlns: feedNamespaces, customData: feedChannelData(new URL('/rss.xml', site)) })
  ).text();
  const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'item' }).parse(xml);
  return { xml, channel: parsed.rss.channel };
}

describe('feedChannelData', () => {
  test('adds an atom self link that parses with the atom namespace declared', async () => {
    const { xml, channel } = await parseFeed([]);
    expect(xml).toContain('xmlns:atom="http://www.w3.org/2005/Atom"');
    expect(channel['atom:link']).toMatchObject({ '@_href': 'https://news-digest.example/rss.xml', '@_rel': 'self', '@_type': 'application/rss+xml' });
  });
});

describe('storyToFeedItem', () => {
  test('links the story page and keys the guid on the story version, not as a permalink', async () => {
    const { channel } = await parseFeed([storyToFeedItem(story, fixtureSiteData, site)]);
    const [item] = channel.item;
    expect(item.link).toBe('https://news-digest.example/stories/macron-troops/');
    expect(item.guid).toEqual({ '#text': 'news-digest:story:macron-troops:v1', '@_isPermaLink': 'false' });
  });

  test('changes the guid when the story version changes', () => {
    const a = storyToFeedItem(story, fixtureSiteData, site).customData;
    const b = storyToFeedItem({ ...story, version: 'v2' }, fixtureSiteData, site).customData;
    expect(a).not.toBe(b);
  });

  test.each([
    ['the latest date', { to: '2024-02-28' }, 'Wed, 28 Feb 2024 00:00:00 GMT'],
    ['the earliest date when no latest is known', { from: '2024-02-27T10:00:00Z', to: undefined }, 'Tue, 27 Feb 2024 10:00:00 GMT'],
    ['no date when none is known', { from: undefined, to: undefined }, undefined],
  ])('uses %s as pubDate', async (_name, dates, expected) => {
    const { channel } = await parseFeed([storyToFeedItem({ ...story, ...dates }, fixtureSiteData, site)]);
    expect(channel.item[0].pubDate).toBe(expected);
  });

  test('keeps markup in titles and quotes as text, in the XML and in the description HTML', async () => {
    const { channel } = await parseFeed([storyToFeedItem(story, fixtureSiteData, site)]);
    const [item] = channel.item;
    expect(item.title).toBe('Macron says <nothing> excluded');
    const description = fromHtml(item.description, { fragment: true });
    expect(selectAll('script, title', description)).toEqual([]);
    expect(toString(description)).toContain('</title><script>alert(1)</script> ]]>');
  });

  test('says who said what and lists the sources, with links', async () => {
    const { channel } = await parseFeed([storyToFeedItem(story, fixtureSiteData, site)]);
    const description = fromHtml(channel.item[0].description, { fragment: true });
    expect(toString(description)).toContain('Emmanuel Macron: “nothing should be ruled out” (BBC, The Guardian)');
    expect(selectAll('a', description).map((a) => a.properties.href)).toContain('https://news-digest.example/sources/guardian-troops/');
  });
});

describe('statementToFeedItem', () => {
  test('titles the item with speaker and words and links the statement anchor', async () => {
    const { channel } = await parseFeed([statementToFeedItem(statement, fixtureSiteData, site)]);
    const [item] = channel.item;
    expect(item.title).toBe('Emmanuel Macron: “nothing should be ruled out”');
    expect(item.link).toBe('https://news-digest.example/actors/emmanuel-macron/#statement-s1');
    expect(item.guid['@_isPermaLink']).toBe('false');
    expect(item.pubDate).toBe('Tue, 27 Feb 2024 10:00:00 GMT');
  });

  test('links each wording to the quote itself on its source page, named by the source’s label', () => {
    const description = String(statementToFeedItem(statement, fixtureSiteData, site).description);
    const links = selectAll('a', fromHtml(description, { fragment: true }));
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(String(link.properties.href)).toMatch(/^https:\/\/news-digest\.example\/sources\/[^/]+\/#q-/);
    expect(links.map((link) => toString(link))).toEqual(expect.arrayContaining(['BBC', 'The Guardian']));
  });

  test('changes the guid when the statement gains a source', () => {
    const a = statementToFeedItem(statement, fixtureSiteData, site).customData;
    const b = statementToFeedItem({ ...statement, articles: [...statement.articles, 'new'] }, fixtureSiteData, site).customData;
    expect(a).not.toBe(b);
  });
});

describe('statementToDate', () => {
  const statement = (articles: string[]): Statement => ({ id: 's', speaker: 'x', text: 't', quotes: [], articles, variants: [], wordingDiffers: false });
  const undated = { ...fixtureDigest.articles[0]!, slug: 'undated', meta: {}, story: 'macron-troops' };
  const data = { ...fixtureSiteData, articles: new Map([...fixtureSiteData.articles, ['undated', undated]]) };

  test('takes the earliest dated source', () => {
    expect(statementToDate(statement(['guardian-troops', 'bbc-troops']), data)).toBe('2024-02-27T10:00:00Z');
  });

  test('takes the story’s date when no source of the statement is dated', () => {
    expect(statementToDate(statement(['undated']), data)).toBe('2024-02-28');
  });

  test('gives no date when nothing is dated, never the clock', () => {
    const stories = new Map([['macron-troops', { ...fixtureSiteData.stories.get('macron-troops')!, from: undefined, to: undefined }]]);
    expect(statementToDate(statement(['undated']), { articles: data.articles, stories } as never)).toBeUndefined();
  });
});
