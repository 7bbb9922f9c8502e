/**
 * `digest add URL` and `digest pull` against a small web on 127.0.0.1 that the tests start (`fake-web.ts`), with
 * `--allow-local`: saved pages of five layouts become articles with the right metadata and no furniture; an RSS, an
 * Atom and a JSON feed are imported once, and a second pull downloads no body; every kind of bad answer is one line
 * and leaves the content folder as it was; a file an editor changed is never overwritten.
 */
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFrontMatter } from '../../src/engine/ingest/read-front-matter.ts';
import { startFakeWeb, type FakeWeb } from '../support/fake-web.ts';
import { runDigest } from '../support/run-digest.ts';

const pagesRoot = fileURLToPath(new URL('../fixtures/saved-pages/', import.meta.url));
let web: FakeWeb;
let layouts: { name: string; html: string; expected: { meta: Record<string, string>; paragraphs: string[]; furniture: string[] } }[];

/** Four paragraphs of about 40 words each, different for each seed: a feed entry's full text. */
function fullText(seed: string): string {
  return [
    `The ${seed} committee met on Monday to discuss the plans for the coming year, and its members agreed that the work on the old harbour wall should start before the end of the spring.`,
    `Members of the ${seed} group said the cost had risen by a third since the first estimate, mostly because of the price of steel and the wages of the engineers who will do the work.`,
    `"We cannot wait another winter," said the chair of the ${seed} committee, who added that the town would ask the region for a grant to cover the part of the cost it cannot pay alone.`,
    `The ${seed} plan will be put to a public meeting in the town hall next month, where residents will be able to ask questions and see drawings of the new wall and the path along it.`,
  ]
    .map((p) => `<p>${p}</p>`)
    .join('');
}

