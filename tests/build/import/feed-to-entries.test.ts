import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ingestArticle } from '../../../src/engine/ingest/index.ts';
import { entryToPage, feedToEntries, hasFullText } from '../../../src/build/import/feed-to-entries.ts';
import { addFeedsToList, readFeedList } from '../../../src/build/read-feed-list.ts';

describe('feedToEntries', () => {
  test.each([
    [
      'RSS 2.0 with a guid, dc:creator and content:encoded',
      '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Herald</title><language>en</language><item><title>A</title><link>https://a.example/1</link><guid isPermaLink="false">g-1</guid><dc:creator>Jo Bloggs</dc:creator><pubDate>Tue, 04 Mar 2025 07:30:00 GMT</pubDate><description>Short.</description><content:encoded><![CDATA[<p>Long.</p>]]></content:encoded></item></channel></rss>',
      { title: 'Herald', language: 'en', entries: [{ key: 'g-1', url: 'https://a.example/1', title: 'A', author: 'Jo Bloggs', published: 'Tue, 04 Mar 2025 07:30:00 GMT', content: '<p>Long.</p>', summary: 'Short.' }] },
    ],
    [
      'Atom, keyed by id, with the alternate link',
      '<feed xmlns="http://www.w3.org/2005/Atom"><title>Weekly</title><id>urn:w</id><entry><title>B</title><id>urn:w:1</id><link rel="self" href="https://a.example/self"/><link rel="alternate" href="https://a.example/b"/><published>2025-03-05T09:00:00Z</published><summary>S</summary></entry></feed>',
      { title: 'Weekly', entries: [{ key: 'urn:w:1', url: 'https://a.example/b', title: 'B', published: '2025-03-05T09:00:00Z', summary: 'S' }] },
    ],
    [
      'JSON Feed with plain-text content',
      JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Notes', items: [{ id: 'n1', url: 'https://a.example/n1', content_text: 'One.\n\nTwo & three.' }] }),
      { title: 'Notes', entries: [{ key: 'n1', url: 'https://a.example/n1', content: '<p>One.</p><p>Two &amp; three.</p>' }] },
    ],
    [
      'an entry with neither id nor link left out',
      '<rss version="2.0"><channel><title>T</title><item><title>Nothing to know it by</title></item></channel></rss>',
      { title: 'T', entries: [] },
    ],
  ])('reads %s', (_name, text, expected) => {
    expect(feedToEntries(text)).toEqual(expected);
  });

  test.each([
    ['plain text', 'this is not a feed'],
    ['an HTML page', '<!doctype html><html><body><p>Home page</p></body></html>'],
    ['JSON that is no feed', '{"hello": "world"}'],
  ])('refuses %s with one line', (_name, text) => {
    expect(() => feedToEntries(text)).toThrow(/^it is not an RSS, Atom or JSON feed \(/);
  });
});

describe('hasFullText', () => {
  test.each([
    ['a teaser', '<p>Only a teaser.</p>', false],
    ['120 words', `<p>${'word '.repeat(120)}</p>`, true],
    ['no content', undefined, false],
  ])('%s → %s', (_name, content, expected) => {
    expect(hasFullText({ key: 'k', ...(content ? { content } : {}) })).toBe(expected);
  });
});

describe('entryToPage', () => {
  test('gives the engine the entry’s metadata and text, and markup in a title stays text', () => {
    const html = entryToPage(
      { key: 'k', title: 'Bridge <script>alert(1)</script> "closes"', author: 'Jo', published: 'Tue, 04 Mar 2025 07:30:00 GMT', url: 'https://a.example/1', content: '<p>The bridge closes in May for repairs to its cables.</p><script>globalThis.__pwned = 1</script>' },
      { title: 'Herald', language: 'en' },
    );
    const article = ingestArticle({ file: 'entry.html', text: html });
    expect(article.meta).toEqual({ title: 'Bridge <script>alert(1)</script> "closes"', outlet: 'Herald', author: 'Jo', published: '2025-03-04T07:30:00Z', url: 'https://a.example/1', language: 'en' });
    expect(article.paragraphs.map((p) => p.text)).toEqual(['The bridge closes in May for repairs to its cables.']);
    expect((globalThis as { __pwned?: number }).__pwned).toBeUndefined();
  });
});

describe('readFeedList', () => {
  const write = async (text: string) => {
    const path = join(await mkdtemp(join(tmpdir(), 'feeds-')), 'feeds.yaml');
    await writeFile(path, text);
    return path;
  };

  test('reads addresses and objects with a name, each with its line', async () => {
    const path = await write('feeds:\n  - https://a.example/rss\n  - url: https://b.example/feed.json\n    name: B News\n');
    expect(readFeedList(path)).toEqual({ feeds: [{ url: 'https://a.example/rss', line: 2 }, { url: 'https://b.example/feed.json', line: 3, name: 'B News' }], problems: [] });
  });

  test.each([
    ['a javascript: feed', 'feeds:\n  - https://a.example/rss\n  - javascript:alert(1)\n', 3, /is not an http\(s\) address, so it was left out/],
    ['no feeds list', 'rss: https://a.example/rss\n', 1, /has no `feeds:` list/],
    ['YAML that cannot be read', 'feeds:\n  - [unclosed\n', 2, /is not valid YAML/],
  ])('reports %s at its line', async (_name, text, line, message) => {
    const { problems } = readFeedList(await write(text));
    expect(problems).toEqual([expect.objectContaining({ severity: 'error', line, message: expect.stringMatching(message) })]);
  });

  test('a list that does not exist holds no feeds and says so', () => {
    expect(readFeedList('/nonexistent/feeds.yaml')).toEqual({ feeds: [], problems: [], missing: true });
  });
});

describe('addFeedsToList', () => {
  test.each([
    ['starts a list', '', ['https://a.example/rss'], 'feeds:\n  - https://a.example/rss\n'],
    ['appends, keeping what is written', '# mine\nfeeds:\n  - https://a.example/rss', ['https://a.example/rss', 'https://b.example/atom'], '# mine\nfeeds:\n  - https://a.example/rss\n  - https://b.example/atom\n'],
    ['adds nothing twice', 'feeds:\n  - https://a.example/rss\n', ['https://a.example/rss'], 'feeds:\n  - https://a.example/rss\n'],
  ])('%s', (_name, text, urls, expected) => {
    expect(addFeedsToList(text, urls)).toBe(expected);
  });
});
