import { createHash } from 'node:crypto';
import { cp, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite, defaultArticles, listFiles, makeContent, projectRoot } from '../support/build-site.ts';

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
  beforeAll(async () => {
    const extra = join(projectRoot, 'tests/fixtures/articles/other-stories/central-bank-rates.txt');
    const content = await makeContent([...(await defaultArticles()), extra]);
    const first = await buildSite(content);
    before = [...(await hashes(first.outDir)).keys()];
    await rm(join(content, 'articles', 'central-bank-rates.txt'));
    rebuilt = await buildSite(content, {}, first.work);
    clean = await buildSite(await makeContent(await defaultArticles()));
  });

  test('removes the pages and feeds of what is gone, and writes the same files as a clean build', async () => {
    const after = await hashes(rebuilt.outDir);
    expect(before.filter((file) => !after.has(file)).some((file) => /^actors\/[^/]+\/rss\.xml$/.test(file))).toBe(true);
    expect(before.filter((file) => !after.has(file)).some((file) => /^sources\/[^/]+\/index\.html$/.test(file))).toBe(true);
    expect(after).toEqual(await hashes(clean.outDir));
  });
});
