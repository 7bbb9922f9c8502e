import { describe, expect, test } from 'vitest';
import { actorToJsonLd, articleToJsonLd, quoteToJsonLd, serializeJsonLd, statementToJsonLd } from '../../../src/site/export/json-ld.ts';
import { fixtureDigest, fixtureSiteData } from '../../fixtures/site-digest.ts';

const site = new URL('https://news-digest.example/');
const actor = (slug: string) => fixtureSiteData.actors.get(slug)!;

describe('serializeJsonLd', () => {
  test.each([
    ['a closing script tag', '</script><script>alert(1)</script>'],
    ['an HTML comment opener', '<!-- x'],
    ['a CDATA end and ampersands', ']]> &amp; &'],
    ['line and paragraph separators', 'a\u2028b\u2029c'],
  ])('escapes %s so the text cannot end the element, and parses back to the same value', (_name, text) => {
    const json = serializeJsonLd({ text });
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual({ text });
  });
});

describe('actorToJsonLd', () => {
  test.each([
    ['person', 'Person'],
    ['organization', 'Organization'],
    ['group', 'Organization'],
    ['place', 'Place'],
    ['anonymous', 'Person'],
  ] as const)('describes a %s as a schema.org %s', (kind, type) => {
    expect(actorToJsonLd({ ...actor('emmanuel-macron'), kind }, site)['@type']).toBe(type);
  });

  test('links the actor page and gives aliases, role and country', () => {
    expect(actorToJsonLd(actor('emmanuel-macron'), site)).toEqual({
      '@type': 'Person',
      '@id': 'https://news-digest.example/actors/emmanuel-macron/#actor',
      name: 'Emmanuel Macron',
      url: 'https://news-digest.example/actors/emmanuel-macron/',
      alternateName: ['Macron'],
      jobTitle: 'French President',
      location: { '@type': 'Country', name: 'France' },
    });
  });
});

describe('statementToJsonLd', () => {
  test('is a Quotation by the actor node, citing each source paragraph once', () => {
    const node = statementToJsonLd(fixtureSiteData.statements.get('s1')!, fixtureSiteData, site);
    expect(node).toEqual({
      '@type': 'Quotation',
      '@id': 'https://news-digest.example/actors/emmanuel-macron/#statement-s1',
      text: 'nothing should be ruled out',
      spokenByCharacter: { '@id': 'https://news-digest.example/actors/emmanuel-macron/#actor' },
      citation: ['https://news-digest.example/sources/bbc-troops/#p-0', 'https://news-digest.example/sources/guardian-troops/#p-0'],
    });
  });
});

describe('quoteToJsonLd', () => {
  test('leaves the speaker out when it is unknown', () => {
    const quote = fixtureSiteData.quotes.get('q2')!;
    expect(quoteToJsonLd(quote, undefined, site)).toEqual({ '@type': 'Quotation', text: 'no plans', citation: 'https://news-digest.example/sources/bbc-troops/#p-1' });
  });

  test('keeps markup in a quote as text, escaped once serialised', () => {
    const quote = fixtureSiteData.quotes.get('q4')!;
    const json = serializeJsonLd(quoteToJsonLd(quote, actor('dmitry-peskov'), site));
    expect(json).not.toContain('</script>');
    expect(JSON.parse(json).text).toBe('</title><script>alert(1)</script> ]]>');
  });
});

describe('articleToJsonLd', () => {
  const [bbc, guardian] = fixtureDigest.articles as [(typeof fixtureDigest.articles)[0], (typeof fixtureDigest.articles)[0]];

  test('gives headline, date, author and publisher as the article states them', () => {
    expect(articleToJsonLd(bbc, site)).toEqual({
      '@type': 'NewsArticle',
      headline: 'Macron says nothing excluded',
      url: 'https://news-digest.example/sources/bbc-troops/',
      datePublished: '2024-02-27T10:00:00Z',
      author: { '@type': 'Person', name: 'Jane Doe' },
      publisher: { '@type': 'Organization', name: 'BBC' },
    });
  });

  test.each(['javascript:alert(1)', 'ftp://example.com/a', 'not a url'])('leaves out an original address that is not http(s): %s', (url) => {
    expect(articleToJsonLd({ ...guardian, meta: { ...guardian.meta, url } }, site)).not.toHaveProperty('sameAs');
  });

  test('links an http(s) original address with sameAs', () => {
    expect(articleToJsonLd({ ...guardian, meta: { ...guardian.meta, url: 'https://www.theguardian.com/x' } }, site).sameAs).toBe('https://www.theguardian.com/x');
  });
});
