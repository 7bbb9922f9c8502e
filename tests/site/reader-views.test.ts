import { describe, expect, test } from 'vitest';
import type { DigestActor, DigestArticle, Statement } from '../../src/engine/digest/schema.ts';
import { actorHasPage } from '../../src/site/views/actor-has-page.ts';
import { articleToHeading } from '../../src/site/views/article-heading.ts';
import { actorToRole, actorToRoles } from '../../src/site/views/actor-role.ts';
import { statementToDate } from '../../src/site/feeds/feed-items.ts';
import { citationPath, quoteAnchor } from '../../src/site/quote-anchor.ts';
import { isFragment, quoteToSentence } from '../../src/site/views/quote-sentence.ts';
import { articlesToOutletsPhrase, articleToOutlet, articleToSourceLabel, digestToSourceLabels } from '../../src/site/views/source-label.ts';
import { storyToReactions } from '../../src/site/views/story-reactions.ts';
import { fixtureDigest, fixtureSiteData } from './fixtures/digest.ts';

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

describe('actorHasPage', () => {
  const actor = (quotes: string[], roles: DigestActor['roles'], description?: string, kind: DigestActor['kind'] = 'person') => ({ kind, quotes, roles, ...(description ? { description } : {}) });
  test.each([
    ['an actor quoted', actor(['q1'], []), true],
    ['a news outlet the articles only cite, even with a description', actor([], [], 'A wire service.', 'outlet'), false],
    ['an actor with a role', actor([], [{ text: 'Polish Prime Minister', articles: ['a'] }]), true],
    ['an actor an editor describes', actor([], [], 'Head of the alliance.'), true],
    ['an actor only mentioned', actor([], []), false],
  ])('gives %s a page: %s', (_name, value, expected) => {
    expect(actorHasPage(value)).toBe(expected);
  });
});

describe('actorToRole and actorToRoles', () => {
  const roles = [
    { text: 'President', articles: ['a', 'b'] },
    { text: 'French President', articles: ['c'] },
    { text: 'foreign minister', articles: ['d'] },
  ];

  test('shows the fullest role beside a name', () => {
    expect(actorToRole({ roles })).toBe('French President');
    expect(actorToRole({ roles: [] })).toBeUndefined();
  });

  test('folds a cut role into the whole one, which takes its sources', () => {
    expect(actorToRoles({ roles })).toEqual([
      { text: 'French President', articles: ['c', 'a', 'b'] },
      { text: 'foreign minister', articles: ['d'] },
    ]);
  });

  test('folds regardless of case', () => {
    expect(actorToRoles({ roles: [{ text: 'foreign minister', articles: ['a'] }, { text: 'French Foreign Minister', articles: ['b'] }] })).toEqual([
      { text: 'French Foreign Minister', articles: ['b', 'a'] },
    ]);
  });
});

describe('citationPath', () => {
  test.each([
    ['a quote, to the quote', { article: 'bbc-troops', paragraph: 2, quote: 'bbc-troops-q3' }, '/sources/bbc-troops/#q-bbc-troops-q3'],
    ['a paragraph, to the paragraph', { article: 'bbc-troops', paragraph: 2 }, '/sources/bbc-troops/#p-2'],
  ])('links %s', (_name, citation, expected) => {
    expect(citationPath(citation)).toBe(expected);
  });

  test('uses the id the source page gives the quote', () => {
    expect(quoteAnchor('q1')).toBe('q-q1');
  });
});

describe('isFragment and quoteToSentence', () => {
  test.each([
    ['necessary', true],
    ['no consensus', true],
    ['strategic ambiguity here', true],
    ['nothing should be ruled out', false],
  ])('%s is a fragment: %s', (text, expected) => {
    expect(isFragment(text)).toBe(expected);
  });

  test('finds the sentence a quote was quoted in, split around it', () => {
    expect(quoteToSentence('q2', fixtureSiteData)).toEqual({ before: 'A NATO official said the alliance had “', quote: 'no plans', after: '” to deploy troops.' });
  });

  test('gives nothing for an unknown quote', () => {
    expect(quoteToSentence('nope', fixtureSiteData)).toBeUndefined();
  });
});

describe('storyToReactions', () => {
  test('shows a speaker’s fragment inside its sentence, after their whole remarks', () => {
    const story = fixtureSiteData.stories.get('macron-troops')!;
    for (const reaction of storyToReactions(story, fixtureSiteData)) {
      const remarks = [reaction, ...reaction.others];
      const firstFragment = remarks.findIndex((remark) => remark.sentence !== undefined);
      if (firstFragment >= 0) expect(remarks.slice(firstFragment).every((remark) => remark.sentence !== undefined)).toBe(true);
      for (const remark of remarks) if (isFragment(remark.text)) expect(remark.sentence?.quote, remark.text).toBe(remark.text);
    }
  });
});

describe('statementToDate', () => {
  const statement = (articles: string[]): Statement => ({ id: 's', speaker: 'x', text: 't', quotes: [], articles, variants: [], wordingDiffers: false });
  const undated = { ...fixtureDigest.articles[0]!, slug: 'undated', meta: {}, story: 'macron-troops' };
  const data = { ...fixtureSiteData, articles: new Map([...fixtureSiteData.articles, ['undated', undated]]) };

  test('takes the earliest dated source', () => {
    expect(statementToDate(statement(['guardian-troops', 'bbc-troops']), data)).toBe('2024-02-27T10:00:00Z');
  });

  test('takes the story’s date when no source of the statement is dated', () => {
    expect(statementToDate(statement(['undated']), data)).toBe('2024-02-28');
  });

  test('gives no date when nothing is dated, never the clock', () => {
    const stories = new Map([['macron-troops', { ...fixtureSiteData.stories.get('macron-troops')!, from: undefined, to: undefined }]]);
    expect(statementToDate(statement(['undated']), { articles: data.articles, stories } as never)).toBeUndefined();
  });
});

describe('articleToHeading', () => {
  const article = (title: string | undefined, opening: string, displayTitle: string) => ({
    meta: title ? { title } : {},
    paragraphs: [{ index: 0, line: 1, text: opening }],
    displayTitle,
  });
  test.each([
    ['the title', article('Allies reject plan', 'Nato ruled it out. More.', 'Allies reject plan'), 'Allies reject plan'],
    ['the whole opening sentence of an untitled article', article(undefined, 'Several NATO countries, including the US, Germany and the UK, have ruled out deploying ground troops to Ukraine. More.', 'Several NATO countries, including the US, Germany and the UK, have ruled out deploying…'), 'Several NATO countries, including the US, Germany and the UK, have ruled out deploying ground troops to Ukraine.'],
    ['the display title when the sentence is too long to head a page', article(undefined, `${'word '.repeat(70)}end.`, 'word word…'), 'word word…'],
  ])('gives %s', (_name, value, expected) => {
    expect(articleToHeading(value)).toBe(expected);
  });
});
