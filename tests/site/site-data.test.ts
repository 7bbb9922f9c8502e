import { describe, expect, test } from 'vitest';
import { digestToSiteData } from '../../src/site/site-data.ts';
import { fixtureDigest } from '../fixtures/site-digest.ts';

describe('digestToSiteData', () => {
  test('looks up articles, quotes, statements and stories by id', () => {
    const data = digestToSiteData(fixtureDigest);
    expect([...data.articles.keys()]).toEqual(['bbc-troops', 'guardian-troops']);
    expect(data.quotes.get('q3')?.text).toBe('nothing should be ruled out');
    expect(data.statements.get('s1')?.speaker).toBe('emmanuel-macron');
    expect(data.stories.get('macron-troops')?.headline).toBe('Macron says <nothing> excluded');
  });

  test('keeps news outlets apart from the actors the pages link', () => {
    const outlet = { ...fixtureDigest.actors[2]!, slug: 'reuters', name: 'Reuters', kind: 'outlet' as const };
    const data = digestToSiteData({ ...fixtureDigest, actors: [...fixtureDigest.actors, outlet] });
    expect(data.actors.has('reuters')).toBe(false);
    expect(data.outlets.get('reuters')?.name).toBe('Reuters');
    expect(data.actors.size).toBe(3);
  });

  test('labels each source within its story', () => {
    expect(digestToSiteData(fixtureDigest).sourceLabels.get('guardian-troops')).toEqual({ long: 'The Guardian', short: 'The Guardian' });
  });
});
