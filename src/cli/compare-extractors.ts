/**
 * `npm run compare:extractors`: measures the article extractors on the saved-page fixtures
 * (`tests/fixtures/saved-pages/`), to show why ingest uses the one it uses. For each page and extractor: how many of
 * the article's paragraphs come out, which phrases of the page furniture come out with them, and how long it took.
 * Runs `@mozilla/readability` over linkedom, Defuddle with its defaults, Defuddle as ingest calls it (content
 * patterns kept), ingest itself (that Defuddle, then ingest's own furniture removal), and ingest run on
 * Readability's output (to see whether ingest's rules would have served Readability as well).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { DefuddleClass } from 'defuddle/node';
import { parseHTML } from 'linkedom';
import { ingestArticle } from '../engine/ingest/index.ts';

const root = 'tests/fixtures/saved-pages';
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Text of an extractor's HTML, one line per block. */
function htmlToText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return [...document.querySelectorAll('p, li, td, blockquote, h1, h2, h3, h4, div')]
    .filter((element) => !element.querySelector('p, li, td, blockquote, div'))
    .map((element) => collapse(element.textContent ?? ''))
    .join('\n');
}

const extractors: Record<string, (html: string) => string> = {
  'readability 0.6 (linkedom)': (html) => htmlToText(new Readability(parseHTML(html).document as unknown as Document).parse()?.content ?? ''),
  'defuddle, defaults': (html) => htmlToText(new DefuddleClass(parseHTML(html).document as unknown as Document, { url: 'https://saved-page.invalid/', useAsync: false }).parse().content),
  'defuddle, content patterns kept': (html) =>
    htmlToText(new DefuddleClass(parseHTML(html).document as unknown as Document, { url: 'https://saved-page.invalid/', useAsync: false, removeContentPatterns: false }).parse().content),
  'ingest (the latter, then its own furniture rules)': (html) => ingestArticle({ file: 'page.html', text: html }).paragraphs.map((p) => p.text).join('\n'),
  'readability, then ingest on its output': (html) => {
    const content = new Readability(parseHTML(html).document as unknown as Document).parse()?.content ?? '';
    return ingestArticle({ file: 'page.html', text: `<html><body><article>${content}</article></body></html>` }).paragraphs.map((p) => p.text).join('\n');
  },
};

const totals = new Map<string, { found: number; paragraphs: number; leaks: number; ms: number }>();
for (const name of readdirSync(root).sort()) {
  const html = readFileSync(join(root, name, 'page.html'), 'utf8');
  const expected = JSON.parse(readFileSync(join(root, name, 'expected.json'), 'utf8')) as { paragraphs: string[]; furniture: string[] };
  for (const [extractor, extract] of Object.entries(extractors)) {
    const started = performance.now();
    const text = extract(html);
    const ms = performance.now() - started;
    const found = expected.paragraphs.filter((p) => text.includes(collapse(p))).length;
    const leaks = expected.furniture.filter((phrase) => text.includes(phrase));
    const total = totals.get(extractor) ?? { found: 0, paragraphs: 0, leaks: 0, ms: 0 };
    totals.set(extractor, { found: total.found + found, paragraphs: total.paragraphs + expected.paragraphs.length, leaks: total.leaks + leaks.length, ms: total.ms + ms });
    console.log(`${name} | ${extractor}: ${found}/${expected.paragraphs.length} paragraphs, furniture: ${leaks.length ? leaks.join('; ') : 'none'} (${ms.toFixed(0)} ms)`);
  }
}
console.log('\nall pages:');
for (const [extractor, total] of totals) console.log(`  ${extractor}: ${total.found}/${total.paragraphs} paragraphs, ${total.leaks} furniture phrases, ${total.ms.toFixed(0)} ms`);
