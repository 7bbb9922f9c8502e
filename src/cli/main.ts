#!/usr/bin/env -S node --no-warnings
/**
 * `npm run digest -- COMMAND …`: the news-digest command line.
 *
 *   analyze FILE... [--json] [--out FILE]   analyse articles and print (or write) actors, quotes, statements
 *   add FILE|URL... [--dir D]  import articles (files or web addresses) into content/articles as Markdown
 *   pull [CONTENT_DIR]         import the new entries of the feeds listed in CONTENT_DIR/feeds.yaml
 *   check [CONTENT_DIR]        validate all content as the build does
 *
 * A mistake in the call (an unknown command or option, a missing value, a path that does not exist or is
 * of the wrong kind) is answered with one line, `digest COMMAND: what is wrong. Fix: what to do`, and exit
 * code 2; so is an error of the file system while a command runs. The stack trace is shown only with `DEBUG`
 * set.
 */
import { runAdd } from './add-command.ts';
import { runAnalyze } from './analyze-command.ts';
import { runCheck } from './check-command.ts';
import { runPull } from './pull-command.ts';
import { checkPaths, parseArgs, UsageError, type CommandSpec } from './parse-args.ts';

const USAGE = `usage: npm run digest -- <command> [args]

commands:
  analyze FILE... [--json] [--out FILE]
                                      analyse articles; print actors, quotes and statements
                                      (--out: write the JSON document to FILE)
  add FILE|URL... [--dir DIR] [--force] [--allow-local]
                                      import articles (text, Markdown, saved pages, web addresses) into
                                      content/articles (default DIR) as Markdown
  pull [CONTENT_DIR] [--allow-local] [--import-opml FILE]
                                      import the new entries of the feeds in CONTENT_DIR/feeds.yaml
  check [CONTENT_DIR]                 validate content/ as the build does; exit 1 on any error`;

type Print = (s: string) => void;

/** Each command: what it accepts and what runs it. A Map, so that `constructor` or `__proto__` is just an unknown name. */
const COMMANDS = new Map<string, CommandSpec & { run: (args: readonly string[], out: Print, err: Print) => Promise<number> }>([
  [
    'analyze',
    {
      run: runAnalyze,
      usage: 'digest analyze FILE... [--json] [--out FILE]',
      flags: { '--json': 'boolean', '--out': 'value' },
      operands: { kind: 'file', min: 1, max: Infinity, name: 'article file' },
    },
  ],
  [
    'add',
    {
      run: runAdd,
      usage: 'digest add FILE|URL... [--dir content/articles] [--force] [--allow-local]',
      flags: { '--dir': 'value', '--force': 'boolean', '--allow-local': 'boolean' },
      folderFlags: ['--dir'],
      operands: { kind: 'file-or-url', min: 1, max: Infinity, name: 'article file' },
    },
  ],
  [
    'check',
    { run: runCheck, usage: 'digest check [CONTENT_DIR]', flags: {}, operands: { kind: 'folder', min: 0, max: 1, name: 'content folder' }, defaultOperands: ['content'] },
  ],
  [
    'pull',
    {
      run: runPull,
      usage: 'digest pull [CONTENT_DIR] [--allow-local] [--import-opml FILE]',
      flags: { '--allow-local': 'boolean', '--import-opml': 'value' },
      operands: { kind: 'folder', min: 0, max: 1, name: 'content folder' },
      defaultOperands: ['content'],
    },
  ],
]);

const out: Print = (s) => process.stdout.write(`${s}\n`);
const err: Print = (s) => process.stderr.write(`${s}\n`);
const [command, ...args] = process.argv.slice(2);
// Output piped into a reader that stops early (`| head`) ends the command quietly.
for (const stream of [process.stdout, process.stderr]) stream.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' ? process.exit(process.exitCode ?? 0) : undefined));

process.exitCode = await main();

async function main(): Promise<number> {
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    out(USAGE);
    return 0;
  }
  const name = `digest ${command}`;
  try {
    const spec = COMMANDS.get(command);
    if (!spec) throw new UsageError(`unknown command ${JSON.stringify(command)}`, `use one of ${[...COMMANDS.keys()].join(', ')} (npm run digest -- --help lists them)`);
    if (args.includes('--help') || args.includes('-h')) {
      out(`usage: ${spec.usage}`);
      return 0;
    }
    const parsed = parseArgs(args, spec);
    await checkPaths(parsed, spec);
    return await spec.run(parsed.normalized, out, err);
  } catch (error) {
    const shown = COMMANDS.has(command) ? name : 'digest';
    if (error instanceof UsageError) err(`${shown}: ${error.message}. Fix: ${error.fix}`);
    else if (isSystemError(error)) err(`${shown}: ${error.message.split('\n')[0]}. Fix: check that the path exists, is of the right kind and can be written`);
    else err(`${shown}: internal error: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}. Fix: run again with DEBUG=1 and report the output`);
    if (process.env.DEBUG && error instanceof Error) err(error.stack ?? '');
    return error instanceof UsageError || isSystemError(error) ? 2 : 1;
  }
}

/** An error of the file system or the operating system (`ENOENT`, `EEXIST`, `EACCES`, …). */
function isSystemError(error: unknown): error is NodeJS.ErrnoException & Error {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' && /^E[A-Z]+$/.test((error as NodeJS.ErrnoException).code!);
}
