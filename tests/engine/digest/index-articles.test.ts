import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { findReprints, indexArticles } from '../../../src/engine/digest/01-index-articles.ts';
import { buildDigest, processArticle } from '../../../src/engine/index.ts';
import { makeArticle } from './make-article.ts';

const hostile = join(import.meta.dirname, '../../fixtures/hostile');
const readFixture = (name: string, file: string) => processArticle({ file, text: readFileSync(join(hostile, name, 'articles', file), 'utf8') });

/** A wire paragraph of about 60 words; `n` makes each one distinct. */
const wire = (n: number) =>
  `Paragraph ${n}: dock workers at the country's largest grain port walked off the job on Wednesday, halting exports for the first time in a decade, as talks over pay and night shifts broke down late on Tuesday evening, the union said, adding that about ${n * 100} members had joined a strike it called open-ended and that pickets would stay at every gate.`;
const wireText = Array.from({ length: 6 }, (_, i) => wire(i + 1));

describe('indexArticles', () => {
  test('gives a file named <slug>.md its slug, and any other file its slug and a hash of its path', () => {
    const indexed = indexArticles([makeArticle({ file: 'b/Report.md' }), makeArticle({ file: 'a/report.txt' }), makeArticle({ file: 'Café – report..md' }), makeArticle({ file: 'report.md' })]);
    const slugs = indexed.map((x) => x.slug);
    expect(slugs[3]).toBe('report');
    expect(slugs.slice(0, 3)).toEqual([expect.stringMatching(/^cafe-report-[0-9a-f]{6}$/), expect.stringMatching(/^report-[0-9a-f]{6}$/), expect.stringMatching(/^report-[0-9a-f]{6}$/)]);
    expect(new Set(slugs).size).toBe(4);
  });

  test.each([
    ['same-name.md', 'same-name'],
    ['Same Name.md', /^same-name-[0-9a-f]{6}$/],
    ['same_name.md', /^same-name-[0-9a-f]{6}$/],
    ['same-name.txt', /^same-name-[0-9a-f]{6}$/],
    ['same-name.markdown', /^same-name-[0-9a-f]{6}$/],
    ['sub/same-name.md', /^same-name-[0-9a-f]{6}$/],
  ])('gives %s the same slug whichever of the other same-name files exist', (file, expected) => {
    const others = ['same-name.md', 'Same Name.md', 'same_name.md', 'same-name.txt', 'same-name.markdown', 'sub/same-name.md'].filter((f) => f !== file);
    const slugWith = (files: string[]) => indexArticles([file, ...files].map((f) => makeArticle({ file: f, paragraphs: [`Text of ${f}.`] }))).find((x) => x.article.file === file)!.slug;
    const alone = slugWith([]);
    expect(alone).toEqual(typeof expected === 'string' ? expected : expect.stringMatching(expected));
    for (let n = 1; n <= others.length; n++) expect(slugWith(others.slice(0, n)), others.slice(0, n).join(', ')).toBe(alone);
  });

  test('keeps the earliest of an exact duplicate and lists where the other copies came from', () => {
    const first = makeArticle({ file: 'dam report (copy).md', paragraphs: ['Same text.'], published: '2024-03-05' });
    first.meta.outlet = 'Hill Gazette';
    const second = makeArticle({ file: 'dam-report.md', paragraphs: ['Same text.'], published: '2024-03-04' });
    const indexed = indexArticles([first, second]);
    expect(indexed).toHaveLength(1);
    const copy = expect.stringMatching(/^dam-report-copy-[0-9a-f]{6}$/);
    expect(indexed[0]).toMatchObject({
      slug: 'dam-report',
      duplicates: [copy],
      duplicateSources: [{ slug: copy, file: 'dam report (copy).md', outlet: 'Hill Gazette', published: '2024-03-05' }],
    });
  });

  test('never folds articles that have no paragraphs', () => {
    expect(indexArticles([makeArticle({ file: 'a.md', paragraphs: [] }), makeArticle({ file: 'b.md', paragraphs: [] })])).toHaveLength(2);
  });

  test('marks a wire story reprinted with small edits as reprints of each other, the earliest first', () => {
    const edited = [...wireText];
    edited[2] = edited[2]!.replace('late on Tuesday evening', 'on Tuesday');
    edited[5] = edited[5]!.replace('the union said', 'its leaders said');
    const indexed = indexArticles([
      makeArticle({ file: 'south.md', paragraphs: edited, published: '2024-04-10T14:30:00Z' }),
      makeArticle({ file: 'north.md', paragraphs: wireText, published: '2024-04-10' }),
      makeArticle({ file: 'other.md', paragraphs: ['A different story about a bakery that won a prize for its rye bread on Saturday in the old town.'] }),
    ]);
    expect(indexed.map(({ slug, reprints, reprintOf }) => ({ slug, reprints, reprintOf }))).toEqual([
      { slug: 'north', reprints: ['south'], reprintOf: undefined },
      { slug: 'other', reprints: [], reprintOf: undefined },
      { slug: 'south', reprints: ['north'], reprintOf: 'north' },
    ]);
  });

  test('marks the hostile wire-reprint fixture, and buildDigest publishes both articles', () => {
    const digest = buildDigest([readFixture('wire-reprint', 'wire-south-herald.md'), readFixture('wire-reprint', 'wire-north-gazette.md')]);
    expect(digest.articles.map(({ slug, reprints, reprintOf }) => ({ slug, reprints, reprintOf }))).toEqual([
      { slug: 'wire-north-gazette', reprints: ['wire-south-herald'], reprintOf: undefined },
      { slug: 'wire-south-herald', reprints: ['wire-north-gazette'], reprintOf: 'wire-north-gazette' },
    ]);
  });

  test('shows the hostile same-article-twice fixture once, naming the other outlet', () => {
    const digest = buildDigest([readFixture('same-article-twice', 'dam report (copy).md'), readFixture('same-article-twice', 'dam-report.md')]);
    expect(digest.articles).toHaveLength(1);
    const copy = expect.stringMatching(/^dam-report-copy-[0-9a-f]{6}$/);
    expect(digest.articles[0]).toMatchObject({ slug: 'dam-report', duplicates: [copy], duplicateSources: [{ slug: copy, outlet: 'Hill Gazette' }] });
  });
});

