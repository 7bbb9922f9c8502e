import { describe, expect, test } from 'vitest';
import type { DigestArticle } from '../../../src/engine/digest/schema.ts';
import { digestToSiteData } from '../../../src/site/site-data.ts';
import { articleToSourceView } from '../../../src/site/views/source-view.ts';
import { $$, hrefOf, parseHtml, textOf } from '../../support/html.ts';
import { fixtureDigest, fixtureSiteData, spanOf } from '../../fixtures/site-digest.ts';

const bbc = fixtureSiteData.articles.get('bbc-troops')!;
const guardian = fixtureSiteData.articles.get('guardian-troops')!;
/** Site data whose articles are the fixture's, changed by `patch`. */
const withArticles = (patch: (articles: DigestArticle[]) => void) => {
  const digest = structuredClone(fixtureDigest);
  patch(digest.articles);
  return digestToSiteData(digest);
};

describe('articleToSourceView', () => {
  test('lists each kind of removed furniture once, in order of first appearance, with all its lines', () => {
    const data = withArticles(([a]) => {
      a!.removed = [
        { kind: 'caption', text: 'x', line: 2 },
        { kind: 'credit', text: 'x', line: 4 },
        { kind: 'caption', text: 'x', line: 9 },
      ];
    });
    expect(articleToSourceView(data.articles.get('bbc-troops')!, data).removed).toEqual([
      { label: 'Photo caption', lines: [2, 9] },
      { label: 'Credit', lines: [4] },
    ]);
  });

  test('names the inferred fields as a reader would', () => {
    expect(articleToSourceView(guardian, fixtureSiteData).inferred).toEqual(['outlet', 'date']);
  });

  test.each([
    ['https://www.bbc.co.uk/news/1', 'https://www.bbc.co.uk/news/1'],
    ['HTTP://EXAMPLE.COM/', 'HTTP://EXAMPLE.COM/'],
    ['javascript:alert(1)', undefined],
    ['ftp://example.com/a', undefined],
  ])('links the original address %s only when it is http(s)', (url, safe) => {
    const data = withArticles(([a]) => {
      a!.meta.url = url;
    });
    expect(articleToSourceView(data.articles.get('bbc-troops')!, data).safeUrl).toBe(safe);
  });

  test('gives a quote without a speaker no note, and a quote with an inferred speaker its note', () => {
    const digest = structuredClone(fixtureDigest);
    digest.quotes[0]!.cue = 'pronoun';
    const data = digestToSiteData(digest);
    const rows = articleToSourceView(data.articles.get('bbc-troops')!, data).quotes;
    expect(rows.map((row) => [row.quote.id, row.speaker?.slug, row.note !== undefined])).toEqual([
      ['q1', 'emmanuel-macron', true],
      ['q2', undefined, false],
    ]);
    expect(rows[1]!.href).toBe('/sources/bbc-troops/#q-q2');
  });

  test('links names of actors with a page in the text, and not those only mentioned', () => {
    const data = withArticles(([a]) => {
      a!.mentions.push({ actor: 'nato-official', paragraph: 1, ...spanOf(a!.paragraphs[1]!.text, 'A NATO official') });
    });
    const view = articleToSourceView(data.articles.get('bbc-troops')!, data);
    const links = $$(parseHtml(view.html), 'a').map((a) => [textOf(a), hrefOf(a)]);
    expect(links).toContainEqual(['Emmanuel Macron', '/actors/emmanuel-macron/']);
    expect(textOf(parseHtml(view.html))).toContain('A NATO official');
    expect(links.filter(([text]) => text === 'A NATO official')).toEqual([]);
  });

  test('notes the wire copy a reprint reprints when it is among the sources, and lists no reprints of a reprint', () => {
    const data = withArticles(([a, b]) => {
      a!.reprintOf = 'guardian-troops';
      a!.reprints = ['guardian-troops'];
      b!.reprints = ['bbc-troops', 'gone'];
    });
    const reprint = articleToSourceView(data.articles.get('bbc-troops')!, data);
    expect(reprint.reprintOf?.href).toBe('/sources/guardian-troops/');
    expect(reprint.reprints).toEqual([]);
    expect(articleToSourceView(data.articles.get('guardian-troops')!, data).reprints).toEqual([
      { href: '/sources/bbc-troops/', heading: 'Macron says nothing excluded' },
      { href: '/sources/gone/', heading: 'gone' },
    ]);
  });

  test('says nothing of a reprint whose wire copy is not among the sources', () => {
    const data = withArticles(([a]) => {
      a!.reprintOf = 'gone';
    });
    const view = articleToSourceView(data.articles.get('bbc-troops')!, data);
    expect(view.reprintOf).toBeUndefined();
    expect(view.reprints).toEqual([]);
  });

  test('keeps a story headlined by this article apart from it by the source’s label in the title', () => {
    const view = articleToSourceView(bbc, fixtureSiteData);
    expect([view.heading, view.label, view.pageTitle]).toEqual(['Macron says nothing excluded', 'BBC', 'Macron says nothing excluded (BBC)']);
  });

  test('lists actors in the article’s order, outlets apart', () => {
    const digest = structuredClone(fixtureDigest);
    digest.actors.push({ ...digest.actors[2]!, slug: 'reuters', name: 'Reuters', kind: 'outlet' });
    digest.articles[0]!.actors = ['reuters', 'nato-official', 'emmanuel-macron'];
    const data = digestToSiteData(digest);
    const view = articleToSourceView(data.articles.get('bbc-troops')!, data);
    expect(view.mentioned.map((a) => a.slug)).toEqual(['nato-official', 'emmanuel-macron']);
    expect(view.cited.map((a) => a.name)).toEqual(['Reuters']);
  });
});
