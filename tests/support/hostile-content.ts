/**
 * The hostile-input fixtures (`tests/fixtures/hostile/<case>/`): each case holds the article files it
 * commits under `articles/` and an `expected.json` with the outcome. Large and binary files are
 * generated here at run time rather than committed.
 */
import { cp, mkdir, mkdtemp, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from './build-site.ts';

/** Folder of the hostile fixtures. */
export const hostileRoot = join(projectRoot, 'tests/fixtures/hostile');

/** A problem the `check` command and the build must report, located by file name (in `articles/`) and line. */
export interface ExpectedProblem {
  file: string;
  line: number;
  severity: 'error' | 'warning';
  /** The start of the message, as printed after `severity: `. */
  message: string;
  /** The front matter field the error costs: a lenient build publishes the article without it, warning on the same line. */
  field?: string;
}

/** A file the tests write into the case's `articles/` folder before use. */
export interface GeneratedFile {
  file: string;
  kind: 'pdf' | 'zip' | 'nul-bytes' | 'large-text' | 'many-lines' | 'symlink-outside' | 'bad-front-matter';
}

/** `expected.json` of a case. */
export interface ExpectedOutcome {
  /** The hostile input, as the issue names it. */
  input: string;
  outcome: string;
  generated?: GeneratedFile[];
  problems: ExpectedProblem[];
  /** Source page slugs that exist when built with `DIGEST_ON_ERROR=skip`. */
  published: string[];
  /** Slugs that must have no source page. */
  notPublished?: string[];
  /** Text each source page shows, by slug. */
  shows?: Record<string, string[]>;
  /** Text that must not be on the source page (a dropped field), by slug. */
  hides?: Record<string, string[]>;
  /** Other files with the same text, by the slug of the published one. */
  duplicates?: Record<string, { slug: string; outlet: string }[]>;
  /** Near-duplicate (reprinted) articles, by slug. */
  reprints?: Record<string, string[]>;
}

/** One hostile case. */
export interface HostileCase {
  name: string;
  expected: ExpectedOutcome;
}

/** Reads every case, sorted by name. */
export async function readHostileCases(): Promise<HostileCase[]> {
  const names = (await readdir(hostileRoot, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  return Promise.all(
    names.map(async (name) => ({ name, expected: JSON.parse(await readFile(join(hostileRoot, name, 'expected.json'), 'utf8')) as ExpectedOutcome })),
  );
}

/**
 * Makes a content folder holding the articles of the given cases (all by default), generated files included.
 *
 * @returns The content folder (with `articles/`), in a fresh temporary directory.
 */
export async function makeHostileContent(cases?: readonly HostileCase[]): Promise<string> {
  const all = cases ?? (await readHostileCases());
  const dir = await mkdtemp(join(tmpdir(), 'news-digest-hostile-'));
  const articles = join(dir, 'articles');
  await mkdir(articles, { recursive: true });
  for (const { name, expected } of all) {
    const committed = join(hostileRoot, name, 'articles');
    const files = await readdir(committed).catch(() => [] as string[]);
    for (const file of files) await cp(join(committed, file), join(articles, file));
    for (const generated of expected.generated ?? []) await writeGenerated(join(articles, generated.file), generated.kind, dir);
  }
  return dir;
}

async function writeGenerated(path: string, kind: GeneratedFile['kind'], contentDir: string): Promise<void> {
  switch (kind) {
    case 'pdf':
      return writeFile(path, Buffer.concat([Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'), randomBytes(2048, 1)]));
    case 'zip':
      return writeFile(path, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), randomBytes(2048, 2)]));
    case 'nul-bytes':
      return writeFile(path, Buffer.concat([Buffer.from('Bud1\n'), Buffer.from([0, 0, 0, 1, 0x42, 0x75, 0x64, 0x31]), randomBytes(512, 3)]));
    case 'bad-front-matter':
      return writeFile(path, '---\ntitle: [unclosed\n---\n\nAn editor backup that must never be read.\n');
    case 'large-text':
      return writeFile(path, makeLargeArticle(5 * 1024 * 1024));
    case 'many-lines':
      return writeFile(path, makeManyLines(100_000));
    case 'symlink-outside': {
      // The target sits next to the content folder, not inside it.
      const target = join(contentDir, 'outside.md');
      await writeFile(target, '---\ntitle: Outside\n---\n\nThis file is outside the content folder.\n');
      return symlink(target, path);
    }
  }
}

/** A plain-text article of about `bytes` bytes: a headline and numbered, distinct paragraphs. */
export function makeLargeArticle(bytes: number): string {
  const parts = ['A very long report on the regional budget\n'];
  let size = parts[0]!.length;
  for (let n = 1; size < bytes; n++) {
    const paragraph = `Item ${n}: the committee reviewed spending line ${n} on Tuesday and found that costs in district ${n % 97} had risen by ${n % 13} percent since the last review, while officials promised a full account of line ${n} before the end of the year.\n`;
    parts.push(paragraph);
    size += paragraph.length;
  }
  return parts.join('');
}

/** A plain-text article of `count` short lines. */
export function makeManyLines(count: number): string {
  return Array.from({ length: count }, (_, i) => `Line ${i + 1} of the log.`).join('\n') + '\n';
}

/** Deterministic pseudo-random bytes with high bytes and control bytes (a small LCG). */
function randomBytes(length: number, seed: number): Buffer {
  const out = Buffer.alloc(length);
  let state = seed * 2654435761;
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    out[i] = state >>> 24;
  }
  return out;
}
