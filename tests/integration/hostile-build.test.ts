/**
 * Builds the site from the hostile fixtures (`tests/fixtures/hostile/`): by default the build fails
 * listing every bad file; with DIGEST_ON_ERROR=skip it publishes the good articles, lists the skipped
 * ones, and nothing from content executes or breaks a feed. Two builds of the same content are
 * byte-identical.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Element, Root, RootContent } from 'hast';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { buildSite, listFiles, readPage } from '../support/build-site.ts';
import { makeHostileContent, readHostileCases, type HostileCase } from '../support/hostile-content.ts';
import { $, $$, parseHtml, textOf } from '../support/html.ts';

/** Cases whose generated files are only big: built on their own, so that the other builds stay fast. */
const BIG = new Set(['large-article', 'many-short-lines']);

let cases: HostileCase[];
let bigCases: HostileCase[];
let skipped: { outDir: string; output: string };
let failed: { code: unknown; output: string };
let big: { outDir: string; output: string };
let content: string;

// Builds run one after another: Astro writes its prerender chunks to `.astro/.prerender` in the
// project when the output folder is outside it, so parallel builds would overwrite each other's.
beforeAll(async () => {
  const all = await readHostileCases();
  cases = all.filter((c) => !BIG.has(c.name));
  bigCases = all.filter((c) => BIG.has(c.name));
  content = await makeHostileContent(cases);
  const built = await buildSite(content, { DIGEST_ON_ERROR: 'skip' });
  skipped = { outDir: built.outDir, output: `${built.stdout}\n${built.stderr}` };
  failed = await buildSite(content).then(
    () => ({ code: 0, output: '' }),
    (error: { code: unknown; stdout: string; stderr: string }) => ({ code: error.code, output: `${error.stdout}\n${error.stderr}` }),
  );
  const bigBuild = await buildSite(await makeHostileContent(bigCases));
  big = { outDir: bigBuild.outDir, output: `${bigBuild.stdout}\n${bigBuild.stderr}` };
});

const errorProblems = () => cases.flatMap(({ name, expected }) => expected.problems.filter((p) => p.severity === 'error').map((p) => ({ name, ...p })));

describe('a build of the hostile fixtures without DIGEST_ON_ERROR', () => {
  test('fails', () => {
    expect(failed.code).not.toBe(0);
    expect(failed.output).toMatch(/\d+ article file\(s\) cannot be published/);
  });

  test('lists every bad file at once, each as file:line: error: message. Fix: …', () => {
    for (const problem of errorProblems()) {
      const prefix = `${content}/articles/${problem.file}:${problem.line}: error: ${problem.message}`;
      expect(failed.output.split('\n').some((line) => line.includes(prefix) && line.includes('. Fix: ')), `${problem.name}: ${prefix}`).toBe(true);
    }
  });

  test('names the option that publishes the other articles', () => {
    expect(failed.output).toContain('DIGEST_ON_ERROR=skip');
  });
});

