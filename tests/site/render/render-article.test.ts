import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { describe, expect, test } from 'vitest';
import type { DigestArticle, DigestQuote, Mention } from '../../../src/engine/digest/schema.ts';
import { type RenderArticleOptions, renderArticleHtml } from '../../../src/site/render/render-article.ts';
import { fixtureDigest, spanOf } from '../../fixtures/site-digest.ts';

const names = new Map([
  ['emmanuel-macron', 'Emmanuel Macron'],
  ['dmitry-peskov', 'Dmitry Peskov'],
]);

/** An article of one paragraph per text, with mentions located by their words. */
function article(texts: string[], mentions: Array<[paragraph: number, actor: string, words: string]> = []): DigestArticle {
  return {
    slug: 'a',
    file: 'a.md',
    hash: '0',
    format: 'markdown',
    displayTitle: 'A',
    meta: {},
    inferred: [],
    paragraphs: texts.map((text, index) => ({ index, text, line: index + 1 })),
    removed: [],
    problems: [],
    quotes: [],
    actors: [],
    mentions: mentions.map(([paragraph, actor, words]): Mention => ({ actor, paragraph, ...spanOf(texts[paragraph] ?? '', words) })),
    story: 's',
    duplicates: [],
  };
}

/** A quote located by its words in paragraph `paragraph` of `texts`. */
function quote(texts: string[], paragraph: number, words: string, speaker: string | null = 'emmanuel-macron'): DigestQuote {
  return {
    id: `q-${words}`,
    article: 'a',
    paragraph,
    ...spanOf(texts[paragraph] ?? '', words),
    text: words,
    speaker,
    cue: speaker ? 'said-after' : 'none',
    partial: false,
    statement: null,
  };
}

function render(a: DigestArticle, quotes: DigestQuote[] = [], options: RenderArticleOptions = { linkMentions: 'all' }): Root {
  return fromHtml(renderArticleHtml(a, quotes, names, options), { fragment: true });
}

function texts(root: Root, selector: string): string[] {
  return selectAll(selector, root).map((node) => toString(node));
}

