/**
 * Property tests of page addresses: over random titles, actor names and file names (long, hyphenated,
 * non-ASCII, empty, alike), every path segment the digest gives is at most 100 bytes of `[a-z0-9-]`,
 * no two items of a kind share one, and no address moves when unrelated files are added or removed.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { indexArticles } from '../../../src/engine/digest/01-index-articles.ts';
import { buildDigest } from '../../../src/engine/digest/index.ts';
import type { Digest } from '../../../src/engine/digest/schema.ts';
import { assignSlugs } from '../../../src/engine/text/assign-slugs.ts';
import { nameToSlug } from '../../../src/engine/text/name-to-slug.ts';
import { makeArticle } from '../digest/make-article.ts';

const WORDS = ['council', 'harbour', 'bridge', 'vote', 'same', 'name', 'Report', 'NATO', 'Séjourné', 'Müller', 'O’Brien', 'straße', 'ǆungla', '½', '¼', '2024'];
const PIECES = [...WORDS, '-', ' ', '_', '.', '..', '–', '\u202e', '\u200b', '\u200d', 'é', 'ﬃ', '中文', 'Ελλάδα', 'Россия', '😀', '#', '&', '%'];

/** A name as an editor or a page might give it: random text, or pieces of words and separators, or a long run of words. */
const name = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 150 }),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((pieces) => pieces.join('')),
  fc.array(fc.constantFrom(...WORDS), { minLength: 30, maxLength: 80 }).chain((words) => fc.constantFrom('-', ' ').map((gap) => words.join(gap))),
  fc.constantFrom('¼½¾'.repeat(40), 'ǆ'.repeat(120), '中'.repeat(80), ''),
);

/** A file name: a name with an article extension, or one already in slug form. */
const fileName = fc.oneof(
  fc.tuple(name, fc.constantFrom('.md', '.txt', '.markdown', '.MD')).map(([n, ext]) => `${n.replace(/[/\\]/g, '')}${ext}`),
  name.map((n) => `${nameToSlug(n)}.md`),
);

/** Every page slug of a digest, by kind. */
function slugsOf(digest: Digest): Record<'sources' | 'stories' | 'actors', string[]> {
  return { sources: digest.articles.map((a) => a.slug), stories: digest.stories.map((s) => s.slug), actors: digest.actors.map((a) => a.slug) };
}

function expectSafeAndUnique(slugs: readonly string[]): void {
  for (const slug of slugs) {
    expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(Buffer.byteLength(encodeURIComponent(slug))).toBeLessThanOrEqual(100);
  }
  expect(new Set(slugs).size).toBe(slugs.length);
}

describe('source slugs', () => {
  test('are short, safe and unique, and each depends on its own file alone', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fileName, { minLength: 1, maxLength: 12 }), fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }), (files, keep) => {
        const articles = files.map((file, i) => makeArticle({ file, paragraphs: [`Paragraph of article number ${i}.`] }));
        const all = new Map(indexArticles(articles).map((x) => [x.article.file, x.slug]));
        expectSafeAndUnique([...all.values()]);
        const some = articles.filter((_, i) => keep[i]);
        for (const x of indexArticles(some)) expect(x.slug, x.article.file).toBe(all.get(x.article.file));
      }),
      { numRuns: 300, seed: 18 },
    );
  });
});

describe('story and actor slugs', () => {
  /**
   * Articles that share no word, so that each is a story of its own: titles and actor names are random,
   * paragraphs are words of the article alone.
   */
  const articlesOf = (specs: readonly { title: string; actors: string[] }[], from = 0) =>
    specs.map(({ title, actors }, i) =>
      makeArticle({
        file: `article-${from + i}.md`,
        title,
        actors,
        published: `2024-03-${String(1 + ((from + i) % 28)).padStart(2, '0')}`,
        paragraphs: [`w${from + i}a w${from + i}b w${from + i}c w${from + i}d w${from + i}e.`],
      }),
    );
  const spec = fc.record({ title: name, actors: fc.array(name, { maxLength: 3 }) });

  test('are short, safe and unique for random titles and names', () => {
    fc.assert(
      fc.property(fc.array(spec, { minLength: 1, maxLength: 10 }), (specs) => {
        const slugs = slugsOf(buildDigest(articlesOf(specs)));
        expectSafeAndUnique(slugs.sources);
        expectSafeAndUnique(slugs.stories);
        expectSafeAndUnique(slugs.actors);
      }),
      { numRuns: 200, seed: 18 },
    );
  });

  test('stay as they are when an unrelated article is added or removed', () => {
    // The added article shares no word with the others; its names are its own, and its headline is new or,
    // published later, one that another story already has.
    const unrelated = fc.record({
      title: fc.option(fc.array(fc.constantFrom('Zephyr', 'Quill', 'Vortex', 'Jasmine'), { minLength: 1, maxLength: 20 }).map((w) => `Xq ${w.join(' ')}`)),
      actors: fc.array(fc.constantFrom('Zed Quorn', 'Yara Vex', 'Xq Institute'), { maxLength: 3 }),
    });
    fc.assert(
      fc.property(fc.array(spec, { minLength: 1, maxLength: 8 }), unrelated, fc.nat(), (specs, extra, at) => {
        const base = articlesOf(specs);
        const title = extra.title ?? specs[at % specs.length]!.title;
        const added = { ...articlesOf([{ title, actors: extra.actors }], 100)[0]!, meta: { title, published: '2024-04-01' } };
        // Added anywhere in the list: the order of the files must not matter either.
        const withExtra = [...base.slice(0, at % (base.length + 1)), added, ...base.slice(at % (base.length + 1))];
        const before = buildDigest(base);
        const after = buildDigest(withExtra);
        const storyOf = (d: Digest) => new Map(d.stories.map((s) => [s.articles.join(' '), s.slug]));
        const actorOf = (d: Digest) => new Map(d.actors.map((a) => [a.name, a.slug]));
        const sourceOf = (d: Digest) => new Map(d.articles.map((a) => [a.file, a.slug]));
        for (const [of, what] of [[storyOf, 'story'], [actorOf, 'actor'], [sourceOf, 'source']] as const) {
          const later = of(after);
          for (const [key, slug] of of(before)) expect(later.get(key), `${what} ${key}`).toBe(slug);
        }
      }),
      { numRuns: 200, seed: 18 },
    );
  });
});

describe('assignSlugs', () => {
  const claim = fc.record({ key: fc.string({ maxLength: 20 }), slug: fc.constantFrom('a', 'b', 'same-name', 'x-1'), plain: fc.boolean() });

  test('gives every key a unique slug, and a claim that no other plain claim shares keeps it whatever else is claimed', () => {
    fc.assert(
      fc.property(fc.uniqueArray(claim, { selector: (c) => c.key, maxLength: 20 }), fc.array(fc.boolean(), { minLength: 20, maxLength: 20 }), (claims, keep) => {
        const all = assignSlugs(claims);
        expect(new Set(all.values()).size).toBe(claims.length);
        const fewer = assignSlugs(claims.filter((_, i) => keep[i]));
        for (const c of claims) {
          const shared = claims.some((d) => d.key !== c.key && d.plain && d.slug === c.slug);
          if (c.plain && !shared) expect(all.get(c.key)).toBe(c.slug);
          if (!c.plain) expect(all.get(c.key)).toMatch(new RegExp(`^${c.slug}-[0-9a-f]{6}$`));
          if (fewer.has(c.key) && (!c.plain || !shared)) expect(fewer.get(c.key), c.key).toBe(all.get(c.key));
        }
      }),
      { numRuns: 300, seed: 18 },
    );
  });
});