const rss = (base: string) => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Coastline Herald</title><link>${base}/</link><language>en-GB</language>
<item><title>Harbour bridge to close for six months</title><link>${base}/pages/news-site-cookie-banner.html</link><guid isPermaLink="false">herald-1</guid><description>The bridge will close in May.</description><pubDate>Tue, 04 Mar 2025 07:30:00 GMT</pubDate></item>
<item><title>Why the village library matters</title><link>${base}/pages/blog-with-comments.html</link><guid isPermaLink="false">herald-2</guid><description>A volunteer explains.</description></item>
</channel></rss>`;

const atom = (base: string) => `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour Weekly</title><id>urn:harbour-weekly</id><updated>2025-03-05T10:00:00Z</updated>
<entry><title>Wall repairs to start in spring</title><id>urn:harbour-weekly:1</id><link rel="alternate" href="${base}/weekly/1"/><published>2025-03-05T09:00:00Z</published><updated>2025-03-05T10:00:00Z</updated><author><name>Nina Berg</name></author><content type="html">${fullText('harbour').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</content></entry>
<entry><title>Ferry timetable cut again</title><id>urn:harbour-weekly:2</id><link rel="alternate" href="${base}/weekly/2"/><published>2025-03-06T09:00:00Z</published><author><name>Nina Berg</name></author><content type="html">${fullText('ferry').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</content></entry>
</feed>`;

const jsonFeed = (base: string) =>
  JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Valley Notes',
    language: 'en',
    items: [
      { id: 'valley-1', url: `${base}/valley/1`, title: 'Bakery wins national award', content_html: fullText('bakery'), date_published: '2025-03-07T08:00:00Z', authors: [{ name: 'Sam Okafor' }] },
      { id: 'valley-2', url: `${base}/valley/2`, title: 'School roof to be replaced', content_html: fullText('school'), date_published: '2025-03-08T08:00:00Z' },
    ],
  });

beforeAll(async () => {
  layouts = await Promise.all(
    (await readdir(pagesRoot)).sort().map(async (name) => ({
      name,
      html: await readFile(join(pagesRoot, name, 'page.html'), 'utf8'),
      expected: JSON.parse(await readFile(join(pagesRoot, name, 'expected.json'), 'utf8')),
    })),
  );
  web = await startFakeWeb({
    '/loop': { handle: (_req, res) => res.writeHead(302, { location: '/loop' }).end() },
    '/huge': {
      handle: (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        const chunk = Buffer.alloc(1024 * 1024, 'a');
        let sent = 0;
        const pump = () => {
          while (sent < 20 && res.write(chunk)) sent++;
          if (sent >= 20) res.end();
          else res.once('drain', () => (sent++, pump()));
        };
        res.on('error', () => undefined);
        pump();
      },
    },
    '/image.png': { type: 'image/png', body: Buffer.from([0x89, 0x50, 0x4e, 0x47]) },
    '/not-a-feed.xml': { type: 'application/xml', body: 'this is plain text, not XML at all' },
    '/javascript-link.xml': {
      type: 'application/rss+xml',
      body: '<?xml version="1.0"?><rss version="2.0"><channel><title>X</title><item><title>Click</title><link>javascript:alert(1)</link><guid>x-1</guid><description>Short.</description></item></channel></rss>',
    },
  });
  for (const { name, html } of layouts) web.routes.set(`/pages/${name}.html`, { body: html });
  web.routes.set('/rss.xml', { type: 'application/rss+xml; charset=utf-8', body: rss(web.url) });
  web.routes.set('/atom.xml', { type: 'application/atom+xml', body: atom(web.url) });
  web.routes.set('/feed.json', { type: 'application/feed+json', body: jsonFeed(web.url) });
});

afterAll(async () => {
  await web?.close();
});

/** A fresh content folder with an empty `articles/`. */
async function freshContent(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'digest-web-'));
  await mkdir(join(dir, 'articles'));
  return dir;
}

/** Every file of a folder with a digest of its bytes, to tell whether anything changed. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    out[path.slice(dir.length)] = createHash('sha256').update(await readFile(path)).digest('hex');
  }
  return out;
}

async function articlesOf(content: string): Promise<{ file: string; meta: Record<string, unknown>; body: string }[]> {
  const files = (await readdir(join(content, 'articles'))).sort();
  return Promise.all(
    files.map(async (file) => {
      const read = readFrontMatter(await readFile(join(content, 'articles', file), 'utf8'));
      return { file, meta: read.data ?? {}, body: read.body };
    }),
  );
}

describe('digest add URL', () => {
  test('imports saved pages of five layouts with their metadata and without their furniture', async () => {
    expect(layouts.length).toBeGreaterThanOrEqual(5);
    const content = await freshContent();
    const run = await runDigest(['add', ...layouts.map(({ name }) => `${web.url}/pages/${name}.html`), '--dir', join(content, 'articles'), '--allow-local']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const articles = await articlesOf(content);
    expect(articles).toHaveLength(layouts.length);
    for (const { name, expected } of layouts) {
      const article = articles.find((a) => a.meta.title === expected.meta.title);
      expect(article, name).toBeDefined();
      expect(article!.meta, name).toEqual(expected.meta);
      for (const paragraph of expected.paragraphs) expect(article!.body, `${name}: ${paragraph}`).toContain(paragraph.slice(0, 40));
      for (const phrase of expected.furniture) expect(article!.body, `${name}: ${phrase}`).not.toContain(phrase);
      expect(article!.body, name).not.toMatch(/<[a-z][^>]*>/i);
    }
  }, 60_000);

  test('refuses the machine’s own address without --allow-local, in one line, and writes nothing', async () => {
    const content = await freshContent();
    const before = await snapshot(content);
    const run = await runDigest(['add', `${web.url}/pages/${layouts[0]!.name}.html`, '--dir', join(content, 'articles')]);
    expect(run.code).toBe(1);
    expect(run.lines).toEqual([expect.stringMatching(/^digest add: .+ leads to 127\.0\.0\.1, a private or local address\. Fix: .*--allow-local/)]);
    expect(await snapshot(content)).toEqual(before);
  }, 60_000);

  test.each([
    ['a redirect loop', '/loop', /redirects in a loop/],
    ['a 20 MB page', '/huge', /is larger than 10 MB/],
    ['a 404', '/missing.html', /answered HTTP 404 Not Found/],
    ['a content type that is not HTML', '/image.png', /is of type image\/png, not text\/html/],
  ])('answers %s with one line and leaves the folder as it was', async (_name, path, message) => {
    const content = await freshContent();
    const before = await snapshot(content);
    const run = await runDigest(['add', `${web.url}${path}`, '--dir', join(content, 'articles'), '--allow-local']);
    expect(run.code).toBe(1);
    expect(run.lines).toHaveLength(1);
    expect(run.lines[0]).toMatch(new RegExp(`^digest add: .*${message.source}.*\\. Fix: `));
    expect(await snapshot(content)).toEqual(before);
  }, 60_000);

  test('answers a javascript: link with one line before fetching anything', async () => {
    const content = await freshContent();
    const before = await snapshot(content);
    const run = await runDigest(['add', 'javascript:alert(1)', '--dir', join(content, 'articles')]);
    expect(run.code).toBe(2);
    expect(run.lines).toEqual(['digest add: javascript:alert(1) is not an http(s) address. Fix: give the address of an article page, starting with https:// or http://']);
    expect(await snapshot(content)).toEqual(before);
  }, 60_000);

  test('asks only whether the page changed when it is added again, and never overwrites a file an editor changed', async () => {
    const content = await freshContent();
    const articles = join(content, 'articles');
    const url = `${web.url}/pages/wire-minimal.html`;
    expect((await runDigest(['add', url, '--dir', articles, '--allow-local'])).code).toBe(0);
    const [file] = await readdir(articles);
    const hits = web.log.length;
    const again = await runDigest(['add', url, '--dir', articles, '--allow-local']);
    expect(again.lines).toEqual([expect.stringMatching(/unchanged since it was added/)]);
    expect(web.log.slice(hits)).toEqual([expect.objectContaining({ status: 304, bytes: 0, conditional: true })]);

    const edited = `${await readFile(join(articles, file!), 'utf8')}\nAn editor's note.\n`;
    await writeFile(join(articles, file!), edited);
    const original = web.routes.get('/pages/wire-minimal.html')!;
    web.routes.set('/pages/wire-minimal.html', { body: String(original.body).replace('lundi', 'mardi') });
    try {
      const third = await runDigest(['add', url, '--dir', articles, '--allow-local']);
      expect(third.lines).toEqual([expect.stringMatching(/edited since it was imported, so it was not overwritten/)]);
      expect(await readFile(join(articles, file!), 'utf8')).toBe(edited);
      expect(await readdir(articles)).toEqual([file]);
    } finally {
      web.routes.set('/pages/wire-minimal.html', original);
    }
  }, 60_000);
});

