import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildDigest, processArticle } from '../../../src/engine/index.ts';

const root = join(import.meta.dirname, '../../..');
const read = (dir: string) =>
  readdirSync(join(root, dir))
    .filter((f) => /\.(md|txt)$/.test(f))
    .sort()
    .map((f) => processArticle({ file: `${dir}/${f}`, text: readFileSync(join(root, dir, f), 'utf8') }));

const defaultContent = read('content/articles');
const otherStories = read('tests/fixtures/articles/other-stories');

describe('buildDigest on the default content', () => {
  const digest = buildDigest(defaultContent);

  test('groups the default articles into exactly one story', () => {
    expect(digest.stories).toHaveLength(1);
    expect(digest.stories[0]!.articles).toHaveLength(defaultContent.length);
  });

  test('gives Emmanuel Macron one actor whatever form each article uses', () => {
    const macrons = digest.actors.filter((a) => /macron/i.test(a.name) || a.aliases.some((x) => /macron/i.test(x)));
    expect(macrons.map((a) => a.slug)).toEqual(['emmanuel-macron']);
    expect(macrons[0]!.articles).toHaveLength(defaultContent.length);
  });

  test('gives every story key points that cite at least two sources', () => {
    const keyPoints = digest.stories.flatMap((story) => story.keyPoints);
    expect(keyPoints.length).toBeGreaterThanOrEqual(digest.stories.length);
    for (const story of digest.stories) expect(story.keyPoints.length, story.slug).toBeGreaterThan(0);
    expect(keyPoints.filter((point) => new Set(point.citations.map((c) => c.article)).size < 2)).toEqual([]);
  });

  test('is the same for the same articles in another order', () => {
    expect(buildDigest([...defaultContent].reverse())).toEqual(digest);
  });
});

describe('buildDigest with articles on other subjects', () => {
  const digest = buildDigest([...defaultContent, ...otherStories]);

  test('gives each unrelated article a story of its own and leaves the first story as it was', () => {
    const alone = buildDigest(defaultContent).stories[0]!;
    expect(digest.stories).toHaveLength(1 + otherStories.length);
    expect(digest.stories.find((s) => s.slug === alone.slug)?.articles).toEqual(alone.articles);
  });
});
