import { createHash } from 'node:crypto';
import { cp, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite, defaultArticles, indexSite, listFiles, makeContent, projectRoot } from '../support/build-site.ts';

const hashes = async (dir: string) => {
  const out = new Map<string, string>();
  for (const file of await listFiles(dir)) out.set(file, createHash('sha256').update(await readFile(join(dir, file))).digest('hex'));
  return out;
};

describe('a rebuild after adding one article', () => {
  let rebuilt: { outDir: string; stdout: string };
  let clean: { outDir: string };
  beforeAll(async () => {
    const extra = join(projectRoot, 'tests/fixtures/articles/other-stories/central-bank-rates.txt');
    const content = await makeContent(await defaultArticles());
    const first = await buildSite(content);
    await cp(extra, join(content, 'articles', 'central-bank-rates.txt'));
    rebuilt = await buildSite(content, {}, first.work);
    clean = await buildSite(await makeContent([...(await defaultArticles()), extra]));
  });

  test('re-analyses only the added article', () => {
    expect(rebuilt.stdout).toMatch(/\b1 analysed, \d+ unchanged/);
  });

  test('writes the same files, byte for byte, as a clean build of the same content', async () => {
    expect(await hashes(rebuilt.outDir)).toEqual(await hashes(clean.outDir));
  });
});

describe('a rebuild after removing an article', () => {
  let rebuilt: { outDir: string; stdout: string };
  let clean: { outDir: string };
  let before: string[];
  let holdingBefore: string[];
  beforeAll(async () => {
    const extra = join(projectRoot, 'tests/fixtures/articles/other-stories/central-bank-rates.txt');
    // Built and indexed for search as `npm run build` does: without the article, with it added, and with it removed.
    const content = await makeContent(await defaultArticles());
    const first = await buildSite(content);
    await indexSite(first.outDir);
    await cp(extra, join(content, 'articles', 'central-bank-rates.txt'));
    await buildSite(content, {}, first.work);
    await indexSite(first.outDir);
    before = [...(await hashes(first.outDir)).keys()];
    holdingBefore = await filesHolding(first.outDir, MARKERS);
    await rm(join(content, 'articles', 'central-bank-rates.txt'));
    rebuilt = await buildSite(content, {}, first.work);
    await indexSite(rebuilt.outDir);
    clean = await buildSite(await makeContent(await defaultArticles()));
    await indexSite(clean.outDir);
  });

  test('removes the pages and feeds of what is gone, and writes the same files as a clean build', async () => {
    const after = await hashes(rebuilt.outDir);
    expect(before.filter((file) => !after.has(file)).some((file) => /^actors\/[^/]+\/rss\.xml$/.test(file))).toBe(true);
    expect(before.filter((file) => !after.has(file)).some((file) => /^sources\/[^/]+\/index\.html$/.test(file))).toBe(true);
    expect(after).toEqual(await hashes(clean.outDir));
  });

  test('leaves no word of the removed article anywhere in dist/, the search index included', async () => {
    // The article's words were on its pages and in the search index's fragments before it was removed.
    expect(holdingBefore.some((file) => file.startsWith('sources/'))).toBe(true);
    expect(holdingBefore.some((file) => file.startsWith('pagefind/'))).toBe(true);
    expect(await filesHolding(rebuilt.outDir, MARKERS)).toEqual([]);
  });
});

/** Names and places that only the removed article (central-bank-rates.txt) has. */
const MARKERS = /lindqvist|westmark|meridian securities/i;

/** Files of a built site whose text, or whose text once gunzipped (Pagefind's fragments and index), matches. */
async function filesHolding(dir: string, pattern: RegExp): Promise<string[]> {
  const out: string[] = [];
  for (const file of await listFiles(dir)) {
    const bytes = await readFile(join(dir, file));
    const text = (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('utf8');
    if (pattern.test(text)) out.push(file);
  }
  return out;
}
