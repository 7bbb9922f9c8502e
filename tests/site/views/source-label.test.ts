import { describe, expect, test } from 'vitest';
import type { DigestArticle } from '../../../src/engine/digest/schema.ts';
import { articlesToOutletsPhrase, articleToOutlet, articleToSourceLabel, digestToSourceLabels } from '../../../src/site/views/source-label.ts';
import { fixtureDigest } from '../../fixtures/site-digest.ts';

type Meta = DigestArticle['meta'];
const withMeta = (meta: Meta) => ({ meta });

describe('articleToOutlet', () => {
  test.each<[string, Meta, string | undefined]>([
    ['the front matter’s outlet', { outlet: 'BBC', url: 'https://www.theguardian.com/x' }, 'BBC'],
    ['the address’s host, without www.', { url: 'https://www.theguardian.com/world/2024/feb/27/x' }, 'theguardian.com'],
    ['no host from an address that is not http(s)', { url: 'javascript:alert(1)' }, undefined],
    ['the desk a byline names', { author: 'Dawn Web Desk' }, 'Dawn'],
    ['a wire’s staff byline', { author: 'Reuters Staff' }, 'Reuters'],
    ['nothing from a desk without an outlet', { author: 'Web Desk' }, undefined],
    ['nothing from a person’s byline', { author: 'Jenny Medlicott' }, undefined],
    ['nothing from nothing', {}, undefined],
  ])('takes %s', (_name, meta, expected) => {
    expect(articleToOutlet(withMeta(meta))).toBe(expected);
  });
});

describe('articleToSourceLabel', () => {
  test.each<[string, Meta, number, string]>([
    ['an outlet by its name', { outlet: 'Alwaght', author: 'X' }, 4, 'Alwaght'],
    ['a byline without outlet by number and byline', { author: 'Web Desk' }, 2, 'Source 2, by Web Desk'],
    ['a source with nothing known by its number', {}, 3, 'Source 3'],
  ])('labels %s', (_name, meta, position, expected) => {
    expect(articleToSourceLabel(withMeta(meta), position)).toBe(expected);
  });

  test('never labels a source by its opening sentence', () => {
    const label = articleToSourceLabel({ meta: {} }, 1);
    expect(label).not.toContain('…');
  });
});

describe('digestToSourceLabels', () => {
  test('numbers sources within their story, oldest first, and keeps a short form for chips', () => {
    const articles = [
      { ...fixtureDigest.articles[0]!, slug: 'late', meta: { author: 'Web Desk' } },
      { ...fixtureDigest.articles[0]!, slug: 'early', meta: {} },
    ];
    const stories = [{ ...fixtureDigest.stories[0]!, articles: ['early', 'late'] }];
    expect(Object.fromEntries(digestToSourceLabels({ articles, stories }))).toEqual({
      late: { long: 'Source 2, by Web Desk', short: 'Source 2' },
      early: { long: 'Source 1', short: 'Source 1' },
    });
  });
});

describe('articlesToOutletsPhrase', () => {
  test.each<[string, Meta[], string]>([
    ['named outlets', [{ outlet: 'BBC' }, { outlet: 'AP' }], 'BBC, AP'],
    ['the others counted', [{ outlet: 'Alwaght' }, {}, { author: 'Web Desk' }], 'Alwaght and 2 other sources'],
    ['one outlet twice once', [{ outlet: 'BBC' }, { outlet: 'BBC' }, {}], 'BBC and 1 other source'],
    ['nothing when no outlet is known', [{}, {}], ''],
  ])('gives %s', (_name, metas, expected) => {
    expect(articlesToOutletsPhrase(metas.map(withMeta))).toBe(expected);
  });
});
