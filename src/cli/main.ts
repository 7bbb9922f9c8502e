/**
 * `npm run digest -- COMMAND …`: the news-digest command line.
 *
 *   analyze FILE... [--json]   analyse articles and print actors, quotes, statements
 *   add FILE... [--dir D]      import articles into content/articles as Markdown with inferred front matter
 *   check [CONTENT_DIR]        validate all content as the build does
 */
import { runAdd } from './add-command.ts';
import { runAnalyze } from './analyze-command.ts';
import { runCheck } from './check-command.ts';

const USAGE = `usage: npm run digest -- <command> [args]

commands:
  analyze FILE... [--json]            analyse articles; print actors, quotes and statements
  add FILE... [--dir DIR] [--force]   import articles into content/articles (default DIR) as Markdown
  check [CONTENT_DIR]                 validate content/ as the build does; exit 1 on any error`;

const [command, ...args] = process.argv.slice(2);
const out = (s: string) => process.stdout.write(`${s}\n`);
const err = (s: string) => process.stderr.write(`${s}\n`);
const commands: Record<string, (a: readonly string[], o: typeof out, e: typeof err) => Promise<number>> = {
  analyze: runAnalyze,
  add: runAdd,
  check: runCheck,
};
const run = command ? commands[command] : undefined;
if (!run) {
  err(USAGE);
  process.exitCode = command === undefined || command === '--help' || command === 'help' ? 0 : 2;
} else {
  process.exitCode = await run(args, out, err);
}
