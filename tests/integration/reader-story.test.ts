/**
 * What a reader is promised, checked on the built site: on the seeds, and on the seeds with unrelated
 * stories (one of them covered by three outlets).
 */
import { access, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { buildSite, defaultArticles, listFiles, makeContent, projectRoot, readPage } from '../support/build-site.ts';
import { $, $$, hrefOf, parseHtml, textOf } from '../support/html.ts';

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => name === 'item' });

interface DigestJson {
  stories: { slug: string; url: string; headline: string; articles: string[]; keyPoints: { text: string }[]; onlyIn: { text: string; citations: { article: string }[] }[]; statements: string[] }[];
  actors: { slug: string; name: string; kind: string; quotes: string[]; roles: unknown[]; description?: string; statements: string[] }[];
  statements: { id: string; articles: string[] }[];
  articles: { slug: string; displayTitle: string; meta: { published?: string; outlet?: string } }[];
}

const fixtures = (name: string) => join(projectRoot, 'tests/fixtures/articles', name);
async function filesOf(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((f) => /\.(md|txt)$/.test(f)).sort().map((f) => join(dir, f));
}

let mixed = '';
beforeAll(async () => {
  const files = [...(await defaultArticles()), ...(await filesOf(fixtures('other-stories'))), ...(await filesOf(fixtures('bridge-coverage')))];
  mixed = (await buildSite(await makeContent(files))).outDir;
}, 240_000);

const sites: [string, () => string][] = [
  ['the seeds', () => inject('defaultSite')],
  ['the seeds with unrelated stories', () => mixed],
];

/** Facts that two or more sources of their story report, in other words: none may be listed as "only in" one source. */
const REPORTED_BY_SEVERAL: [string, RegExp][] = [
  ['NATO countries ruled out sending troops', /\b(?:ruled?|ruling) out\b.*\btroops\b|\btroops\b.*\bruled? out\b/i],
  ['Macron said there was no consensus', /no consensus/i],
  ['the Kremlin warned of a direct conflict', /(?:direct conflict|inevitability)/i],
  ['40,000 daily crossings of the bridge', /40,000/],
  ['the 25-mile detour', /25-mile/],
  ['the closure harms old-town shops', /old town/i],
  ['the bridge closes to all traffic next month', /close to (?:all )?traffic/i],
];

