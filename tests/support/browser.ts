import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

/** Debian's Chromium: the tests never download a browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Says in one line why Chromium cannot be started, or returns null when the executable is there.
 *
 * @param path The Chromium executable.
 * @example
 * chromiumProblem('/nowhere/chromium')
 * // => 'no Chromium at /nowhere/chromium. Fix: set CHROMIUM_PATH or install /usr/bin/chromium (apt-get install -y chromium)'
 */
export function chromiumProblem(path: string = CHROMIUM): string | null {
  return existsSync(path) ? null : `no Chromium at ${path}. Fix: set CHROMIUM_PATH or install /usr/bin/chromium (apt-get install -y chromium)`;
}

/**
 * Launches headless Chromium with the flags this sandboxed, offline machine needs; rejects with
 * one line saying why when it cannot start.
 */
export async function launchBrowser(): Promise<Browser> {
  const problem = chromiumProblem();
  if (problem) throw new Error(problem);
  try {
    return await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  } catch (error) {
    const first = (error instanceof Error ? error.message : String(error)).split('\n').find((line) => line.trim()) ?? 'unknown error';
    throw new Error(`Chromium at ${CHROMIUM} did not start: ${first.trim()}. Fix: set CHROMIUM_PATH to a working Chromium or install /usr/bin/chromium`);
  }
}

/**
 * Starts Chromium before a test file's tests and closes it after them. Returns a getter that every
 * test calls for the browser: when Chromium could not start, each test fails with the one line
 * that says why (a failing `beforeAll` would only show the tests as skipped). Call it before the
 * file's other hooks.
 *
 * @example
 * const browser = useBrowser();
 * test('opens the home page', async () => { const page = await browser().newPage(); … });
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  let problem = 'Chromium was not started';
  beforeAll(async () => {
    try {
      browser = await launchBrowser();
    } catch (error) {
      problem = error instanceof Error ? error.message : String(error);
    }
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error(problem);
    return browser;
  };
}

const require = createRequire(import.meta.url);
let axeSource: Promise<string> | undefined;

/** An axe-core violation, reduced to what a failing test should print. */
export interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core (WCAG 2.x A and AA rules, and best practices) on the page and returns its violations.
 */
export async function findAxeViolations(page: Page): Promise<Violation[]> {
  axeSource ??= readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.addScriptTag({ content: await axeSource });
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
}