describe('renderArticleHtml', () => {
  test('gives every paragraph an id matching its index and keeps its text', () => {
    const source = ['First.', 'Second.', 'Third.'];
    const root = render({ ...article(source), paragraphs: [0, 2, 5].map((index, i) => ({ index, text: source[i] ?? '', line: 1 })) });
    expect(selectAll('p', root).map((p) => p.properties.id)).toEqual(['p-0', 'p-2', 'p-5']);
    expect(texts(root, 'p')).toEqual(source);
  });

  test('wraps a quote in a <q> titled with its speaker', () => {
    const source = ['He said “nothing should be excluded” on Monday.'];
    const root = render(article(source), [quote(source, 0, 'nothing should be excluded')]);
    const q = select('p#p-0 > q.quote', root);
    expect(q && toString(q)).toBe('nothing should be excluded');
    expect(q?.properties.title).toBe('Quote by Emmanuel Macron');
    expect(toString(root)).toBe(source[0]);
  });

  test('marks a quote with no known speaker as such', () => {
    const source = ['Officials said there were “no plans”.'];
    const q = select('q', render(article(source), [quote(source, 0, 'no plans', null)]));
    expect(q?.properties.className).toEqual(['quote', 'quote-unknown']);
    expect(q?.properties.title).toBe('Quote, speaker unknown');
  });

  test('links a mention to the actor page', () => {
    const source = ['Emmanuel Macron spoke.'];
    const a = select('a.mention', render(article(source, [[0, 'emmanuel-macron', 'Emmanuel Macron']])));
    expect(a?.properties.href).toBe('/actors/emmanuel-macron/');
    expect(a && toString(a)).toBe('Emmanuel Macron');
  });

  test('nests a mention inside a quote as a link within the <q>', () => {
    const source = ['Peskov said “Macron is wrong” today.'];
    const root = render(article(source, [[0, 'emmanuel-macron', 'Macron'], [0, 'dmitry-peskov', 'Peskov']]), [
      quote(source, 0, 'Macron is wrong', 'dmitry-peskov'),
    ]);
    expect(texts(root, 'q > a.mention')).toEqual(['Macron']);
    expect(texts(root, 'p > a.mention')).toEqual(['Peskov']);
    expect(toString(root)).toBe(source[0]);
  });

  test.each([
    ['a mention crossing the end of a quote', 'He said “it was Emmanuel” Macron.', 'it was Emmanuel', 'Emmanuel” Macron'],
    ['a mention crossing the start of a quote', 'Emmanuel “Macron said no”.', 'Macron said no', 'Emmanuel “Macron'],
  ])('drops %s and keeps the text whole', (_name, text, quoted, mentioned) => {
    const root = render(article([text], [[0, 'emmanuel-macron', mentioned]]), [quote([text], 0, quoted)]);
    expect(texts(root, 'q')).toEqual([quoted]);
    expect(selectAll('a', root)).toEqual([]);
    expect(toString(root)).toBe(text);
  });

  test.each([
    ['overlapping quotes keep the first', 'A “b c” d', [[3, 6], [5, 8]], ['b c']],
    ['an empty span is skipped', 'A “b” c', [[3, 3]], []],
    ['an inverted span is skipped', 'A “b” c', [[4, 3]], []],
    ['a span past the end is clamped', 'A “bc', [[3, 99]], ['bc']],
    ['a negative start is clamped', 'ab” c', [[-4, 2]], ['ab']],
  ])('handles bad offsets: %s', (_name, text, spans, expected) => {
    const quotes = spans.map(([start, end], i): DigestQuote => ({ ...quote([text], 0, text.slice(0, 1)), id: `q${i}`, start: start ?? 0, end: end ?? 0 }));
    const root = render(article([text]), quotes);
    expect(texts(root, 'q')).toEqual(expected);
    expect(toString(root)).toBe(text);
  });

  test.each([
    ['first', ['p-0 Macron', 'p-1 Peskov']],
    ['all', ['p-0 Macron', 'p-1 Peskov', 'p-1 Macron', 'p-2 Macron']],
  ] as const)('links mentions: %s', (linkMentions, expected) => {
    const source = ['Macron spoke.', 'Peskov answered Macron.', 'Macron again.'];
    const a = article(source, [[2, 'emmanuel-macron', 'Macron'], [1, 'emmanuel-macron', 'Macron'], [0, 'emmanuel-macron', 'Macron'], [1, 'dmitry-peskov', 'Peskov']]);
    const root = render(a, [], { linkMentions });
    const links = selectAll('p', root).flatMap((p) => selectAll('a', p).map((link) => `${String(p.properties.id)} ${toString(link)}`));
    expect(links).toEqual(expected);
  });

  test('ignores quotes of other articles and mentions of unknown actors', () => {
    const source = ['Someone said “hello”.'];
    const other = { ...quote(source, 0, 'hello'), article: 'b' };
    const root = render(article(source, [[0, 'someone-hidden', 'Someone']]), [other]);
    expect(selectAll('q, a', root)).toEqual([]);
  });

  test.each([
    ['a script element', '<script>alert(1)</script>'],
    ['an onerror attribute', '<img src=x onerror="alert(1)">'],
    ['a javascript: link', '<a href="javascript:alert(1)">click</a>'],
    ['a closing tag and CDATA end', '</p></title><style>body{}</style>]]>'],
  ])('escapes %s in the text instead of rendering it', (_name, payload) => {
    const source = [`Before ${payload} after.`, `Quoted: “${payload}”`];
    const root = render(article(source, [[0, 'emmanuel-macron', 'Before']]), [quote(source, 1, payload)]);
    expect(selectAll('script, img, style, [onerror]', root)).toEqual([]);
    expect(selectAll('a', root).map((a) => a.properties.href)).toEqual(['/actors/emmanuel-macron/']);
    expect(texts(root, 'p')).toEqual(source);
    expect(texts(root, 'q')).toEqual([payload]);
  });

  test('renders the fixture article with both quotes and both mentions', () => {
    const guardian = fixtureDigest.articles[1];
    if (!guardian) throw new Error('fixture changed');
    const root = render(guardian, fixtureDigest.quotes);
    expect(selectAll('q', root).map((q) => (q as Element).properties.title)).toEqual(['Quote by Emmanuel Macron', 'Quote by Dmitry Peskov']);
    expect(texts(root, 'a.mention')).toEqual(['Macron', 'Peskov']);
    expect(selectAll('script', root)).toEqual([]);
  });
});
