import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { groupStories, type StoryFeatures } from '../../../src/engine/digest/04-group-stories.ts';

const otherStories = join(import.meta.dirname, '../../fixtures/articles/other-stories');
const others: StoryFeatures[] = readdirSync(otherStories).map((file) => ({
  slug: file.replace(/\.\w+$/, ''),
  text: readFileSync(join(otherStories, file), 'utf8'),
  actors: [],
}));

const summit = (slug: string, text: string, published?: string): StoryFeatures => ({
  slug,
  text,
  actors: ['emmanuel-macron', 'nato'],
  ...(published ? { published } : {}),
});
const summitArticles = [
  summit('s1', 'French President Emmanuel Macron said sending Western ground troops to Ukraine could not be ruled out after a Paris summit. NATO allies rejected the troops idea.', '2024-02-27'),
  summit('s2', 'Germany and Poland ruled out sending ground troops to Ukraine after Macron floated the idea at the Paris summit. The Kremlin warned of conflict with NATO.', '2024-02-27'),
  summit('s3', 'The Kremlin said any deployment of NATO troops to Ukraine would make conflict inevitable, a day after the Paris summit hosted by Macron.', '2024-02-28'),
];

describe('groupStories', () => {
  test('groups articles on one subject into one story', () => {
    expect(groupStories(summitArticles)).toEqual([['s1', 's2', 's3']]);
  });

  test('gives each article on another subject a story of its own', () => {
    const groups = groupStories([...summitArticles, ...others]);
    expect(groups).toContainEqual(['s1', 's2', 's3']);
    for (const other of others) expect(groups).toContainEqual([other.slug]);
  });

  test('keeps articles on the same subject apart when they are weeks apart', () => {
    const far = summit('s4', summitArticles[0]!.text, '2024-06-01');
    expect(groupStories([summitArticles[0]!, far])).toEqual([['s1'], ['s4']]);
  });

  test('gives the same groups whatever the order of unrelated input', () => {
    const forward = groupStories([...summitArticles, ...others]).map((g) => [...g].sort()).sort();
    const backward = groupStories([...others, ...summitArticles].reverse()).map((g) => [...g].sort()).sort();
    expect(backward).toEqual(forward);
  });
});
