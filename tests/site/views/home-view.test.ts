import { describe, expect, test } from 'vitest';
import type { Story } from '../../../src/engine/digest/schema.ts';
import { digestToSiteData } from '../../../src/site/site-data.ts';
import { digestToHomeView, GROUP_BY_DAY_FROM } from '../../../src/site/views/home-view.ts';
import { fixtureDigest } from '../../fixtures/site-digest.ts';

const base = fixtureDigest.stories[0]!;
const story = (slug: string, patch: Partial<Story> = {}): Story => ({ ...base, slug, headline: slug, ...patch });
const homeOf = (stories: Story[]) => digestToHomeView(digestToSiteData({ ...fixtureDigest, stories }));
const slugs = (days: ReturnType<typeof homeOf>) => days.map((day) => [day.day, day.cards.map((card) => card.story.slug)]);

describe('digestToHomeView', () => {
  test('has no cards without stories', () => {
    expect(homeOf([])).toEqual([]);
  });

  test('orders stories newest first, then by more sources, then by headline; undated last', () => {
    const stories = [
      story('undated', { from: undefined, to: undefined }),
      story('b-older', { from: '2024-01-01', to: '2024-01-02' }),
      story('c-newer-one-source', { from: '2024-03-01', to: '2024-03-01', articles: ['bbc-troops'] }),
      story('a-newer-two-sources', { from: '2024-03-01', to: '2024-03-01' }),
      story('a-newer-also-two', { from: '2024-03-01', to: '2024-03-01' }),
    ];
    expect(slugs(homeOf(stories))).toEqual([[undefined, ['a-newer-also-two', 'a-newer-two-sources', 'c-newer-one-source', 'b-older', 'undated']]]);
  });

  test(`groups under the day of the latest source from ${GROUP_BY_DAY_FROM} stories on, undated under “Date unknown”`, () => {
    const stories = Array.from({ length: GROUP_BY_DAY_FROM - 1 }, (_, i) => story(`s${i}`, { from: undefined, to: `2024-03-0${1 + (i % 2)}T12:00:00Z` }));
    stories.push(story('undated', { from: undefined, to: undefined }));
    expect(slugs(homeOf(stories))).toEqual([
      ['2 Mar 2024', ['s1', 's3', 's5']],
      ['1 Mar 2024', ['s0', 's2', 's4', 's6']],
      ['Date unknown', ['undated']],
    ]);
    expect(slugs(homeOf(stories.slice(1)))).toHaveLength(1);
  });

  test('leads with the first key point, else the opening sentence of the first source', () => {
    const [withPoint, without] = homeOf([story('with', { to: '2024-03-02' }), story('without', { to: '2024-03-01', keyPoints: [] })])[0]!.cards;
    expect(withPoint!.lead).toBe('Macron said nothing should be excluded.');
    expect(without!.lead).toBe('French President Emmanuel Macron said “nothing should be excluded” on Monday.');
  });

  test('names the outlets of a story’s sources and links the story', () => {
    const [card] = homeOf([story('macron-troops')])[0]!.cards;
    expect([card!.href, card!.outlets]).toEqual(['/stories/macron-troops/', 'BBC, The Guardian']);
  });
});
