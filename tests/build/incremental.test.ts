import { createHash } from 'node:crypto';
import { cp, readFile } from 'node:fs/promises';
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
