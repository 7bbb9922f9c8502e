/**
 * The one policy for every content folder: what is listed, what is read, and the named problem for the rest.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { ACTOR_FILES, ARTICLE_FILES, listContentFiles, readContentFile, type ContentPolicy } from '../../src/build/list-content-files.ts';
import { contentToReport } from '../../src/build/content-report.ts';

/** A policy with a limit small enough to test. */
const TINY: ContentPolicy = { ...ACTOR_FILES, maxBytes: 64 };

let root: string;
let folder: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'content-policy-'));
  folder = join(root, 'actors');
  await mkdir(join(folder, 'nested'), { recursive: true });
  await writeFile(join(root, 'outside.md'), 'outside the folder\n');
  await writeFile(join(folder, 'plain.md'), '---\nname: Plain\n---\n');
  await writeFile(join(folder, 'nested', 'deeper.md'), '---\nname: Deeper\n---\n');
  await writeFile(join(folder, 'big.md'), `---\ndescription: "${'x'.repeat(100)}"\n---\n`);
  await writeFile(join(folder, 'notes.txt'), 'notes\n');
  await writeFile(join(folder, '.DS_Store'), 'x');
  await writeFile(join(folder, 'plain.md~'), 'backup');
  await symlink(join(root, 'outside.md'), join(folder, 'outside-link.md'));
  await symlink(join(folder, 'plain.md'), join(folder, 'inside-link.md'));
  await symlink(join(root, 'gone.md'), join(folder, 'dangling.md'));
  await symlink(join(folder, 'nested'), join(folder, 'folder-link'));
  execFileSync('mkfifo', [join(folder, 'pipe.md')]);
});

describe('listContentFiles', () => {
  test('lists regular files of the policy’s kinds, nested ones included, in a stable order', async () => {
    const listed = await listContentFiles(folder, TINY);
    expect(listed.ids).toEqual(['big.md', 'nested/deeper.md', 'plain.md']);
  });

  test.each([
    ['outside-link.md', 'the link points outside the content folder, so it is not read'],
    ['inside-link.md', 'the file is a link, and links are not followed, so it is not read'],
    ['folder-link', 'the file is a link, and links are not followed, so it is not read'],
    ['dangling.md', 'the link points to a file that does not exist'],
    ['pipe.md', 'the file is a FIFO (named pipe), not a regular file, so it is not read'],
    ['notes.txt', '".txt" files are not actor files'],
  ])('refuses %s: %s', async (name, message) => {
    const listed = await listContentFiles(folder, TINY);
    expect(listed.problems.filter((p) => p.file.endsWith(`/actors/${name}`))).toEqual([expect.objectContaining({ line: 1, severity: 'error', message })]);
  });

  test('says nothing about hidden files and editor backups', async () => {
    const listed = await listContentFiles(folder, TINY);
    expect(listed.problems.some((p) => /DS_Store|~$/.test(p.file))).toBe(false);
  });

  test('finds no files in a folder that does not exist', async () => {
    expect(await listContentFiles(join(root, 'missing'), ARTICLE_FILES)).toEqual({ files: [], ids: [], problems: [] });
  });
});

describe('readContentFile', () => {
  test('reads a regular file', () => {
    const read = readContentFile(join(folder, 'plain.md'), TINY);
    expect('bytes' in read && Buffer.from(read.bytes).toString()).toBe('---\nname: Plain\n---\n');
  });

  test.each([
    ['outside-link.md', /^the file is a link, and links are not followed$/],
    ['inside-link.md', /^the file is a link, and links are not followed$/],
    ['pipe.md', /^the file is a FIFO \(named pipe\), not a regular file, so it is not read$/],
    ['big.md', /^the file is 0\.1 KB, over the 64 bytes limit for one actor file$/],
    ['missing.md', /^the file does not exist$/],
    ['nested', /^this is a folder, not a file$/],
  ])('refuses %s without following a link or waiting on a pipe', (name, message) => {
    const read = readContentFile(join(folder, name), TINY);
    expect('problem' in read && read.problem).toEqual(expect.objectContaining({ line: 1, severity: 'error', message: expect.stringMatching(message) }));
  });
});

describe('the size limits', () => {
  test.each([
    [ARTICLE_FILES, 20 * 1048576 + 1, 'the file is 20.0 MB, over the 20 MB limit for one article'],
    [ACTOR_FILES, 1048576 + 1, 'the file is 1.0 MB, over the 1 MB limit for one actor file'],
  ])('refuse a file one byte over the limit (%#)', async (policy, size, message) => {
    const path = join(root, `over-${size}.md`);
    await writeFile(path, Buffer.alloc(size, 0x61));
    const read = readContentFile(path, policy);
    expect('problem' in read && read.problem.message).toBe(message);
    const under = join(root, `under-${size}.md`);
    await writeFile(under, Buffer.alloc(policy.maxBytes, 0x61));
    expect('bytes' in readContentFile(under, policy)).toBe(true);
  });
});

describe('contentToReport', () => {
  const problem = (file: string, severity: 'error' | 'warning' = 'error') => ({ file, line: 2, severity, message: 'something is wrong', fix: 'fix it' });

  test('stops a strict build naming every bad article and actor file, in one message', () => {
    const report = contentToReport({ articles: [problem('a.md')], actors: [problem('x.md'), problem('y.md', 'warning')] }, 'fail');
    expect(report.error).toBe(
      '1 article file(s) cannot be published:\na.md:2: error: something is wrong. Fix: fix it\n' +
        '1 actor file(s) cannot be applied as written:\nx.md:2: error: something is wrong. Fix: fix it\n' +
        'Fix them, or build with DIGEST_ON_ERROR=skip to publish the other articles and actor fields and list these.',
    );
    expect(report.warnings).toEqual(['y.md:2: warning: something is wrong. Fix: fix it']);
  });

  test('lets a lenient build go on, listing the actor problems as warnings', () => {
    const report = contentToReport({ articles: [], actors: [problem('x.md')] }, 'skip');
    expect(report).toEqual({ warnings: ['applied 1 actor file(s) in part or not at all (DIGEST_ON_ERROR=skip):\nx.md:2: warning: something is wrong. Fix: fix it'] });
  });

  test('says nothing when every file is fine', () => {
    expect(contentToReport({ articles: [], actors: [] }, 'fail')).toEqual({ warnings: [] });
  });
});
