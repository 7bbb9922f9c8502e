/**
 * Saved web pages (`tests/fixtures/saved-pages/<layout>/page.html`), each a different page layout with its
 * furniture (ads, related links, comments, cookie banners, scripts), and an `expected.json` written from the page:
 * `meta` (what the page states), `paragraphs` (the article's text, nothing else) and `furniture` (phrases of the
 * page around the article, none of which may reach the article).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { ingestArticle, isSavedPage } from '../../../src/engine/ingest/index.ts';
import { readPageMeta } from '../../../src/engine/ingest/read-page-meta.ts';
import { readSavedPage } from '../../../src/engine/ingest/02-read-saved-page.ts';

const root = fileURLToPath(new URL('../../fixtures/saved-pages/', import.meta.url));
const layouts = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => ({
    name: entry.name,
    html: readFileSync(join(root, entry.name, 'page.html'), 'utf8'),
    expected: JSON.parse(readFileSync(join(root, entry.name, 'expected.json'), 'utf8')) as { meta: object; paragraphs: string[]; furniture: string[] },
  }));

describe('ingestArticle on saved pages', () => {
  test('finds at least five page layouts', () => {
    expect(layouts.length).toBeGreaterThanOrEqual(5);
  });

  test.each(layouts)('reads the metadata of $name', ({ html, expected }) => {
    expect(ingestArticle({ file: 'page.html', text: html }).meta).toEqual(expected.meta);
  });

  test.each(layouts)('keeps the article text of $name, and nothing else', ({ html, expected }) => {
    expect(ingestArticle({ file: 'page.html', text: html }).paragraphs.map((p) => p.text)).toEqual(expected.paragraphs);
  });

  test.each(layouts)('lets none of the furniture of $name into the article', ({ html, expected }) => {
    const article = ingestArticle({ file: 'page.html', text: html });
    const text = [...article.paragraphs.map((p) => p.text), ...Object.values(article.meta)].join('\n');
    expect(expected.furniture.length).toBeGreaterThan(3);
    for (const phrase of expected.furniture) expect(text, phrase).not.toContain(phrase);
  });

  test.each(layouts)('traces each paragraph of $name to the line of the page where it is written', ({ html }) => {
    const lines = html.split('\n');
    const article = ingestArticle({ file: 'page.html', text: html });
    expect(article.paragraphs.length).toBeGreaterThan(3);
    for (const paragraph of article.paragraphs) {
      const firstWord = paragraph.text.match(/[\p{L}\p{N}]+/u)![0];
      expect(lines[paragraph.line - 1], paragraph.text).toContain(firstWord);
    }
  });

  test('never runs a script of the page and passes on no markup', () => {
    const html = `<html><head><script>globalThis.__pwned = 1</script></head><body><article>
      <p>The council met <b>on Monday</b> and voted <img src=x onerror="globalThis.__pwned = 2">to close the bridge for repairs in May.</p>
      <p>&lt;script&gt;alert(1)&lt;/script&gt; was written in the minutes as text, and the clerk read it out.</p>
      <script>globalThis.__pwned = 3</script></article></body></html>`;
    const article = ingestArticle({ file: 'a.html', text: html });
    expect((globalThis as { __pwned?: number }).__pwned).toBeUndefined();
    expect(article.paragraphs.map((p) => p.text)).toEqual([
      'The council met on Monday and voted to close the bridge for repairs in May.',
      '<script>alert(1)</script> was written in the minutes as text, and the clerk read it out.',
    ]);
  });

  test('a page with no article text is an error, as an empty text file is', () => {
    expect(ingestArticle({ file: 'a.html', text: '<html><head><title>Nothing</title></head><body></body></html>' }).problems).toEqual([
      expect.objectContaining({ severity: 'error', message: 'the article has no text' }),
    ]);
  });
});

describe('readSavedPage', () => {
  test.each([
    ['a canonical link that is javascript: is refused, and the next source is used', '<link rel="canonical" href="javascript:alert(1)"><meta property="og:url" content="https://a.example/story">', 'url', 'https://a.example/story'],
    ['an article:author that is a profile address is not a name', '<meta property="article:author" content="https://a.example/people/jo">', 'author', undefined],
    ['JSON-LD that is not JSON is skipped', '<script type="application/ld+json">{"@type":"NewsArticle", headline: oops}</script><meta property="og:title" content="Real title">', 'title', 'Real title'],
    ['a JSON-LD publisher given by @id is resolved', '<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","publisher":{"@id":"#o"}},{"@id":"#o","name":"The Post"}]}</script>', 'outlet', 'The Post'],
    ['two JSON-LD authors are joined as a byline', '<script type="application/ld+json">{"@type":"ReportageNewsArticle","author":[{"name":"A Bee"},{"name":"C Dee"},"E Eff"]}</script>', 'author', 'A Bee, C Dee and E Eff'],
    ['og:locale gives a language tag', '<meta property="og:locale" content="pt_BR">', 'language', 'pt-BR'],
    ['the site name is taken off the <title>', '<title>Bridge closes | The Post</title><meta property="og:site_name" content="The Post">', 'title', 'Bridge closes'],
    ['the outlet falls back to the host of the article address', '<link rel="canonical" href="https://www.post.example/a">', 'outlet', 'post.example'],
    ['a date with an offset is written in UTC', '<meta property="article:published_time" content="2025-01-22T08:00:00+01:00">', 'published', '2025-01-22T07:00:00Z'],
    ['a date that is no date is dropped', '<meta property="article:published_time" content="yesterday">', 'published', undefined],
  ])('%s', (_name, head, field, value) => {
    const page = readSavedPage(`<html><head>${head}</head><body><p>Text of the article, long enough to be one.</p></body></html>`);
    expect(page.meta[field as keyof typeof page.meta]).toBe(value);
  });

  test('warns, at its line, about a stated value it cannot use', () => {
    const page = readSavedPage('<html>\n<head>\n<link rel="canonical" href="javascript:alert(1)">\n</head><body><p>Text.</p></body></html>');
    expect(page.problems).toEqual([
      expect.objectContaining({ severity: 'warning', line: 3, message: expect.stringMatching(/^the page's <link rel=canonical> \(url\) is "javascript:alert\(1\)", which is not a web address, so it was ignored$/) }),
    ]);
  });
});

describe('readPageMeta', () => {
  test('lists every source of a field, best first', () => {
    const { document } = parseHTML('<html lang="en"><head><meta property="og:title" content="A"><title>B</title></head></html>');
    expect(readPageMeta(document).title).toEqual([
      { value: 'A', source: 'og:title' },
      { value: 'B', source: '<title>' },
    ]);
  });
});

describe('isSavedPage', () => {
  test.each([
    ['a.html', true],
    ['folder/A.HTM', true],
    ['a.html.md', false],
    ['a.txt', false],
  ])('%s → %s', (file, expected) => {
    expect(isSavedPage(file)).toBe(expected);
  });
});
