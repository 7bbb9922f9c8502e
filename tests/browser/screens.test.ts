import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { projectRoot } from '../support/build-site.ts';
import { findAxeViolations, useBrowser } from '../support/browser.ts';
import { serveStatic } from '../../src/build/serve-static.ts';

/** Where the screenshots go for a person to look at (git-ignored). */
const SCREENS = join(projectRoot, 'tests/output/screens');
const WIDTHS = [375, 1280] as const;
const SCHEMES = ['light', 'dark'] as const;
/** A phone screen (iPhone X/11 Pro), the unit of the story page's length budget. */
const PHONE_HEIGHT = 812;
/** Smallest link or button a finger should have to hit (WCAG 2.2 target size, minimum). */
const MIN_TARGET = 24;

const browser = useBrowser();
let server: { url: string; close: () => Promise<void> };
let pages: { name: string; path: string }[];
let storyPath: string;

beforeAll(async () => {
  const site = inject('defaultSite');
  const digest = JSON.parse(await readFile(join(site, 'digest.json'), 'utf8')) as { stories: { url: string; articles: string[] }[] };
  const story = [...digest.stories].sort((a, b) => b.articles.length - a.articles.length)[0]!;
  pages = [
    { name: 'home', path: '/' },
    { name: 'story', path: new URL(story.url).pathname },
    { name: 'actor', path: '/actors/olaf-scholz/' },
    { name: 'source', path: `/sources/${story.articles[0]}/` },
    { name: 'search', path: '/search/' },
  ];
  storyPath = new URL(story.url).pathname;
  await mkdir(SCREENS, { recursive: true });
  server = await serveStatic(site);
});

afterAll(async () => {
  await server?.close();
});

describe('home, a story, an actor, a source and search', () => {
  for (const width of WIDTHS)
    for (const scheme of SCHEMES)
      test(`fit ${width} px in the ${scheme} scheme with no axe violations${width === 375 ? `, no link or button under ${MIN_TARGET} px` : ''}`, async () => {
        const context = await browser().newContext({ viewport: { width, height: 900 }, colorScheme: scheme, javaScriptEnabled: true });
        for (const { name, path } of pages) {
          const page = await context.newPage();
          await page.goto(`${server.url}${path}`);
          await page.screenshot({ path: join(SCREENS, `${name}-${width}-${scheme}.png`), fullPage: true });
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect.soft(overflow, `${path} scrolls sideways by ${overflow} px`).toBeLessThanOrEqual(0);
          expect.soft(await findAxeViolations(page), `${path} at ${width} px, ${scheme}`).toEqual([]);
          if (width === 375) {
            // Every visible link, button and summary can be hit with a finger.
            const small = await page.evaluate((min) => {
              return [...document.querySelectorAll('a, button, summary')].flatMap((el) => {
                const box = el.getBoundingClientRect();
                if (box.width === 0 || box.height === 0 || getComputedStyle(el).visibility === 'hidden') return [];
                return box.width < min || box.height < min ? [`${el.outerHTML.slice(0, 80)} (${Math.round(box.width)}×${Math.round(box.height)})`] : [];
              });
            }, MIN_TARGET);
            expect.soft(small, `${path}: targets under ${MIN_TARGET} px`).toEqual([]);
          }
          await page.close();
        }
        await context.close();
      });
});

describe('search', () => {
  test('finds Scholz and lists his actor page', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/search/`);
    await page.getByLabel('Stories, actors, quotes and sources').fill('Scholz');
    await page.getByRole('button', { name: 'Search' }).click();
    const result = page.locator('#search-results a[href="/actors/olaf-scholz/"]');
    await result.waitFor({ timeout: 10_000 });
    expect(await result.textContent()).toBe('Olaf Scholz');
    await expect.poll(() => page.locator('#search-status').textContent()).toMatch(/\d+ results? for “Scholz”/);
    expect(await page.locator('#search-fallback').isVisible()).toBe(false);
    // Excerpts keep the spaces between blocks and around the marked words ("Scholz. Person", not "Scholz.Person").
    const excerpts = await page.locator('#search-results li > p:last-child').allTextContents();
    expect(excerpts.length).toBeGreaterThan(0);
    for (const excerpt of excerpts) expect(excerpt, excerpt).not.toMatch(/\p{Ll}{2}[.,:;]\p{Lu}\p{Ll}/u);
    await page.screenshot({ path: join(SCREENS, 'search-1280-light.png'), fullPage: true });
    expect(await findAxeViolations(page)).toEqual([]);
    await result.click();
    await expect.poll(() => page.url()).toBe(`${server.url}/actors/olaf-scholz/`);
    await context.close();
  });

  test('reads the query from the address, so a search can be linked', async () => {
    const context = await browser().newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/search/?q=Scholz`);
    await page.locator('#search-results a[href="/actors/olaf-scholz/"]').waitFor({ timeout: 10_000 });
    expect(await page.getByLabel('Stories, actors, quotes and sources').inputValue()).toBe('Scholz');
    await context.close();
  });

  test('without JavaScript, leads to the actors and sources indexes', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/search/?q=Scholz`);
    const fallback = page.locator('#search-fallback');
    expect(await fallback.isVisible()).toBe(true);
    expect(await fallback.locator('a[href="/actors/"]').count()).toBe(1);
    expect(await fallback.locator('a[href="/sources/"]').count()).toBe(1);
    await fallback.locator('a[href="/actors/"]').click();
    await expect.poll(() => page.url()).toBe(`${server.url}/actors/`);
    await context.close();
  });
});

describe('the seeds’ story on a phone', () => {
  test(`reaches its coverage section within 5 screens of ${PHONE_HEIGHT} px`, async () => {
    const context = await browser().newContext({ viewport: { width: 375, height: PHONE_HEIGHT } });
    const page = await context.newPage();
    await page.goto(`${server.url}${storyPath}`);
    const top = await page.evaluate(() => {
      const heading = document.getElementById('coverage');
      return heading ? heading.getBoundingClientRect().top + window.scrollY : undefined;
    });
    expect(top).toBeDefined();
    expect(top!).toBeLessThanOrEqual(5 * PHONE_HEIGHT);
    await context.close();
  });
});
