import { describe, expect, test } from 'vitest';
import type { ActorKind } from '../../../src/engine/schema.ts';
import type { Digest, DigestActor, DigestArticle, DigestQuote } from '../../../src/engine/digest/schema.ts';
import { digestToSiteData } from '../../../src/site/site-data.ts';
import { actorToView } from '../../../src/site/views/actor-view.ts';
import { fixtureDigest, fixtureSiteData } from '../../fixtures/site-digest.ts';

const actor = (slug: string) => fixtureSiteData.actors.get(slug)!;

describe('actorToView', () => {
  test('shows every quote once: quotes inside a statement are not listed again by source', () => {
    const view = actorToView(actor('emmanuel-macron'), fixtureSiteData);
    expect(view.shownStatements.map((s) => s.id)).toEqual(['s1']);
    expect(view.otherQuotes).toEqual([]);
    expect(view.quotesBySource).toEqual([]);
  });

  test('groups the other quotes by source in the order of the actor’s sources, leaving out sources without one', () => {
    const digest = structuredClone(fixtureDigest);
    const macron = digest.actors[0]!;
    macron.statements = [];
    macron.articles = ['guardian-troops', 'no-quotes-here', 'bbc-troops'];
    const view = actorToView(macron, digestToSiteData(digest));
    expect(view.statementCount).toBe(0);
    expect(view.quotesBySource.map((group) => [group.href, group.title, group.quotes.map((q) => q.id)])).toEqual([
      // The Guardian's article has no headline: its opening sentence stands in.
      ['/sources/guardian-troops/', 'The Guardian: Macron said “nothing should be ruled out”, and Peskov replied “</title><script>alert(1)</script> ]]>”.', ['q3']],
      ['/sources/bbc-troops/', 'BBC: Macron says nothing excluded', ['q1']],
    ]);
  });

  test('titles quotes of a source missing from the articles with its slug alone', () => {
    const digest = structuredClone(fixtureDigest);
    const quote: DigestQuote = { ...digest.quotes[0]!, id: 'q9', article: 'gone', statement: null };
    digest.quotes.push(quote);
    const macron: DigestActor = { ...digest.actors[0]!, quotes: ['q9'], articles: ['gone'], statements: [] };
    expect(actorToView(macron, digestToSiteData(digest)).quotesBySource.map((g) => g.title)).toEqual(['gone']);
  });

  test('groups thousands of quotes over thousands of sources, each under its own source', () => {
    const digest = structuredClone(fixtureDigest);
    const base = digest.articles[0]!;
    const n = 3000;
    const articles: DigestArticle[] = Array.from({ length: n }, (_, i) => ({ ...base, slug: `a${i}`, meta: { outlet: `Outlet ${i}` } }));
    const quotes: DigestQuote[] = Array.from({ length: 2 * n }, (_, i) => ({ ...digest.quotes[0]!, id: `x${i}`, article: `a${i % n}`, statement: null }));
    const speaker: DigestActor = { ...digest.actors[0]!, quotes: quotes.map((q) => q.id), articles: articles.map((a) => a.slug), statements: [] };
    const data = digestToSiteData({ ...digest, articles, quotes, actors: [speaker], statements: [], stories: [] } satisfies Digest);
    const groups = actorToView(speaker, data).quotesBySource;
    expect(groups).toHaveLength(n);
    expect(groups[7]!.quotes.map((q) => q.id)).toEqual(['x7', `x${n + 7}`]);
  });

  test.each([
    ['person', 'Person'],
    ['organization', 'Organisation'],
    ['place', 'Country or place'],
    ['anonymous', 'Anonymous source'],
    ['group', 'Group'],
  ] as const)('names the kind %s “%s”', (kind: ActorKind, label) => {
    expect(actorToView({ ...actor('emmanuel-macron'), kind }, fixtureSiteData).kindLabel).toBe(label);
  });

  test('lists country and affiliation as facts, and the aliases that differ from the name', () => {
    const view = actorToView({ ...actor('emmanuel-macron'), affiliation: 'Renaissance', aliases: ['Macron', 'Emmanuel Macron'] }, fixtureSiteData);
    expect(view.facts).toEqual(['Country: France', 'Affiliation: Renaissance']);
    expect(view.aliases).toEqual(['Macron']);
  });

  test('gives each role the sources that use it, labelled', () => {
    expect(actorToView(actor('emmanuel-macron'), fixtureSiteData).roles).toEqual([
      { text: 'French President', sources: [{ href: '/sources/bbc-troops/', label: 'BBC' }] },
    ]);
  });

  test('charts statements by the day of their earliest dated source, and counts the undated apart', () => {
    const macron = actorToView(actor('emmanuel-macron'), fixtureSiteData).timeline;
    expect(macron.bars.map((bar) => [bar.value, bar.valueText])).toEqual([[1, '1 statement']]);
    expect(macron.undated).toBe(0);
    const digest = structuredClone(fixtureDigest);
    delete digest.articles[1]!.meta.published;
    const data = digestToSiteData(digest);
    expect(actorToView(data.actors.get('dmitry-peskov')!, data).timeline).toEqual({ bars: [], undated: 1 });
  });

  test('says how many quotes and sources, in words that agree with the numbers', () => {
    expect(actorToView(actor('dmitry-peskov'), fixtureSiteData).description).toBe('Dmitry Peskov: 1 quote in 1 source, with links to each source.');
    expect(actorToView(actor('emmanuel-macron'), fixtureSiteData).description).toBe('Emmanuel Macron: 2 quotes in 2 sources, with links to each source.');
  });
});
