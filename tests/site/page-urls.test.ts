import { describe, expect, test } from 'vitest';
import { actorFeedPath, actorPath, paragraphId, sourcePath, statementAnchor, storyPath } from '../../src/site/page-urls.ts';

describe('page URLs', () => {
  test.each([
    ['a story', () => storyPath('macron-troops'), '/stories/macron-troops/'],
    ['an actor', () => actorPath('emmanuel-macron'), '/actors/emmanuel-macron/'],
    ['an actor’s feed', () => actorFeedPath('emmanuel-macron'), '/actors/emmanuel-macron/rss.xml'],
    ['a source', () => sourcePath('bbc-troops'), '/sources/bbc-troops/'],
    ['a paragraph of a source (numbered from 0, as its id)', () => sourcePath('bbc-troops', 0), '/sources/bbc-troops/#p-0'],
    ['a paragraph’s id', () => paragraphId(3), 'p-3'],
    ['a statement’s anchor', () => statementAnchor('s1'), 'statement-s1'],
  ])('give %s its address', (_, make, url) => {
    expect(make()).toBe(url);
  });
});
