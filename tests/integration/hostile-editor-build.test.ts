/**
 * Builds the site from the hostile editor files (`tests/fixtures/hostile-editor/`), strict and lenient: no
 * code in a file runs, nothing behind a link reaches dist/, the strict build names every bad file with the
 * line `digest check` prints for it, and the lenient build publishes everything else, leaving out only the
 * offending actor fields.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite, listFiles, projectRoot, readPage } from '../support/build-site.ts';
import {
  existingPayloadFiles,
  makeHostileEditorContent,
  OUTSIDE_MARKER,
  readHostileEditorCases,
  removePayloadFiles,
  type EditorCase,
} from '../support/hostile-editor-content.ts';
import { $, parseHtml, textOf } from '../support/html.ts';
import { PROBLEM_LINE, runDigest, type DigestRun } from '../support/run-digest.ts';

let cases: EditorCase[];
let content: string;
let payloads: string[];
let check: DigestRun;
let strict: { code: unknown; output: string; outDir: string };
let lenient: { outDir: string; output: string };

// One after the other: builds share Astro's prerender folder in the project (see build-site.ts).
beforeAll(async () => {
  cases = await readHostileEditorCases();
  payloads = await removePayloadFiles(cases);
  content = await makeHostileEditorContent(cases);
  check = await runDigest(['check', content]);
  await mkdir(join(projectRoot, 'tests/output'), { recursive: true });
  const work = await mkdtemp(join(projectRoot, 'tests/output/build-'));
  strict = await buildSite(content, {}, work).then(
    (built) => ({ code: 0, output: `${built.stdout}\n${built.stderr}`, outDir: built.outDir }),
    (error: { code: unknown; stdout: string; stderr: string }) => ({ code: error.code, output: `${error.stdout}\n${error.stderr}`, outDir: join(work, 'dist') }),
  );
  const built = await buildSite(content, { DIGEST_ON_ERROR: 'skip' });
  lenient = { outDir: built.outDir, output: `${built.stdout}\n${built.stderr}` };
});

const problems = (severity: 'error' | 'warning') =>
  cases.flatMap(({ name, expected }) => expected.problems.filter((p) => p.severity === severity).map((p) => ({ name, ...p })));

/** The lines `digest check` printed for problems of the given severity. */
const checkLines = (severity: 'error' | 'warning') => check.lines.filter((line) => PROBLEM_LINE.exec(line)?.[3] === severity);

describe('a strict build of hostile editor files', () => {
  test('fails, naming the option that publishes the rest', () => {
    expect(strict.code).not.toBe(0);
    expect(strict.output).toContain('DIGEST_ON_ERROR=skip');
  });

  test('stops before writing anything', () => {
    expect(existsSync(strict.outDir)).toBe(false);
  });

  test('prints every error line that digest check prints, word for word', () => {
    expect(checkLines('error').length).toBe(problems('error').length);
    const output = new Set(strict.output.split('\n'));
    for (const line of checkLines('error')) expect(output.has(line), line).toBe(true);
  });

  test('names each bad file with its line', () => {
    for (const p of problems('error')) {
      const prefix = `${content}/${p.folder}/${p.file}:${p.line}: error: ${p.message}`;
      expect(strict.output.split('\n').some((line) => line.startsWith(prefix)), `${p.name}: ${prefix}`).toBe(true);
    }
  });
});

describe('a lenient build of hostile editor files', () => {
  test('lists every problem of an actor file as a warning, with the message digest check prints', () => {
    const output = new Set(lenient.output.split('\n'));
    const actorErrors = checkLines('error').filter((line) => line.startsWith(`${content}/actors/`));
    expect(actorErrors.length).toBeGreaterThan(10);
    for (const line of actorErrors) expect(output.has(line.replace(': error: ', ': warning: ')), line).toBe(true);
  });

  test('lists every skipped article with its reason, and every article published without a bad field', () => {
    const output = new Set(lenient.output.split('\n'));
    const fieldLines = new Map(
      cases.flatMap((c) => c.expected.problems.filter((p) => p.field).map((p) => [`${content}/articles/${p.file}:${p.line}: error: `, p.field!] as const)),
    );
    expect(fieldLines.size).toBeGreaterThan(0);
    for (const line of checkLines('error').filter((l) => l.startsWith(`${content}/articles/`))) {
      const field = [...fieldLines].find(([prefix]) => line.startsWith(prefix))?.[1];
      if (!field) {
        expect(output.has(line), line).toBe(true);
        continue;
      }
      // A warning line of the loader, after Astro's prefix.
      const warning = line.replace(': error: ', ': warning: ').replace('. Fix: ', `, so the article was published without ${field}. Fix: `);
      expect([...output].some((printed) => printed.endsWith(warning)), warning).toBe(true);
    }
  });

  test('publishes every other article', async () => {
    const files = new Set(await listFiles(lenient.outDir));
    const sources = [...files].filter((f) => /^sources\/[^/]+\/index\.html$/.test(f)).map((f) => f.split('/')[1]).sort();
    expect(sources).toEqual(cases.flatMap((c) => c.expected.published).sort());
    for (const slug of cases.flatMap((c) => c.expected.notPublished ?? [])) expect(files.has(`sources/${slug}/index.html`), slug).toBe(false);
  });

  test('keeps every actor on its own page, whatever the actor files claim', async () => {
    const files = new Set(await listFiles(lenient.outDir));
    for (const slug of cases.flatMap((c) => c.expected.actorPages ?? [])) expect(files.has(`actors/${slug}/index.html`), slug).toBe(true);
    for (const slug of cases.flatMap((c) => c.expected.noActorPages ?? [])) expect(files.has(`actors/${slug}/index.html`), slug).toBe(false);
    const macron = textOf($(parseHtml(await readPage(lenient.outDir, '/actors/emmanuel-macron/')), 'main')!);
    expect(macron).toContain('We will not send troops');
  });

  test('applies the valid fields of a file whose other fields are wrong', async () => {
    for (const { name, expected } of cases) {
      for (const [route, texts] of Object.entries(expected.shows ?? {})) {
        const page = textOf($(parseHtml(await readPage(lenient.outDir, route)), 'main')!);
        for (const text of texts) expect(page, `${name}: ${text}`).toContain(text);
      }
    }
  });

  test('writes nothing of a linked file anywhere in dist/', async () => {
    for (const file of await listFiles(lenient.outDir)) {
      const text = (await readFile(join(lenient.outDir, file))).toString('latin1');
      expect(text.includes(OUTSIDE_MARKER), file).toBe(false);
      expect(/root:[^:\n]*:0:0:/.test(text), file).toBe(false);
    }
  });
});

describe('front matter in another language, in check and both builds', () => {
  test('runs no code: no payload wrote its file', () => {
    expect(payloads.length).toBeGreaterThanOrEqual(4);
    expect(existingPayloadFiles(payloads)).toEqual([]);
  });
});