describe('findReprints', () => {
  const rewrite = (text: string, every: number) =>
    text
      .split(' ')
      .map((word, i) => (i % every === every - 1 ? `${word}x` : word))
      .join(' ');
  const base = wireText.join('\n');

  test.each([
    { name: 'the same text', other: base, groups: [[0, 1]] },
    { name: 'one word changed', other: base.replace('Wednesday', 'Thursday'), groups: [[0, 1]] },
    { name: 'a paragraph dropped', other: wireText.slice(0, 5).join('\n'), groups: [[0, 1]] },
    { name: 'every 10th word changed (similarity well under 0.8)', other: rewrite(base, 10), groups: [] },
    { name: 'half the text', other: wireText.slice(0, 3).join('\n'), groups: [] },
    { name: 'an unrelated text', other: 'The bakery won a prize for its rye bread on Saturday, the owners said.', groups: [] },
  ])('with $name: $groups', ({ other, groups }) => {
    expect(findReprints([base, other])).toEqual(groups);
  });

  test('ignores texts too short to tell (fewer than 8 shingles)', () => {
    expect(findReprints(['Prices rose.', 'Prices rose.'])).toEqual([]);
  });

  test('groups reprints transitively and leaves others alone', () => {
    const texts = [base, 'Unrelated text about a bridge closed for repairs by the council on Thursday after an inspection.', base.replace('Wednesday', 'Friday'), base];
    expect(findReprints(texts)).toEqual([[0, 2, 3]]);
  });

  test('finds no reprints among 2,000 texts on different subjects in the same words', () => {
    // Every third word is the text's own, as in articles on different subjects in the same words.
    // (Speed is measured by `npm run bench`, not here.)
    const texts = Array.from({ length: 2000 }, (_, i) => rewrite(base, 3).replaceAll('x ', `${i} `));
    expect(findReprints(texts)).toEqual([]);
  });
});
