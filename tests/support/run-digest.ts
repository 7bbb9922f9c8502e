import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from './build-site.ts';

const run = promisify(execFile);

/** What a `digest` command printed and returned. */
export interface DigestRun {
  code: number;
  stdout: string;
  stderr: string;
  /** Non-empty lines of stderr, then of stdout. */
  lines: string[];
}

/** A problem line: `file:line: severity: message. Fix: …`. */
export const PROBLEM_LINE = /^(.+):(\d+): (error|warning): (.+?)\. Fix: (.+)$/;

/**
 * Runs `digest ARGS` as `npm run digest -- ARGS` does, from the project root, and never throws on a non-zero exit.
 *
 * @example
 * (await runDigest(['check', 'content'])).code // => 0
 */
export async function runDigest(args: readonly string[]): Promise<DigestRun> {
  const node = join(projectRoot, 'node_modules/.bin/node');
  const done = (code: number, stdout: string, stderr: string): DigestRun => ({ code, stdout, stderr, lines: `${stderr}${stdout}`.split('\n').filter(Boolean) });
  try {
    const { stdout, stderr } = await run(node, ['--no-warnings', 'src/cli/main.ts', ...args], { cwd: projectRoot, maxBuffer: 16 * 1024 * 1024, timeout: 60_000 });
    return done(0, stdout, stderr);
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return done(code, stdout, stderr);
  }
}