describe('a build of the hostile fixtures with DIGEST_ON_ERROR=skip', () => {
  test('lists every skipped file with its reason in the build output', () => {
    expect(skipped.output).toMatch(/skipped \d+ article file\(s\) \(DIGEST_ON_ERROR=skip\)/);
    for (const problem of errorProblems().filter((p) => !p.field)) {
      const prefix = `${content}/articles/${problem.file}:${problem.line}: error: ${problem.message}`;
      expect(skipped.output.includes(prefix), `${problem.name}: ${prefix}`).toBe(true);
    }
  });

  test('publishes an article whose front matter field is bad without that field, warning with the file, line and reason', () => {
    const fieldProblems = errorProblems().filter((p) => p.field);
    expect(fieldProblems.length).toBeGreaterThanOrEqual(3);
    const lines = skipped.output.split('\n');
    for (const problem of fieldProblems) {
      const prefix = `${content}/articles/${problem.file}:${problem.line}: warning: ${problem.message}, so the article was published without ${problem.field}. Fix: `;
      expect(lines.filter((line) => line.includes(prefix)), `${problem.name}: ${prefix}`).toHaveLength(1);
      expect(skipped.output, problem.name).not.toContain(`${problem.file}:${problem.line}: error:`);
    }
  });

  test('shows no trace of a dropped field on the article’s page', async () => {
    const hidden = cases.flatMap(({ name, expected }) => Object.entries(expected.hides ?? {}).map(([slug, texts]) => ({ name, slug, texts })));
    expect(hidden.length).toBeGreaterThanOrEqual(2);
    for (const { name, slug, texts } of hidden) {
      const page = textOf($(parseHtml(await readPage(skipped.outDir, `/sources/${slug}/`)), 'main')!);
      for (const text of texts) expect(page, `${name}: ${text}`).not.toContain(text);
    }
  });

  test('warns about files read as Windows-1252', () => {
    for (const file of ['windows-1252.md', 'latin-1.txt']) expect(skipped.output).toContain(`${content}/articles/${file}`);
  });

  test('publishes a source page for every readable article, and none for the others', async () => {
    const files = new Set(await listFiles(skipped.outDir));
    for (const { name, expected } of cases) {
      for (const slug of expected.published) expect(files.has(`sources/${slug}/index.html`), `${name}: ${slug}`).toBe(true);
      for (const slug of expected.notPublished ?? []) expect(files.has(`sources/${slug}/index.html`), `${name}: ${slug}`).toBe(false);
    }
    const sources = [...files].filter((f) => /^sources\/[^/]+\/index\.html$/.test(f));
    expect(sources).toHaveLength(cases.reduce((n, c) => n + c.expected.published.length, 0));
  });
  test('shows each article’s text as written: decoded, never mojibake', async () => {
    for (const { name, expected } of cases) {
      for (const [slug, texts] of Object.entries(expected.shows ?? {})) {
        const page = textOf($(parseHtml(await readPage(skipped.outDir, `/sources/${slug}/`)), 'main')!);
        for (const text of texts) expect(page, `${name}: ${text}`).toContain(text);
      }
    }
  });

  test('has no mojibake or replacement characters on any page or feed', async () => {
    for (const file of await pageAndFeedFiles(skipped.outDir)) {
      const text = await readFile(join(skipped.outDir, file), 'utf8');
      expect(text, file).not.toMatch(/\ufffd|â€|Ã[\u0080-\u00bf]/);
    }
  });

  test('has no bidirectional control or zero-width space on any page, feed or data file (titles, outlets and bylines lose them)', async () => {
    // The zero-width joiner and non-joiner are left out: body text needs them (emoji sequences, Persian words).
    for (const file of await pageAndFeedFiles(skipped.outDir)) {
      const text = await readFile(join(skipped.outDir, file), 'utf8');
      expect(text, file).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\u200b\u2060\ufeff]/);
    }
  });

  test('shows an article saved twice once, naming the file it was also saved as', async () => {
    const page = textOf($(parseHtml(await readPage(skipped.outDir, '/sources/dam-report/')), 'main')!);
    expect(page).toContain('dam-report-copy');
  });

  test('shows every outlet that ran an article saved twice', async () => {
    const page = textOf($(parseHtml(await readPage(skipped.outDir, '/sources/dam-report/')), 'main')!);
    expect(page).toContain('Hill Gazette');
  });

  test('marks reprinted wire copy on both source pages', async () => {
    for (const slug of ['wire-north-gazette', 'wire-south-herald']) {
      const page = textOf($(parseHtml(await readPage(skipped.outDir, `/sources/${slug}/`)), 'main')!);
      expect(page).toMatch(/reprint/i);
    }
  });

  test('emits no script, frame, style, event handler or dangerous URL from content in any page', async () => {
    const ownScripts = await siteScripts(inject('defaultSite'));
    for (const file of (await listFiles(skipped.outDir)).filter((f) => f.endsWith('.html'))) {
      const tree = parseHtml(await readFile(join(skipped.outDir, file), 'utf8'));
      for (const problem of findUnsafeMarkup(tree, ownScripts)) expect.soft(problem, file).toBeUndefined();
    }
  });

  test('has no javascript: URL and no <iframe anywhere, and no raw markup from content in any feed', async () => {
    for (const file of await pageAndFeedFiles(skipped.outDir)) {
      const text = await readFile(join(skipped.outDir, file), 'utf8');
      expect(text, file).not.toMatch(/javascript:|<iframe/i);
      // Feeds escape all content, so a tag from content would show as a raw `<` (HTML pages are parsed instead:
      // a quoted attribute value such as a meta description may hold `<script>` as inert text).
      if (file.endsWith('.xml')) expect(text, file).not.toMatch(/<(script|img|b|style|svg)\b|<[^>]*\son\w+=/i);
    }
  });

  test('writes every feed as well-formed XML, whatever the content', async () => {
    const feeds = (await listFiles(skipped.outDir)).filter((f) => f.endsWith('rss.xml'));
    expect(feeds.length).toBeGreaterThan(2);
    for (const file of feeds) expect(XMLValidator.validate(await readFile(join(skipped.outDir, file), 'utf8')), file).toBe(true);
  });

  test('keeps a title with </title><script> as the text of its feed item', async () => {
    const feed = new XMLParser().parse(await readFile(join(skipped.outDir, 'rss.xml'), 'utf8'));
    const titles = [feed.rss.channel.item].flat().map((item: { title: string }) => String(item.title));
    expect(titles).toContain('Mayor resigns </title><script>window.__pwned=1</script> <img src=x onerror=window.__pwned=1>');
  });

  test('keeps markup and ]]> inside a quote as text of the speaker’s feed', async () => {
    const feed = new XMLParser().parse(await readFile(join(skipped.outDir, 'actors/omar-said/rss.xml'), 'utf8'));
    const descriptions = [feed.rss.channel.item].flat().map((item: { description: string }) => textOf(parseHtml(String(item.description))));
    expect(descriptions.join('\n')).toContain('“The tickets sold out in a day ]]>,”');
  });

  test('writes /digest.json as JSON that keeps hostile text as text', async () => {
    const digest = JSON.parse(await readFile(join(skipped.outDir, 'digest.json'), 'utf8')) as { articles: { slug: string }[] };
    expect(digest.articles.map((a) => a.slug)).toContain('script-in-title');
  });
});