/** Whether every opening double quotation mark is closed, in order, and straight marks come in pairs. */
function quotesBalance(text: string): boolean {
  const closer: Record<string, string> = { '“': '”', '„': '“', '«': '»' };
  const open: string[] = [];
  let straight = 0;
  for (const char of text) {
    if (char === '"') straight++;
    else if (open.at(-1) === char) open.pop();
    else if (closer[char]) open.push(closer[char]);
    else if (char === '”' || char === '»') return false;
  }
  return open.length === 0 && straight % 2 === 0;
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

describe.each(sites)('on %s', (_name, site) => {
  let digest: DigestJson;
  beforeAll(async () => {
    digest = JSON.parse(await readFile(join(site(), 'digest.json'), 'utf8')) as DigestJson;
  });

  test.each(REPORTED_BY_SEVERAL)('lists no claim that another source reports under "only in": %s', async (_fact, pattern) => {
    for (const story of digest.stories) {
      const listed = story.onlyIn.filter((claim) => pattern.test(claim.text)).map((claim) => claim.text);
      expect(listed, story.slug).toEqual([]);
      const page = parseHtml(await readPage(site(), new URL(story.url).pathname));
      const section = $(page, 'section[aria-labelledby="only-in"]');
      if (section) expect(textOf(section)).not.toMatch(pattern);
    }
  });

  test('lists under "only in" only claims no other source of the story carries word for word', async () => {
    const texts = new Map<string, string>();
    for (const article of digest.articles) {
      const page = parseHtml(await readPage(site(), `/sources/${article.slug}/`));
      texts.set(article.slug, textOf($(page, '.article-text')!));
    }
    for (const story of digest.stories)
      for (const claim of story.onlyIn) {
        const own = claim.citations[0]!.article;
        for (const other of story.articles) if (other !== own) expect(texts.get(other), claim.text).not.toContain(claim.text);
      }
  });

  test('gives no key point with unbalanced quotation marks, and at most five per story', async () => {
    for (const story of digest.stories) {
      expect(story.keyPoints.length, story.slug).toBeLessThanOrEqual(5);
      for (const point of story.keyPoints) expect(quotesBalance(point.text), point.text).toBe(true);
      const page = parseHtml(await readPage(site(), new URL(story.url).pathname));
      for (const li of $$(page, '.key-points > li')) {
        const chips = $(li, '.citations');
        const text = textOf(li).replace(chips ? textOf(chips) : '', '');
        expect(quotesBalance(text), text).toBe(true);
      }
    }
  });

  test('gives an actor without quotes, roles or description no page, no feed and no link', async () => {
    const files = new Set(await listFiles(site()));
    const mentionedOnly = digest.actors.filter((actor) => actor.quotes.length === 0 && actor.roles.length === 0 && !actor.description);
    const quoted = digest.actors.filter((actor) => actor.quotes.length > 0);
    expect(mentionedOnly.length).toBeGreaterThan(0);
    for (const actor of mentionedOnly) {
      expect(files.has(`actors/${actor.slug}/index.html`), actor.slug).toBe(false);
      expect(files.has(`actors/${actor.slug}/rss.xml`), actor.slug).toBe(false);
    }
    for (const actor of quoted) {
      expect(files.has(`actors/${actor.slug}/index.html`), actor.slug).toBe(true);
      expect(files.has(`actors/${actor.slug}/rss.xml`), actor.slug).toBe(true);
    }
    const pages = [...files].filter((file) => file.endsWith('.html'));
    const dead = new Set(mentionedOnly.map((actor) => `/actors/${actor.slug}/`));
    for (const file of pages) {
      const links = $$(parseHtml(await readFile(join(site(), file), 'utf8')), 'a').map(hrefOf);
      expect(links.filter((href) => dead.has(href.split('#')[0]!)), file).toEqual([]);
    }
    const index = parseHtml(await readPage(site(), '/actors/'));
    const alsoMentioned = textOf($(index, 'section[aria-labelledby="also-mentioned"]')!);
    // News outlets the articles only cite are sources, not actors: source pages name them under "Outlets cited".
    const people = mentionedOnly.filter((actor) => actor.kind !== 'outlet');
    expect(people.length).toBeGreaterThan(0);
    for (const actor of people) expect(alsoMentioned).toContain(actor.name);
    for (const actor of mentionedOnly.filter((a) => a.kind === 'outlet')) expect(alsoMentioned).not.toContain(actor.name);
  });

  test('dates every feed item whose sources include a dated one, and links it to a page that exists', async () => {
    const published = new Map(digest.articles.map((article) => [article.slug, article.meta.published]));
    const statements = new Map(digest.statements.map((statement) => [statement.id, statement]));
    const feeds = (await listFiles(site())).filter((file) => file.endsWith('rss.xml'));
    expect(feeds.length).toBeGreaterThan(1);
    let checked = 0;
    for (const feed of feeds) {
      const items = (xml.parse(await readFile(join(site(), feed), 'utf8')) as { rss: { channel: { item?: { link: string; pubDate?: string }[] } } }).rss.channel.item ?? [];
      for (const item of items) {
        const url = new URL(item.link);
        expect(await exists(join(site(), url.pathname, 'index.html')), item.link).toBe(true);
        const sources = url.pathname.startsWith('/stories/')
          ? (digest.stories.find((story) => url.pathname === new URL(story.url).pathname)?.articles ?? [])
          : (statements.get(url.hash.replace(/^#statement-/, ''))?.articles ?? []);
        expect(sources.length, item.link).toBeGreaterThan(0);
        if (sources.some((slug) => published.get(slug))) {
          expect(item.pubDate, item.link).toBeDefined();
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  test('labels every source by its outlet or "Source N", never by a cut-off sentence', async () => {
    const sentences = digest.articles.map((article) => article.displayTitle.replace(/…$/, ''));
    for (const story of digest.stories) {
      const page = parseHtml(await readPage(site(), new URL(story.url).pathname));
      const labels = [...$$(page, '.sources .source-label').map(textOf), ...$$(page, 'a.chip').map((chip) => textOf(chip).replace(/, para\. \d+$/, ''))];
      expect(labels.length).toBeGreaterThan(0);
      for (const label of labels) {
        expect(label, label).not.toContain('…');
        expect(label.split(/\s+/).length, label).toBeLessThanOrEqual(8);
        for (const sentence of sentences) expect(sentence.startsWith(label) && label.length > 20, label).toBe(false);
        const outlets = digest.articles.flatMap((article) => article.meta.outlet ?? []);
        expect(outlets.includes(label) || /^Source \d+(, by [^,]+)?$/.test(label) || /^[\w.-]+\.[a-z]{2,}$/.test(label), label).toBe(true);
      }
    }
  });

  test('heads every source by its headline or its whole opening sentence, not words cut off', async () => {
    for (const story of digest.stories) {
      const page = parseHtml(await readPage(site(), new URL(story.url).pathname));
      for (const link of $$(page, '.sources a[href^="/sources/"]')) expect(textOf(link), story.slug).not.toMatch(/…$/);
    }
  });

  test('links citations of quotes to the quote itself on its source page', async () => {
    const story = [...digest.stories].sort((a, b) => b.articles.length - a.articles.length)[0]!;
    const page = parseHtml(await readPage(site(), new URL(story.url).pathname));
    const links = [...new Set($$(page, 'a[href*="#q-"]').map(hrefOf))];
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      const [path, id] = link.split('#') as [string, string];
      const source = parseHtml(await readPage(site(), path));
      expect($(source, `q[id="${id}"]`), link).toBeDefined();
    }
  });
});

describe('the seeds’ story page', () => {
  let page: ReturnType<typeof parseHtml>;
  let digest: DigestJson;
  beforeAll(async () => {
    digest = JSON.parse(await readFile(join(inject('defaultSite'), 'digest.json'), 'utf8')) as DigestJson;
    page = parseHtml(await readPage(inject('defaultSite'), new URL(digest.stories[0]!.url).pathname));
  });

  test('has a headline that is not one outlet’s headline word for word', () => {
    const headline = textOf($(page, 'h1')!);
    expect(digest.articles.map((article) => article.displayTitle)).not.toContain(headline);
  });

  test('has a section nav leading to sections that exist', () => {
    const targets = $$(page, 'nav.section-nav a').map(hrefOf);
    expect(targets).toEqual(expect.arrayContaining(['#key-points', '#who-said-what', '#sources', '#coverage']));
    for (const target of targets) expect($(page, `[id="${target.slice(1)}"]`), target).toBeDefined();
  });

  test('has one "who said what" card per speaker and no separate reactions or statements sections', () => {
    const speakers = $$(page, '.speaker-card .speaker a, .speaker-card .speaker span.actor').map(textOf);
    expect(speakers.length).toBeGreaterThan(3);
    expect(new Set(speakers).size).toBe(speakers.length);
    expect($(page, '#reactions')).toBeUndefined();
    expect($(page, '#statements')).toBeUndefined();
  });
});

describe('the source page', () => {
  test('shows each paragraph’s number as citations give it, and no file name', async () => {
    const digest = JSON.parse(await readFile(join(inject('defaultSite'), 'digest.json'), 'utf8')) as DigestJson;
    const page = parseHtml(await readPage(inject('defaultSite'), `/sources/${digest.articles[0]!.slug}/`));
    const paragraphs = $$(page, '.article-text p[id^="p-"]');
    expect(paragraphs.length).toBeGreaterThan(1);
    for (const p of paragraphs) expect(Number(p.properties.dataPara)).toBe(Number(String(p.properties.id).slice(2)) + 1);
    expect($$(page, 'dl.facts dt').map(textOf)).not.toContain('File');
  });
});
