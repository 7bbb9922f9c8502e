import { describe, expect, test } from 'vitest';
import { storyToCoverage } from '../../../src/site/views/coverage-matrix.ts';
import { fixtureSiteData } from '../../fixtures/site-digest.ts';

const story = fixtureSiteData.stories.get('macron-troops');
if (!story) throw new Error('fixture changed');

describe('storyToCoverage', () => {
  test('counts quotes per source and quoted actor', () => {
    const coverage = storyToCoverage(story, fixtureSiteData);
    expect(coverage.sources.map((s) => s.slug)).toEqual(['bbc-troops', 'guardian-troops']);
    expect(coverage.actors.map((a) => a.slug)).toEqual(['emmanuel-macron', 'dmitry-peskov']);
    expect(coverage.counts).toEqual([
      [1, 0],
      [1, 1],
    ]);
  });

  test('keeps at most maxActors columns', () => {
    expect(storyToCoverage(story, fixtureSiteData, 1).actors.map((a) => a.slug)).toEqual(['emmanuel-macron']);
  });
});