describe('a build of a 5 MB article and an article of 100,000 lines', () => {
  test('publishes both, with every paragraph', async () => {
    const files = new Set(await listFiles(big.outDir));
    for (const { expected } of bigCases) for (const slug of expected.published) expect(files.has(`sources/${slug}/index.html`), slug).toBe(true);
    // Counted in the HTML rather than parsed: a hast tree of 100,000 paragraphs takes seconds.
    const lines = await readPage(big.outDir, `/sources/${bigCases.find((c) => c.name === 'many-short-lines')!.expected.published[0]}/`);
    expect(lines.match(/<p id="p-\d+" data-para="\d+">/g)).toHaveLength(100_000);
    expect(lines).toContain('<p id="p-99999" data-para="100000">Line 100000 of the log.</p>');
  });
});

describe('two builds of the same content', () => {
  let second: string;

  beforeAll(async () => {
    second = (await buildSite(content, { DIGEST_ON_ERROR: 'skip' })).outDir;
  });

  test('write byte-identical files (same SHA-256 for every file)', async () => {
    const hashes = async (dir: string) => {
      const files = await listFiles(dir);
      return Object.fromEntries(await Promise.all(files.map(async (f) => [f, createHash('sha256').update(await readFile(join(dir, f))).digest('hex')] as const)));
    };
    const [a, b] = await Promise.all([hashes(skipped.outDir), hashes(second)]);
    expect(Object.keys(a).length).toBeGreaterThan(20);
    expect(b).toEqual(a);
  });
});

/** Built pages and feeds (HTML, XML, JSON). */
async function pageAndFeedFiles(outDir: string): Promise<string[]> {
  return (await listFiles(outDir)).filter((f) => /\.(html|xml|json)$/.test(f));
}

/** Contents of the scripts the site itself writes (other than JSON-LD), taken from the build of the default content. */
async function siteScripts(outDir: string): Promise<Set<string>> {
  const scripts = new Set<string>();
  for (const file of (await listFiles(outDir)).filter((f) => f.endsWith('.html'))) {
    for (const script of $$(parseHtml(await readFile(join(outDir, file), 'utf8')), 'script')) {
      if (script.properties.type !== 'application/ld+json') scripts.add(textOf(script));
    }
  }
  return scripts;
}

/** Elements no page may have (the site's own icons are inline SVG and its search page has a form: both are checked by attribute). */
const FORBIDDEN_ELEMENTS = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'style', 'base']);
const URL_PROPERTIES = ['href', 'src', 'action', 'formAction', 'data', 'poster', 'srcSet', 'cite', 'background'];

/**
 * Describes every unsafe thing in a page: scripts the site does not write itself (JSON-LD must be
 * JSON with `<` escaped), forbidden elements, event handler and style attributes, non-web URLs,
 * and meta refreshes.
 */
function findUnsafeMarkup(tree: Root, ownScripts: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  forEachElement(tree, (node) => {
    if (node.tagName === 'script') {
      const text = textOf(node);
      if (node.properties.type === 'application/ld+json') {
        if (text.includes('<')) problems.push(`JSON-LD with a raw <: ${text.slice(0, 80)}`);
        try {
          JSON.parse(text);
        } catch {
          problems.push(`JSON-LD that is not JSON: ${text.slice(0, 80)}`);
        }
      } else if (!ownScripts.has(text)) problems.push(`script not written by the site: ${text.slice(0, 80)}`);
    }
    if (FORBIDDEN_ELEMENTS.has(node.tagName)) problems.push(`<${node.tagName}> element`);
    if (node.tagName === 'meta' && String(node.properties.httpEquiv ?? '').toLowerCase() === 'refresh') problems.push('meta refresh');
    for (const [name, value] of Object.entries(node.properties)) {
      if (/^on/i.test(name)) problems.push(`<${node.tagName} ${name}=…> event handler`);
      if (name === 'style') problems.push(`<${node.tagName} style=…>`);
      if (URL_PROPERTIES.includes(name)) {
        const url = String(value).trim().toLowerCase();
        if (/^[a-z][a-z0-9+.-]*:/.test(url) && !/^(https?|mailto):/.test(url)) problems.push(`<${node.tagName} ${name}="${url.slice(0, 40)}">`);
      }
    }
  });
  return problems;
}

function forEachElement(node: Root | RootContent, callback: (element: Element) => void): void {
  if (node.type === 'element') callback(node);
  if ('children' in node) for (const child of node.children) forEachElement(child, callback);
  if (node.type === 'element' && node.content) forEachElement(node.content, callback);
}
