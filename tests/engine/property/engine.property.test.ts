/**
 * Property tests of the engine on random and adversarial text: `processArticle` and `buildDigest`
 * never throw, finish (a generous test timeout catches a hang), and every offset they return lies inside the
 * text of its paragraph.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { buildDigest, processArticle } from '../../../src/engine/index.ts';
import type { AnalysedArticle } from '../../../src/engine/schema.ts';

/**
 * Longest a test may run before it counts as a hang. Speed is measured by the benchmarks
 * (`npm run bench:engine`), not asserted here: a test on a shared machine must not fail because
 * the machine was busy, only because the engine never finished.
 */
const HANG_MS = 120_000;

/** Describes every offset that does not lie inside its paragraph's text, and every internal error. */
function findBadOffsets(article: AnalysedArticle): string[] {
  const byIndex = new Map(article.paragraphs.map((p) => [p.index, p.text]));
  const bad: string[] = [];
  const check = (what: string, span: { paragraph: number; start: number; end: number }) => {
    const text = byIndex.get(span.paragraph);
    if (text === undefined) bad.push(`${what}: paragraph ${span.paragraph} does not exist`);
    else if (!(Number.isInteger(span.start) && Number.isInteger(span.end) && 0 <= span.start && span.start <= span.end && span.end <= text.length)) {
      bad.push(`${what}: ${span.start}–${span.end} outside 0–${text.length}`);
    }
  };
  article.analysis.quotes.forEach((q, i) => check(`quote ${i}`, q.span));
  for (const actor of article.analysis.actors) actor.mentions.forEach((m, i) => check(`mention ${i} of ${actor.id}`, m));
  // processArticle turns an exception inside a stage into a warning; the stages themselves must not throw.
  for (const problem of article.problems) if (problem.message.startsWith('internal error')) bad.push(problem.message);
  article.paragraphs.forEach((p, i) => {
    if (p.index !== i) bad.push(`paragraph ${i} has index ${p.index}`);
  });
  return bad;
}

/** Checks one text both as plain text and as Markdown. */
function checkText(text: string): void {
  for (const file of ['random.txt', 'random.md']) {
    const article = processArticle({ file, text });
    expect(findBadOffsets(article), file).toEqual([]);
  }
}

const QUOTE_MARKS = ['"', "'", '“', '”', '‘', '’', '„', '‚', '«', '»', '‹', '›', '「', '」', '『', '』', '〝', '〞', '＂', '`', '``', "''"];
const BRACKETS = ['(', ')', '[', ']', '{', '}', '<', '>', '（', '）', '【', '】'];
const WORDS = ['said', 'told', 'according to', 'he', 'she', 'they', 'the minister', 'Mr', 'Dr.', 'Macron', 'Jane Doe', 'NATO', 'Paris', 'not', 'will', 'a', 'spokesman', 'an official'];
const RTL = ['שלום', 'אמר', 'قال', 'الرئيس', '\u202e', '\u202b', '\u200f', '\u200e', '\u2067', '\u2069'];
const ODD = ['\u0000', '\u0007', '\ufeff', '\ufffd', '\u200b', '\u00a0', '\u2028', '\u2029', '\r', '\r\n', '\t', '\n', '\n\n', '---', '# ', '> ', '* ', '1. ', '```', '<script>', '</q>', '&amp;', '&#0;', '&#x110000;', '\ud800', '\udfff', '😀', 'é', 'e\u0301'];

/** Texts built from the pieces the engine reacts to: quote marks, brackets, speech verbs, names, RTL marks, control characters. */
const adversarialText = fc
  .array(fc.oneof(fc.constantFrom(...QUOTE_MARKS), fc.constantFrom(...BRACKETS), fc.constantFrom(...WORDS), fc.constantFrom(...RTL), fc.constantFrom(...ODD), fc.constantFrom('.', ',', ':', '?', '!', '…', '—')), { maxLength: 300 })
  .chain((pieces) => fc.constantFrom(' ', '').map((gap) => pieces.join(gap)));

describe('processArticle on random text', { timeout: HANG_MS }, () => {
  test('never throws and keeps offsets inside paragraphs: random unicode', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), checkText), { numRuns: 150, seed: 5 });
  });

  test('…on random graphemes in lines', () => {
    fc.assert(fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 200 }), { maxLength: 30 }), (lines) => checkText(lines.join('\n'))), { numRuns: 100, seed: 5 });
  });

  test('…on adversarial mixes of quote marks, brackets, speech verbs, names, RTL marks and control characters', () => {
    fc.assert(fc.property(adversarialText, checkText), { numRuns: 300, seed: 5 });
  });

  test('…on random front matter', () => {
    const frontMatter = fc.array(fc.tuple(fc.constantFrom('title', 'outlet', 'author', 'published', 'url', 'language', 'x'), fc.string({ unit: 'grapheme', maxLength: 40 })), { maxLength: 8 });
    fc.assert(
      fc.property(frontMatter, adversarialText, (fields, body) => {
        const article = processArticle({ file: 'random.md', text: `---\n${fields.map(([k, v]) => `${k}: ${v}`).join('\n')}\n---\n\n${body}` });
        expect(findBadOffsets(article)).toEqual([]);
        if (article.meta.url) expect(article.meta.url).toMatch(/^https?:\/\//);
      }),
      { numRuns: 150, seed: 5 },
    );
  });
});

