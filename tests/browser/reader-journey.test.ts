import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { findAxeViolations, useBrowser } from '../support/browser.ts';
import { serveStatic } from '../../src/build/serve-static.ts';

const browser = useBrowser();
let server: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  server = await serveStatic(inject('defaultSite'));
});

afterAll(async () => {
  await server?.close();
});

describe('a reader without JavaScript', () => {
  test('goes from the home page to a story, an actor and the source paragraph of a quote', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const visited: string[] = [];

    await page.goto(`${server.url}/`);
    visited.push(page.url());
    await page.locator('main a[href*="/stories/"]').first().click();
    await expect.poll(() => page.url()).toContain('/stories/');
    visited.push(page.url());

    await page.locator('main a[href*="/actors/"]:not([href$="/actors/"])').first().click();
    await expect.poll(() => page.url()).toMatch(/\/actors\/[^/]+\/$/);
    visited.push(page.url());
    expect(await page.locator('main blockquote, main q').count()).toBeGreaterThan(0);

    const sourceLink = page.locator('main a[href*="/sources/"][href*="#q-"]').first();
    const href = await sourceLink.getAttribute('href');
    await sourceLink.click();
    await expect.poll(() => page.url()).toContain('/sources/');
    visited.push(page.url());
    const anchor = decodeURIComponent(new URL(href!, server.url).hash.slice(1));
    expect(await page.locator(`[id="${anchor}"]`).count()).toBe(1);
    // The cited quote is the page's target, and the style sheet highlights it.
    expect(await page.evaluate(() => document.querySelector(':target')?.tagName)).toBe('Q');
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.querySelector(':target')!).outlineStyle)).toBe('solid');

    expect(dialogs).toEqual([]);
    await context.close();

    for (const url of visited) {
      const axePage = await browser().newPage();
      await axePage.goto(url);
      expect.soft(await findAxeViolations(axePage), url).toEqual([]);
      await axePage.close();
    }
  });
});
