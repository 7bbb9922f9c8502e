import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Where the tests' Chromium comes from, and how it is started. */
export interface ChromiumChoice {
  /** The executable, or a promise of it when it is unpacked from an npm package. */
  path: string | (() => Promise<string>);
  /** What the choice is, for messages: `CHROMIUM_PATH`, `/usr/bin/chromium` or `@sparticuz/chromium`. */
  source: string;
}

/**
 * Chooses the tests' Chromium: `CHROMIUM_PATH` when set (and nothing else, so a wrong path is named), else Debian's
 * `/usr/bin/chromium` when present, else the Chromium that the `@sparticuz/chromium` dev dependency ships inside its
 * npm package (unpacked to the temporary folder on first use; never a download). Returns a one-line problem when none
 * can be used.
 *
 * @param env The environment to read `CHROMIUM_PATH` from.
 * @param exists Whether a file exists.
 * @param hasPackage Whether `@sparticuz/chromium` is installed.
 * @example
 * chooseChromium({ CHROMIUM_PATH: '/opt/chrome' }, () => true, () => true)
 * // => { path: '/opt/chrome', source: 'CHROMIUM_PATH' }
 * chooseChromium({}, () => false, () => true).source
 * // => '@sparticuz/chromium'
 */
export function chooseChromium(env: NodeJS.ProcessEnv, exists: (path: string) => boolean, hasPackage: () => boolean): ChromiumChoice | string {
  const given = env.CHROMIUM_PATH;
  if (given) return exists(given) ? { path: given, source: 'CHROMIUM_PATH' } : `no Chromium at ${given} (CHROMIUM_PATH). Fix: point CHROMIUM_PATH at a Chromium executable, or unset it to use /usr/bin/chromium or @sparticuz/chromium`;
  if (exists(DEBIAN_CHROMIUM)) return { path: DEBIAN_CHROMIUM, source: DEBIAN_CHROMIUM };
  if (hasPackage()) return { path: unpackSparticuz, source: '@sparticuz/chromium' };
  return 'no Chromium: CHROMIUM_PATH is not set, /usr/bin/chromium is missing and @sparticuz/chromium is not installed. Fix: run npm ci, set CHROMIUM_PATH, or install /usr/bin/chromium';
}

const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const require = createRequire(import.meta.url);

function hasSparticuz(): boolean {
  try {
    require.resolve('@sparticuz/chromium');
    return true;
  } catch {
    return false;
  }
}

/** Unpacks the Brotli-compressed Chromium of @sparticuz/chromium to the temporary folder (once) and returns its path. */
async function unpackSparticuz(): Promise<string> {
  const { default: packaged } = await import('@sparticuz/chromium');
  return packaged.executablePath();
}

/** The Chromium the tests use, or a one-line reason why there is none. */
export const CHROMIUM = chooseChromium(process.env, existsSync, hasSparticuz);

/**
 * Says in one line why Chromium cannot be started, or returns null when there is one to start.
 *
 * @param choice The chosen Chromium, or the reason there is none.
 * @example
 * chromiumProblem('no Chromium at /nowhere/chromium (CHROMIUM_PATH). Fix: …')
 * // => 'no Chromium at /nowhere/chromium (CHROMIUM_PATH). Fix: …'
 */
export function chromiumProblem(choice: ChromiumChoice | string = CHROMIUM): string | null {
  return typeof choice === 'string' ? choice : null;
}

/**
 * Launches headless Chromium with the flags this sandboxed, offline machine needs; rejects with
 * one line saying why when it cannot start.
 */
export async function launchBrowser(): Promise<Browser> {
  const choice = CHROMIUM;
  if (typeof choice === 'string') throw new Error(choice);
  let executablePath = '';
  try {
    executablePath = typeof choice.path === 'string' ? choice.path : await choice.path();
    // The package's own `args` are for AWS Lambda (`--single-process` and the like), with which page navigations
    // here hang; its binary runs with the flags Debian's Chromium gets.
    return await chromium.launch({ executablePath, headless: true, args: FLAGS });
  } catch (error) {
    const first = (error instanceof Error ? error.message : String(error)).split('\n').find((line) => line.trim()) ?? 'unknown error';
    throw new Error(`Chromium from ${choice.source}${executablePath ? ` (${executablePath})` : ''} did not start: ${first.trim()}. Fix: set CHROMIUM_PATH to a working Chromium or install /usr/bin/chromium`);
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
