/**
 * Builds the long-slugs hostile fixture (`tests/fixtures/hostile/long-slugs/`: a title of 60 hyphenated words,
 * a file name of 120 non-ASCII characters, a run of 39 capitalised words before "said") strictly and with
 * DIGEST_ON_ERROR=skip: both builds succeed, and every path segment they write is at most 100 bytes.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite, listFiles } from '../support/build-site.ts';
import { makeHostileContent, readHostileCases, type HostileCase } from '../support/hostile-content.ts';

let longSlugs: HostileCase;
const builds: Record<'strict' | 'lenient', { outDir: string; files: string[] }> = {} as never;

beforeAll(async () => {
  longSlugs = (await readHostileCases()).find((c) => c.name === 'long-slugs')!;
  const content = await makeHostileContent([longSlugs]);
  for (const [mode, env] of [['strict', {}], ['lenient', { DIGEST_ON_ERROR: 'skip' }]] as const) {
    // buildSite rejects when the build exits with an error, as it did with ENAMETOOLONG.
    const { outDir } = await buildSite(content, env);
    builds[mode] = { outDir, files: await listFiles(outDir) };
  }
});

describe.each(['strict', 'lenient'] as const)('a %s build of long titles, file names and names', (mode) => {
  test('writes no path segment over 100 bytes', () => {
    const segments = builds[mode].files.flatMap((file) => file.split('/'));
    expect(segments.filter((s) => Buffer.byteLength(s) > 100)).toEqual([]);
  });

  test('publishes a source page for every article', () => {
    for (const slug of longSlugs.expected.published) expect(builds[mode].files, slug).toContain(`sources/${slug}/index.html`);
  });

  test('gives the story of the 60-word title and the actor of the long name run pages cut at a word, with a hash', async () => {
    const digest = JSON.parse(await readFile(join(builds[mode].outDir, 'digest.json'), 'utf8')) as {
      stories: { slug: string; headline: string }[];
      actors: { slug: string; name: string }[];
    };
    const story = digest.stories.find((s) => s.headline.startsWith('council-members-voted'))!;
    const actor = digest.actors.find((a) => a.name.startsWith('Northern Valley Regional'))!;
    expect(story.headline.split('-')).toHaveLength(60);
    // The engine may split the run at its post words (a body, then posts); the body's name alone is still longer than a slug may be.
    expect(actor.name.length).toBeGreaterThan(72);
    for (const [slug, page] of [[story.slug, `stories/${story.slug}/index.html`], [actor.slug, `actors/${actor.slug}/index.html`]] as const) {
      expect(slug).toMatch(/^[a-z0-9-]{1,72}-[0-9a-f]{6}$/);
      expect(builds[mode].files).toContain(page);
    }
    expect(story.slug.startsWith('council-members-voted-late-on-tuesday')).toBe(true);
    expect(actor.slug.startsWith('northern-valley-regional-water-supply-authority')).toBe(true);
  });
});
