import { describe, expect, test } from 'vitest';
import { digestExportJsonSchema, digestExportSchema, siteDataToExport } from '../../../src/site/export/digest-export.ts';
import { fixtureSiteData } from '../../fixtures/site-digest.ts';

const site = new URL('https://news-digest.example/');

describe('siteDataToExport', () => {
  const document = siteDataToExport(fixtureSiteData, site);

  test('produces a document its own schema accepts', () => {
    expect(digestExportSchema.safeParse(document).success).toBe(true);
  });

  test('links quotes and key point citations to their paragraphs', () => {
    expect(document.quotes.find((q) => q.id === 'q2')?.url).toBe('https://news-digest.example/sources/bbc-troops/#p-1');
    const citations = document.stories.flatMap((story) => [...story.keyPoints, ...story.onlyIn, ...story.timeline].flatMap((point) => point.citations));
    expect(citations.length).toBeGreaterThan(0);
    for (const citation of citations) expect(citation.url).toBe(`https://news-digest.example/sources/${citation.article}/#p-${citation.paragraph}`);
  });

  test('links statements to their anchor on the speaker’s page and actors to their feed', () => {
    expect(document.statements.find((s) => s.id === 's1')?.url).toBe('https://news-digest.example/actors/emmanuel-macron/#statement-s1');
    expect(document.actors.find((a) => a.slug === 'emmanuel-macron')?.feed).toBe('https://news-digest.example/actors/emmanuel-macron/rss.xml');
  });

  test('lists a news outlet without a page or a feed, and its schema accepts it', () => {
    const reuters = { slug: 'reuters', name: 'Reuters', kind: 'outlet' as const, aliases: [], roles: [], articles: ['bbc-troops'], quotes: [], statements: [], mentionCount: 1 };
    const data = { ...fixtureSiteData, digest: { ...fixtureSiteData.digest, actors: [...fixtureSiteData.digest.actors, reuters] } };
    const exported = siteDataToExport(data, site);
    const outlet = exported.actors.find((a) => a.slug === 'reuters');
    expect(outlet).toMatchObject({ name: 'Reuters', kind: 'outlet' });
    expect(outlet).not.toHaveProperty('url');
    expect(outlet).not.toHaveProperty('feed');
    expect(digestExportSchema.safeParse(exported).success).toBe(true);
  });

  test('leaves out the article text, keeping the paragraph count', () => {
    const bbc = document.articles.find((a) => a.slug === 'bbc-troops');
    expect(bbc).not.toHaveProperty('paragraphs');
    expect(bbc?.paragraphCount).toBe(2);
  });

  test('is the same for the same data (no build time in it)', () => {
    expect(JSON.stringify(siteDataToExport(fixtureSiteData, site))).toBe(JSON.stringify(document));
  });
});

describe('digestExportJsonSchema', () => {
  test('is a draft 2020-12 schema with an absolute $id that requires the five collections', () => {
    const schema = digestExportJsonSchema(site);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe('https://news-digest.example/digest.schema.json');
    expect(schema.required).toEqual(expect.arrayContaining(['stories', 'actors', 'statements', 'quotes', 'articles']));
  });
});
