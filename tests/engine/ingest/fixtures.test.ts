import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { articleToMarkdown, decodeText, ingestArticle } from '../../../src/engine/ingest/index.ts';

/**
 * Each folder in fixtures/ holds an `input.txt` or `input.md` and an `expected.json` with any of
 * `meta`, `inferred`, `paragraphs` (texts, or full paragraphs), `removed` and `problems`
 * (each entry matched as a subset, in order). The expected values are what is right, written
 * from the input; where ingest is wrong today, `knownFailure` says how, and the fixture runs as
 * a known failure (`test.fails`) until ingest is fixed.
 */
const fixturesDir = fileURLToPath(new URL('./fixtures/', import.meta.url));
const cases = readdirSync(fixturesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => {
    const dir = join(fixturesDir, entry.name);
    const input = readdirSync(dir).find((name) => name.startsWith('input.'));
    if (!input) throw new Error(`fixture ${entry.name} has no input file`);
    const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<string, unknown>;
    return { name: entry.name, file: input, bytes: readFileSync(join(dir, input)), expected };
  });

const ingestFixture = (fixture: (typeof cases)[number]) => {
  const decoded = decodeText(fixture.bytes);
  expect(decoded.problems).toEqual([]);
  return ingestArticle({ file: `${fixture.name}/${fixture.file}`, text: decoded.text });
};

describe('ingestArticle fixtures', () => {
  test('finds the fixture folders', () => {
    expect(cases.length).toBeGreaterThanOrEqual(8);
  });

  const knownFailure = (fixture: (typeof cases)[number]): string | undefined => fixture.expected['knownFailure'] as string | undefined;

  test.each(cases.filter((fixture) => !knownFailure(fixture)))('ingests $name as expected', (fixture) => {
    expectIngested(fixture);
  });

  test.fails.each(cases.filter((fixture) => knownFailure(fixture)).map((fixture) => ({ ...fixture, reason: knownFailure(fixture) })))('ingests $name as expected (known failure: $reason)', (fixture) => {
    expectIngested(fixture);
  });

  function expectIngested(fixture: (typeof cases)[number]): void {
    const article = ingestFixture(fixture);
    const { meta, inferred, paragraphs, removed, problems } = fixture.expected;
    if (meta !== undefined) expect(article.meta).toEqual(meta);
    if (inferred !== undefined) expect([...article.inferred].sort()).toEqual([...(inferred as string[])].sort());
    if (Array.isArray(paragraphs)) {
      if (paragraphs.every((paragraph) => typeof paragraph === 'string')) {
        expect(article.paragraphs.map((paragraph) => paragraph.text)).toEqual(paragraphs);
      } else {
        expect(article.paragraphs).toEqual(paragraphs);
      }
    }
    if (removed !== undefined) expect(article.removed).toMatchObject(removed as object[]);
    if (problems !== undefined) expect(article.problems).toMatchObject(problems as object[]);
  }

  test.each(cases)('round-trips $name through articleToMarkdown', (fixture) => {
    const article = ingestFixture(fixture);
    const back = ingestArticle({ file: 'content/articles/a.md', text: articleToMarkdown(article) });
    expect(back.meta).toEqual(article.meta);
    expect(back.paragraphs.map((paragraph) => paragraph.text)).toEqual(article.paragraphs.map((paragraph) => paragraph.text));
    expect(back.problems).toEqual([]);
  });
});
