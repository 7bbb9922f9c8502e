import { describe, expect, test } from 'vitest';
import { isFragment } from '../../../src/site/views/quote-sentence.ts';
import { storyToReactions } from '../../../src/site/views/story-reactions.ts';
import { fixtureSiteData } from '../../fixtures/site-digest.ts';

const story = fixtureSiteData.stories.get('macron-troops');
if (!story) throw new Error('fixture changed');

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

  test('shows a speaker’s fragment inside its sentence, after their whole remarks', () => {
    for (const reaction of storyToReactions(story, fixtureSiteData)) {
      const remarks = [reaction, ...reaction.others];
      const firstFragment = remarks.findIndex((remark) => remark.sentence !== undefined);
      if (firstFragment >= 0) expect(remarks.slice(firstFragment).every((remark) => remark.sentence !== undefined)).toBe(true);
      for (const remark of remarks) if (isFragment(remark.text)) expect(remark.sentence?.quote, remark.text).toBe(remark.text);
    }
  });
});
