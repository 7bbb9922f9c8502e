import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { processArticle } from '../../src/engine/index.ts';
import { ANALYSIS_CACHE_FORMAT, readAnalysisCache, writeAnalysisCache } from '../../src/build/analysis-cache.ts';

const article = processArticle({ file: 'a.txt', text: 'Leaders meet\n\n“We will win,” Jane Doe said on Monday.' });

describe('the analysis cache', () => {
  test('reads back what it wrote, by digest', async () => {
    const file = join(await mkdtemp(join(tmpdir(), 'analysis-cache-')), 'deeper', 'analyses.json');
    await writeAnalysisCache(file, new Map([['digest-1', article]]));
    const read = await readAnalysisCache(file);
    expect([...read.keys()]).toEqual(['digest-1']);
    expect(read.get('digest-1')).toEqual(article);
  });

  test.each([
    ['a missing file', null],
    ['a file that is not JSON', '{"format": "news-digest-anal'],
    ['a file of another format', JSON.stringify({ format: 'older', analyses: { d: article } })],
    ['a file without analyses', JSON.stringify({ format: ANALYSIS_CACHE_FORMAT, analyses: null })],
  ])('treats %s as an empty cache', async (_name, text) => {
    const file = join(await mkdtemp(join(tmpdir(), 'analysis-cache-')), 'analyses.json');
    if (text !== null) await writeFile(file, text);
    expect((await readAnalysisCache(file)).size).toBe(0);
  });
});
