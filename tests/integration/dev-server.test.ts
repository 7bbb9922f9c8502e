/**
 * `astro dev` follows the content folder: an article dropped into it while the server runs gets its source page
 * without a restart, an actor file dropped beside it corrects the actor's page, and each goes when its file is deleted.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { projectRoot } from '../support/build-site.ts';

let server: ChildProcess | undefined;
let base: string;
let content: string;
let output = '';

/** This process's environment without vitest's own variables (`VITEST`, `NODE_ENV=test`), which change how Vite serves. */
function devEnvironment(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST') && name !== 'NODE_ENV' && name !== 'TEST'));
}

/** A port no one listens on. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** Asks for a page until `done` says yes about its status and text, or the time is up. */
async function poll(path: string, done: (status: number, text: string) => boolean, seconds = 90): Promise<{ status: number; text: string }> {
  let last = { status: 0, text: '' };
  for (let i = 0; i < seconds * 4; i++) {
    try {
      const response = await fetch(`${base}${path}`, { signal: AbortSignal.timeout(15_000) });
      last = { status: response.status, text: await response.text() };
      if (done(last.status, last.text)) return last;
    } catch {
      // Not listening yet, or the first answer is still being compiled.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return last;
}

beforeAll(async () => {
  const work = await mkdtemp(join(projectRoot, 'tests/output/dev-'));
  content = join(work, 'content');
  await mkdir(join(content, 'actors'), { recursive: true });
  await cp(join(projectRoot, 'content/articles/world-leaders-reject-macrons-plan-to-send-nato.md'), join(content, 'articles/world-leaders-reject-macrons-plan-to-send-nato.md'), { recursive: true });
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = spawn(join(projectRoot, 'node_modules/.bin/node'), [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: projectRoot,
    env: { ...devEnvironment(), DIGEST_CONTENT_DIR: content, DIGEST_CACHE_DIR: join(work, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  server.stdout!.on('data', (chunk) => (output += chunk));
  server.stderr!.on('data', (chunk) => (output += chunk));
  const home = await poll('/', (status) => status === 200, 120);
  if (home.status !== 200) throw new Error(`astro dev did not serve the home page:\n${output.slice(-2000)}`);
});

afterAll(async () => {
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
});

describe('astro dev with an article and an actor file dropped into the folder and deleted again', () => {
  test('shows the new article’s source page and the actor file’s correction, then removes them', async () => {
    const before = await poll('/sources/harbour-bridge-dev-test/', () => true);
    expect(before.status).toBe(404);

    const file = join(content, 'articles/harbour-bridge-dev-test.md');
    await writeFile(
      file,
      '---\ntitle: Harbour bridge to close for repairs\noutlet: Coastline Herald\n---\n\nThe harbour bridge will close for six months from May, the county council said on Tuesday.\n\n"The cables cannot wait another winter," said council leader Tom Aske.\n',
    );
    const added = await poll('/sources/harbour-bridge-dev-test/', (status, text) => status === 200 && text.includes('cables cannot wait another winter'));
    expect(added.status, output.slice(-2000)).toBe(200);
    expect(added.text).toContain('Harbour bridge to close for repairs');
    expect(output).toMatch(/1 analysed, 1 unchanged/);

    const actorFile = join(content, 'actors/tom-aske.md');
    await writeFile(actorFile, '---\nrole: Leader of the county council since 2021\n---\n');
    const corrected = await poll('/actors/tom-aske/', (status, text) => status === 200 && text.includes('Leader of the county council since 2021'));
    expect(corrected.status, output.slice(-2000)).toBe(200);
    expect(corrected.text).toContain('Leader of the county council since 2021');
    await rm(actorFile);
    const uncorrected = await poll('/actors/tom-aske/', (status, text) => status === 200 && !text.includes('Leader of the county council since 2021'));
    expect(uncorrected.text).not.toContain('Leader of the county council since 2021');

    await rm(file);
    const removed = await poll('/sources/harbour-bridge-dev-test/', (status) => status === 404);
    expect(removed.status, output.slice(-2000)).toBe(404);
  }, 240_000);
});
