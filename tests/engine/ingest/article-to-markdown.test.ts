import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { articleToMarkdown, ingestArticle } from '../../../src/engine/ingest/index.ts';
import type { ArticleMeta, IngestedArticle } from '../../../src/engine/schema.ts';

const BODY = 'Nato allies said on Tuesday that they had no plans to send ground troops to Ukraine.';

const article = (meta: ArticleMeta, paragraphs: string[]): IngestedArticle => ({
  file: 'article.txt',
  format: 'text',
  meta,
  inferred: [],
  paragraphs: paragraphs.map((text, index) => ({ index, text, line: index + 1 })),
  removed: [],
  problems: [],
});

/** Writes the article as Markdown, ingests it again, and returns what came back. */
const roundTrip = (input: IngestedArticle) => {
  const back = ingestArticle({ file: 'content/articles/a.md', text: articleToMarkdown(input) });
  return { meta: back.meta, paragraphs: back.paragraphs.map((paragraph) => paragraph.text), problems: back.problems };
};

describe('articleToMarkdown', () => {
  test('writes known meta fields in a stable order, then paragraphs separated by blank lines', () => {
    const markdown = articleToMarkdown(
      article({ language: 'en', url: 'https://example.com/a', author: 'Jane Doe', title: 'Allies', published: '2024-02-27' }, [BODY, 'Second.']),
    );
    expect(markdown).toBe(
      [
        '---',
        'title: "Allies"',
        'author: "Jane Doe"',
        'published: "2024-02-27"',
        'url: "https://example.com/a"',
        'language: "en"',
        '---',
        '',
        BODY,
        '',
        'Second.',
        '',
      ].join('\n'),
    );
  });

  test('writes no front matter when there is no meta', () => {
    expect(articleToMarkdown(article({}, [BODY]))).toBe(`${BODY}\n`);
  });

  test.each([
    '1. Not a list item',
    '2024) was a hard year',
    '# Not a heading',
    '- not a list',
    '+ not a list either',
    '* not a bullet',
    '> not a quote',
    '---',
    '===',
    '~~~',
    '```',
    'A <b>tag</b> and <https://example.com> stay as text',
    '<!-- not a comment -->',
    '**not bold** and __not bold__ and _not italic_',
    'snake_case_words and 2*3*4',
    'Some `code` here',
    '[not a link](https://example.com) and ![not an image](x.png)',
    '[ref]: https://example.com',
    'AT&amp;T and &eacute; stay as written',
    'A back\\slash and a trailing backslash \\',
    '| a | b |',
    ': colon start',
    'Tab\tand  double  spaces collapse',
    '“Curly quotes” and ‘single’ ones — and an em dash…',
    '\\*already escaped\\*',
  ])('escapes %j so that it reads back as the same text', (text) => {
    const expected = text.replace(/\s+/g, ' ');
    expect(roundTrip(article({}, [BODY, text, BODY])).paragraphs).toEqual([BODY, expected, BODY]);
  });

  test.each([
    { title: 'Allies: "no troops" # for now' },
    { title: 'yes' },
    { title: '2024-02-27' },
    { title: '- dash start' },
    { title: 'Line\u2028separator' },
    { author: 'Jane O’Neil and John Roe', outlet: '@LBC' },
    { published: '2024-02-27T23:55:00Z', updated: '2024-02-28' },
    { url: 'https://example.com/a?b=1&c=%20#x', language: 'en-GB' },
  ])('quotes meta %j so that it reads back the same', (meta) => {
    const back = roundTrip(article(meta, [BODY]));
    expect(back.meta).toEqual(meta);
    expect(back.problems).toEqual([]);
  });

  test('gives back the meta and paragraphs of a pasted article', () => {
    const pasted = ingestArticle({
      file: 'pasted.txt',
      text: [
        'Allies reject Macron’s plan for troops',
        '27 February 2024, 23:55 | Updated: 28 February 2024, 00:53',
        'By Jane Doe',
        'LONDON (Reuters) - Britain said on Tuesday it had *no* plans.',
        '1. The first point, as a list would have it.',
        '# He said <nothing> & left.',
        'Read more: Something else',
        BODY,
      ].join('\n'),
    });
    expect(pasted.meta).toEqual({
      title: 'Allies reject Macron’s plan for troops',
      outlet: 'Reuters',
      author: 'Jane Doe',
      published: '2024-02-27T23:55:00Z',
      updated: '2024-02-28T00:53:00Z',
    });
    const back = roundTrip(pasted);
    expect(back.meta).toEqual(pasted.meta);
    expect(back.paragraphs).toEqual(pasted.paragraphs.map((paragraph) => paragraph.text));
  });

  test('round-trips any paragraphs of Markdown-like text', () => {
    const word = fc.string({
      unit: fc.constantFrom(...'abcxyz019*_`<>&[]()#!\\-+=~|:.;"\'’'.split('')),
      minLength: 1,
      maxLength: 8,
    });
    const paragraph = fc.array(word, { minLength: 1, maxLength: 8 }).map((words) => `The ${words.join(' ')} end.`);
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 6 }), (paragraphs) => {
        const first = ingestArticle({ file: 'a.txt', text: paragraphs.join('\n') });
        const back = roundTrip(first);
        expect(back.paragraphs).toEqual(first.paragraphs.map((p) => p.text));
        expect(back.meta).toEqual(first.meta);
      }),
      { numRuns: 300 },
    );
  });
});
