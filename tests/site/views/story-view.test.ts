import { describe, expect, test } from 'vitest';
import type { Digest, KeyPoint, Story } from '../../../src/engine/digest/schema.ts';
import { digestToSiteData } from '../../../src/site/site-data.ts';
import { storyToView } from '../../../src/site/views/story-view.ts';
import { fixtureDigest, fixtureSiteData } from '../../fixtures/site-digest.ts';

const story = fixtureDigest.stories[0]!;
const claim = (text: string, article: string): KeyPoint => ({ text, citations: [{ article, paragraph: 0 }] });
const withStory = (patch: Partial<Story>, digest: Digest = fixtureDigest) => {
  const changed = { ...story, ...patch };
  return { story: changed, data: digestToSiteData({ ...digest, stories: [changed] }) };
};

describe('storyToView', () => {
  test('groups claims only one source makes under that source, in the order of each source’s first claim', () => {
    const { story: s, data } = withStory({ onlyIn: [claim('one', 'guardian-troops'), claim('two', 'bbc-troops'), claim('three', 'guardian-troops')] });
    expect(storyToView(s, data).onlyIn).toEqual([
      { label: 'The Guardian', points: [claim('one', 'guardian-troops'), claim('three', 'guardian-troops')] },
      { label: 'BBC', points: [claim('two', 'bbc-troops')] },
    ]);
  });

  test('heads a claim of a source that is not among the articles with its slug, and one without a citation with nothing', () => {
    const { story: s, data } = withStory({ onlyIn: [claim('gone', 'deleted-article'), { text: 'uncited', citations: [] }] });
    expect(storyToView(s, data).onlyIn.map((group) => group.label)).toEqual(['deleted-article', '']);
  });

  test.each([
    ['every section of a full story', {}, ['key-points', 'who-said-what', 'only-in', 'sources', 'coverage', 'timeline']],
    ['no key points, claims or timeline', { keyPoints: [], onlyIn: [], timeline: [] }, ['who-said-what', 'sources', 'coverage']],
    ['nobody quoted: the sources alone', { keyPoints: [], onlyIn: [], timeline: [], quotes: [], statements: [] }, ['sources']],
  ] as const)('lists %s', (_, patch, ids) => {
    const { story: s, data } = withStory(patch as Partial<Story>);
    expect(storyToView(s, data).sections.map((section) => section.id)).toEqual(ids);
  });

  test('describes in JSON-LD only statements that more than one source carries', () => {
    expect(storyToView(story, fixtureSiteData).sharedStatements.map((s) => s.id)).toEqual(['s1']);
  });

  test('does not count a source twice when a statement lists it twice', () => {
    const digest = structuredClone(fixtureDigest);
    digest.statements[0]!.articles = ['bbc-troops', 'bbc-troops'];
    const { story: s, data } = withStory({}, digest);
    expect(storyToView(s, data).sharedStatements).toEqual([]);
  });

  test('names the outlets of the sources, and nothing when no source names one', () => {
    expect(storyToView(story, fixtureSiteData).from).toBe('From BBC, The Guardian');
    const digest = structuredClone(fixtureDigest);
    for (const article of digest.articles) delete article.meta.outlet;
    const { story: s, data } = withStory({}, digest);
    expect(storyToView(s, data).from).toBeUndefined();
  });

  test('counts, per speaker of the coverage table, the sources that quote them', () => {
    const view = storyToView(story, fixtureSiteData);
    expect(view.coverageBars.map(({ label, value, valueText }) => [label, value, valueText])).toEqual([
      ['Emmanuel Macron', 2, '2 of 2 sources'],
      ['Dmitry Peskov', 1, '1 of 2 sources'],
    ]);
  });

  test('keeps the sources in the story’s order and skips one that is missing', () => {
    const { story: s, data } = withStory({ articles: ['guardian-troops', 'missing', 'bbc-troops'] });
    expect(storyToView(s, data).sources.map((a) => a.slug)).toEqual(['guardian-troops', 'bbc-troops']);
  });
});
