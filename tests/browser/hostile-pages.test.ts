/**
 * Loads every page and feed built from the hostile fixtures in Chromium, with JavaScript on, and
 * checks that nothing from content runs: the fixtures' scripts and handlers all try to set
 * `window.__pwned` or open a dialog.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { useBrowser } from '../support/browser.ts';
import { buildSite, listFiles } from '../support/build-site.ts';
import { makeHostileContent, readHostileCases } from '../support/hostile-content.ts';
import { serveStatic } from '../../src/build/serve-static.ts';

/** Generated big plain-text articles carry no markup; the build test covers them. */
const BIG = new Set(['large-article', 'many-short-lines']);

const browser = useBrowser();
let server: { url: string; close: () => Promise<void> };
let routes: string[];

beforeAll(async () => {
  const content = await makeHostileContent((await readHostileCases()).filter((c) => !BIG.has(c.name)));
  const { outDir } = await buildSite(content, { DIGEST_ON_ERROR: 'skip' });
  routes = (await listFiles(outDir))
    .filter((f) => /\.(html|xml)$/.test(f))
    .map((f) => `/${f.replace(/(^|\/)index\.html$/, '$1')}`);
  server = await serveStatic(outDir);
});

afterAll(async () => {
  await server?.close();
});

describe('every page built from the hostile fixtures, in Chromium with JavaScript on', () => {
  test('opens no dialog, runs no script from content, logs no error and fetches nothing from elsewhere', async () => {
    expect(routes.length).toBeGreaterThan(20);
    const context = await browser().newContext();
    const page = await context.newPage();
    const events: string[] = [];
    const foreign: string[] = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(server.url)) return route.continue();
      foreign.push(url);
      return route.abort();
    });
    page.on('dialog', (dialog) => {
      events.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => events.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      // Failed loads are checked by URL below.
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) events.push(`console error: ${message.text()}`);
    });
    page.on('response', (response) => {
      // The search index is made by Pagefind after the Astro build (as `npm run build` does), not by buildSite.
      const path = new URL(response.url()).pathname;
      if (response.status() >= 400 && !path.startsWith('/pagefind/')) events.push(`${response.status()} for ${path}`);
    });
    for (const route of routes) {
      const before = events.length;
      const response = await page.goto(`${server.url}${route}`, { waitUntil: 'load' });
      expect(response?.status(), route).toBe(200);
      // Give error handlers and timers from content a moment to fire.
      await page.waitForTimeout(20);
      const pwned = await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
      expect.soft(pwned, `window.__pwned on ${route}`).toBeUndefined();
      expect.soft(events.slice(before), route).toEqual([]);
    }
    expect(foreign).toEqual([]);
    await context.close();
  });
});