describe('digest pull', () => {
  let content: string;
  let first: Awaited<ReturnType<typeof runDigest>>;
  let second: Awaited<ReturnType<typeof runDigest>>;
  let secondHits: FakeWeb['log'];

  beforeAll(async () => {
    content = await freshContent();
    const opml = join(content, 'subscriptions.opml');
    await writeFile(
      opml,
      `<?xml version="1.0"?><opml version="2.0"><head><title>Mine</title></head><body><outline text="News"><outline type="rss" text="Herald" xmlUrl="${web.url}/rss.xml"/><outline type="rss" text="Weekly" xmlUrl="${web.url}/atom.xml"/></outline><outline type="rss" text="Valley" xmlUrl="${web.url}/feed.json"/></body></opml>`,
    );
    first = await runDigest(['pull', content, '--allow-local', '--import-opml', opml]);
    const hits = web.log.length;
    second = await runDigest(['pull', content, '--allow-local']);
    secondHits = web.log.slice(hits);
  }, 90_000);

  test('adds the feeds of an OPML file to content/feeds.yaml', async () => {
    const list = await readFile(join(content, 'feeds.yaml'), 'utf8');
    expect(list).toBe(`feeds:\n  - ${web.url}/rss.xml\n  - ${web.url}/atom.xml\n  - ${web.url}/feed.json\n`);
  });

  test('imports each entry of an RSS, an Atom and a JSON feed once, with a progress line each', async () => {
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const articles = await articlesOf(content);
    expect(articles.map((a) => a.meta.title).sort()).toEqual([
      'Bakery wins national award',
      'Ferry timetable cut again',
      'Harbour bridge to close for six months',
      'School roof to be replaced',
      'Wall repairs to start in spring',
      'Why the village library matters',
    ]);
    expect(first.stdout.match(/^ {2}\[\d+\/\d+\] added /gm)).toHaveLength(6);
  });

  test('fetches the article page when the feed holds only a summary, and takes the text from the feed when it holds it all', async () => {
    const articles = await articlesOf(content);
    const bridge = articles.find((a) => a.meta.title === 'Harbour bridge to close for six months')!;
    expect(bridge.meta.author).toBe('Maria Lindqvist');
    expect(bridge.body).toContain('corroded steel cables');
    const wall = articles.find((a) => a.meta.title === 'Wall repairs to start in spring')!;
    expect(wall.meta).toMatchObject({ outlet: 'Harbour Weekly', author: 'Nina Berg', published: '2025-03-05T09:00:00Z', url: `${web.url}/weekly/1` });
    expect(wall.body).toContain('the old harbour wall should start');
    expect(web.log.some((hit) => hit.path.startsWith('/weekly/'))).toBe(false);
  });

  test('imports nothing the second time and downloads no body that has not changed', () => {
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/^0 article\(s\) imported from 3 feed\(s\)$/m);
    expect(secondHits).toHaveLength(3);
    for (const hit of secondHits) expect(hit).toMatchObject({ status: 304, bytes: 0, conditional: true });
  });

  test.each([
    ['a feed that is not XML', '/not-a-feed.xml', /it is not an RSS, Atom or JSON feed/],
    ['a javascript: link in a feed', '/javascript-link.xml', /javascript:alert\(1\) is not an http\(s\) address/],
    ['a 404 feed', '/gone.xml', /answered HTTP 404/],
  ])('answers %s with one line and leaves the folder as it was', async (_name, path, message) => {
    const dir = await freshContent();
    await writeFile(join(dir, 'feeds.yaml'), `feeds:\n  - ${web.url}${path}\n`);
    const before = await snapshot(dir);
    const run = await runDigest(['pull', dir, '--allow-local']);
    expect(run.code).toBe(1);
    const errors = run.stderr.split('\n').filter(Boolean);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
    expect(errors[0]).toMatch(/\. Fix: /);
    expect(await snapshot(dir)).toEqual(before);
  }, 60_000);
});
