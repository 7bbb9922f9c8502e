import { describe, expect, test } from 'vitest';
import { storyToCoverage } from '../../src/site/views/coverage-matrix.ts';
import { quotesToCitations } from '../../src/site/views/quote-citations.ts';
import { storyToReactions } from '../../src/site/views/story-reactions.ts';
import { fixtureSiteData } from './fixtures/digest.ts';

const story = fixtureSiteData.stories.get('macron-troops');
if (!story) throw new Error('fixture changed');

describe('quotesToCitations', () => {
  test.each([
    ['one citation per quote', ['q1', 'q3'], [{ article: 'bbc-troops', paragraph: 0, quote: 'q1' }, { article: 'guardian-troops', paragraph: 0, quote: 'q3' }]],
    ['one citation for two quotes in the same paragraph, naming the first', ['q3', 'q4'], [{ article: 'guardian-troops', paragraph: 0, quote: 'q3' }]],
    ['unknown ids skipped', ['nope', 'q2'], [{ article: 'bbc-troops', paragraph: 1, quote: 'q2' }]],
  ])('gives %s', (_name, ids, expected) => {
    expect(quotesToCitations(ids, fixtureSiteData.quotes)).toEqual(expected);
  });
});

describe('storyToReactions', () => {
  test('gives one line per quoted actor, in prominence order, with the most widely carried remark', () => {
    const reactions = storyToReactions(story, fixtureSiteData);
    expect(reactions.map((r) => [r.actor.slug, r.statement, r.sourceCount])).toEqual([
      ['emmanuel-macron', 's1', 2],
      ['dmitry-peskov', 's2', 1],
    ]);
  });

  test('leaves out quotes without a speaker', () => {
    const reactions = storyToReactions(story, fixtureSiteData);
    expect(reactions.some((r) => r.text === 'no plans')).toBe(false);
  });

  test('falls back to quotes when no statements were grouped', () => {
    const bare = { ...story, statements: [] };
    const statements = new Map();
    const quotes = new Map([...fixtureSiteData.quotes].map(([id, q]) => [id, { ...q, statement: null }]));
    const reactions = storyToReactions(bare, { ...fixtureSiteData, statements, quotes });
    expect(reactions.map((r) => [r.actor.slug, r.text, r.sourceCount])).toEqual([
      ['emmanuel-macron', 'nothing should be ruled out', 1],
      ['dmitry-peskov', '</title><script>alert(1)</script> ]]>', 1],
    ]);
  });
});

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