/** Adversarial texts too large for random generation, each built once. */
const words = (n: number, word = (i: number) => ['the', 'minister', 'said', 'that', 'talks', 'would', 'go', 'on'][i % 8]!) => Array.from({ length: n }, (_, i) => word(i)).join(' ');

describe('processArticle on pathological text', { timeout: HANG_MS }, () => {
  test.each([
    { name: 'a 10,000-word sentence', text: `${words(10_000)}.` },
    { name: 'a 10,000-word sentence inside an unclosed quote', text: `“${words(10_000)}, Jane Doe said.` },
    { name: 'a 10,000-word quote that closes', text: `“${words(10_000)},” Jane Doe said.` },
    { name: '20,000 opening curly quotes', text: '“'.repeat(20_000) },
    { name: '10,000 alternating straight and curly quotes with words', text: Array.from({ length: 10_000 }, (_, i) => (i % 2 ? '"a' : '“b')).join(' ') },
    { name: 'quote marks around every word, said by a name each time', text: Array.from({ length: 3_000 }, (_, i) => `"Word${i}," said Anna Bell${i}.`).join(' ') },
    { name: 'brackets nested 5,000 deep', text: `${'('.repeat(5_000)}Jane Doe said "yes"${')'.repeat(5_000)}` },
    { name: 'mixed brackets and quotes, unbalanced', text: '([{“«'.repeat(4_000) },
    { name: '5,000 capitalised names in a row', text: Array.from({ length: 5_000 }, (_, i) => `Name${String.fromCharCode(65 + (i % 26))}`).join(' ') },
    { name: 'said 20,000 times', text: words(20_000, () => 'said') },
    { name: 'a 1 MB line without spaces', text: 'a'.repeat(1_000_000) },
    { name: 'RTL text with quotes and direction overrides', text: Array.from({ length: 2_000 }, () => '\u202e«שלום» אמר הנשיא\u202c, “قال الرئيس”').join('\n') },
    { name: 'NULs between every letter', text: Array.from('“We will win,” Jane Doe said.'.repeat(500)).join('\u0000') },
    { name: 'lone surrogates and combining marks', text: '\ud800“e\u0301\u0301\u0301,” \udfff said Zoë.'.repeat(2_000) },
    { name: '50,000 blank-separated one-letter paragraphs', text: Array.from({ length: 50_000 }, () => 'x').join('\n\n') },
    { name: 'a Markdown wall of emphasis and links', text: '*_[`<a>'.repeat(20_000) },
    { name: 'front matter of 10,000 lines', text: `---\n${Array.from({ length: 10_000 }, (_, i) => `k${i}: "v${i}"`).join('\n')}\n---\n\nBody.` },
  ])('handles $name', ({ text }) => {
    checkText(text);
  });
});

describe('buildDigest on random articles', { timeout: HANG_MS }, () => {
  test('never throws and keeps every quote and mention inside its paragraph', () => {
    fc.assert(
      fc.property(fc.array(adversarialText, { minLength: 1, maxLength: 6 }), (texts) => {
        const articles = texts.map((text, i) => processArticle({ file: `a${i}.txt`, text: `${i % 2 ? '“' : ''}${text}\n“We will win,” Jane Doe said.` }));
        const digest = buildDigest([...articles, ...articles.map((a) => ({ ...a, file: `copy-${a.file}` }))]);
        const paragraphs = new Map(digest.articles.map((a) => [a.slug, new Map(a.paragraphs.map((p) => [p.index, p.text.length]))]));
        for (const q of digest.quotes) {
          const length = paragraphs.get(q.article)?.get(q.paragraph);
          expect(length, q.id).toBeDefined();
          expect(0 <= q.start && q.start <= q.end && q.end <= length!, q.id).toBe(true);
        }
        for (const a of digest.articles) {
          for (const m of a.mentions) {
            const length = paragraphs.get(a.slug)?.get(m.paragraph);
            expect(length !== undefined && 0 <= m.start && m.start <= m.end && m.end <= length, `${a.slug} ${m.actor}`).toBe(true);
          }
          for (const slug of [...(a.reprints ?? []), ...(a.reprintOf ? [a.reprintOf] : [])]) expect(paragraphs.has(slug)).toBe(true);
        }
      }),
      { numRuns: 60, seed: 5 },
    );
  });
});
