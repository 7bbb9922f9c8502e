/**
 * The hostile editor-file fixtures (`tests/fixtures/hostile-editor/<case>/`): each case holds the files it
 * commits under `articles/` and `actors/` and an `expected.json` with the outcome. Links and FIFOs are made
 * here at run time, into one combined content folder.
 */
import { execFileSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from './build-site.ts';

/** Folder of the fixtures. */
export const hostileEditorRoot = join(projectRoot, 'tests/fixtures/hostile-editor');

/** Text held only by the files that links point to: none of it may reach any output. */
export const OUTSIDE_MARKER = 'HOSTILE-EDITOR-MARKER-5e1f0c2a';

/** The content folders of a case. */
export type ContentFolder = 'articles' | 'actors';

/** A problem `check` and the build must both report, by folder, file name and line. */
export interface EditorProblem {
  folder: ContentFolder;
  file: string;
  line: number;
  severity: 'error' | 'warning';
  /** The start of the message, as printed after `severity: `. */
  message: string;
  /** The front matter field an article's error costs: a lenient build publishes the article without it. */
  field?: string;
}

/** A file the tests make in the case's folder before use. */
export interface GeneratedEditorFile {
  folder: ContentFolder;
  file: string;
  kind: 'link-to-marker' | 'link-to-etc-passwd' | 'link-inside' | 'fifo';
}

/** `expected.json` of a case. */
export interface EditorExpected {
  input: string;
  outcome: string;
  /** Files a payload in the case would write if it ever ran. */
  payloads?: string[];
  generated?: GeneratedEditorFile[];
  problems: EditorProblem[];
  /** Source page slugs of a lenient build. */
  published: string[];
  /** Slugs that must have no source page. */
  notPublished?: string[];
  /** Actor pages a lenient build has, and must not have. */
  actorPages?: string[];
  noActorPages?: string[];
  /** Text pages of a lenient build show, by route. */
  shows?: Record<string, string[]>;
}

/** One case. */
export interface EditorCase {
  name: string;
  expected: EditorExpected;
}

/** Reads every case, sorted by name. */
export async function readHostileEditorCases(): Promise<EditorCase[]> {
  const names = (await readdir(hostileEditorRoot, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  return Promise.all(names.map(async (name) => ({ name, expected: JSON.parse(await readFile(join(hostileEditorRoot, name, 'expected.json'), 'utf8')) as EditorExpected })));
}

/**
 * Makes one content folder holding the files of every case, generated links and FIFOs included. The targets
 * of links that point outside sit beside the folder, in the same temporary directory.
 *
 * @returns The content folder (with `articles/` and `actors/`).
 */
export async function makeHostileEditorContent(cases: readonly EditorCase[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'news-digest-hostile-editor-'));
  const content = join(dir, 'content');
  for (const folder of ['articles', 'actors'] as const) await mkdir(join(content, folder), { recursive: true });
  for (const { name, expected } of cases) {
    for (const folder of ['articles', 'actors'] as const) {
      const committed = join(hostileEditorRoot, name, folder);
      for (const file of await readdir(committed).catch(() => [] as string[])) await cp(join(committed, file), join(content, folder, file));
    }
    for (const generated of expected.generated ?? []) await makeGenerated(dir, join(content, generated.folder), generated);
  }
  return content;
}

/** Deletes the files the payloads would write, so that a test sees only what this run did. */
export async function removePayloadFiles(cases: readonly EditorCase[]): Promise<string[]> {
  const payloads = cases.flatMap((c) => c.expected.payloads ?? []);
  await Promise.all(payloads.map((p) => rm(p, { force: true })));
  return payloads;
}

/** The payload files that exist. */
export function existingPayloadFiles(payloads: readonly string[]): string[] {
  return payloads.filter((p) => existsSync(p));
}

async function makeGenerated(outside: string, folder: string, { file, kind }: GeneratedEditorFile): Promise<void> {
  const path = join(folder, file);
  switch (kind) {
    case 'link-to-marker': {
      const target = join(outside, `outside-${file}`);
      await writeFile(target, `---\nname: ${OUTSIDE_MARKER} name\ntitle: ${OUTSIDE_MARKER} title\n---\n\n“${OUTSIDE_MARKER} quoted,” ${OUTSIDE_MARKER} said.\n`);
      return symlink(target, path);
    }
    case 'link-to-etc-passwd':
      return symlink('/etc/passwd', path);
    case 'link-inside': {
      const target = join(folder, `${file.replace(/\.md$/, '')}-target.md`);
      await writeFile(target, '---\nrole: The file a link in the folder points to\n---\n');
      return symlink(target, path);
    }
    case 'fifo':
      execFileSync('mkfifo', [path]);
  }
}
