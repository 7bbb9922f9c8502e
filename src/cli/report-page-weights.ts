/**
 * `npm run report:pages`: the weight of the built site's main pages (HTML plus the CSS they link,
 * each gzip-compressed, as a server would send them) against the 60 KB budget, and their
 * Lighthouse scores against Debian's Chromium, served offline from `dist/`.
 *
 * Usage: `npm run report:pages -- [DIST_DIR] [--no-lighthouse]`. Exits 1 when a page is over budget
 * or scores under 95.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { serveStatic } from '../build/serve-static.ts';

/** Most bytes of compressed HTML and CSS a page may weigh (issue 7). */
const BUDGET = 60 * 1024;
/** Lowest Lighthouse score (out of 100) of each category. */
const MIN_SCORE = 95;
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A page's route and its compressed weight. */
interface PageWeight {
  label: string;
  route: string;
  html: number;
  css: number;
}

const args = process.argv.slice(2);
const dist = resolve(args.find((arg) => !arg.startsWith('--')) ?? 'dist');
const withLighthouse = !args.includes('--no-lighthouse');

const pages = await choosePages(dist);
const weights = await Promise.all(pages.map(({ label, route }) => weighPage(dist, label, route)));
const heaviest = await heaviestPage(dist);
let failed = false;

console.log(`Compressed (gzip -9) weight of HTML + CSS, budget ${kb(BUDGET)}:`);
for (const w of [...weights, heaviest]) {
  const total = w.html + w.css;
  if (total > BUDGET) failed = true;
  console.log(`  ${w.label.padEnd(16)} ${kb(total).padStart(9)}  (HTML ${kb(w.html)}, CSS ${kb(w.css)})  ${w.route}${total > BUDGET ? '  OVER BUDGET' : ''}`);
}

if (withLighthouse) {
  const scores = await runLighthouse(dist, pages);
  console.log(`\nLighthouse (${CHROMIUM}, mobile defaults), minimum ${MIN_SCORE}:`);
  console.log(`  ${'page'.padEnd(16)} ${CATEGORIES.map((c) => c.padStart(15)).join('')}`);
  for (const { label, scores: s } of scores) {
    const low = CATEGORIES.some((c) => (s[c] ?? 0) < MIN_SCORE);
    if (low) failed = true;
    console.log(`  ${label.padEnd(16)} ${CATEGORIES.map((c) => String(s[c] ?? '–').padStart(15)).join('')}${low ? '  UNDER' : ''}`);
  }
}
process.exitCode = failed ? 1 : 0;

/** Home, the story with the most sources, the actor with the most quotes, and that story's first source. */
async function choosePages(dir: string): Promise<{ label: string; route: string }[]> {
  const digest = JSON.parse(await readFile(join(dir, 'digest.json'), 'utf8')) as {
    stories: { url: string; articles: string[] }[];
    actors: { url: string; quotes: string[] }[];
  };
  const story = [...digest.stories].sort((a, b) => b.articles.length - a.articles.length)[0];
  const actor = [...digest.actors].sort((a, b) => b.quotes.length - a.quotes.length)[0];
  return [
    { label: 'home', route: '/' },
    ...(story ? [{ label: 'story', route: new URL(story.url).pathname }] : []),
    ...(actor ? [{ label: 'actor', route: new URL(actor.url).pathname }] : []),
    ...(story?.articles[0] ? [{ label: 'source', route: `/sources/${story.articles[0]}/` }] : []),
  ];
}

/** Compressed weight of a page's HTML and of the stylesheets it links (inline styles count as HTML). */
async function weighPage(dir: string, label: string, route: string): Promise<PageWeight> {
  const html = await readFile(join(dir, route, 'index.html'));
  const sheets = [...html.toString('utf8').matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => m[1]!);
  let css = 0;
  for (const href of sheets) css += gzipSync(await readFile(join(dir, href)), { level: 9 }).length;
  return { label, route, html: gzipSync(html, { level: 9 }).length, css };
}

/** The heaviest HTML page of the whole site. */
async function heaviestPage(dir: string): Promise<PageWeight> {
  const routes: string[] = [];
  const walk = async (sub: string) => {
    for (const entry of await readdir(join(dir, sub), { withFileTypes: true })) {
      if (entry.isDirectory() && entry.name !== 'pagefind' && entry.name !== '_astro') await walk(join(sub, entry.name));
      else if (entry.name === 'index.html') routes.push(`/${sub ? `${sub}/` : ''}`);
    }
  };
  await walk('');
  const all = await Promise.all(routes.map((route) => weighPage(dir, 'heaviest page', route)));
  return all.sort((a, b) => b.html + b.css - (a.html + a.css))[0]!;
}

/** Lighthouse scores (0–100) of each page, served from `dir` on localhost. */
async function runLighthouse(dir: string, targets: { label: string; route: string }[]): Promise<{ label: string; scores: Record<string, number> }[]> {
  const [{ default: lighthouse }, chromeLauncher] = await Promise.all([import('lighthouse'), import('chrome-launcher')]);
  const server = await serveStatic(dir);
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const out: { label: string; scores: Record<string, number> }[] = [];
    for (const { label, route } of targets) {
      const result = await lighthouse(`${server.url}${route}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
      const categories = result?.lhr.categories ?? {};
      out.push({ label, scores: Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((categories[c]?.score ?? 0) * 100)])) });
    }
    return out;
  } finally {
    chrome.kill();
    await server.close();
  }
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
