/**
 * Reads a command's arguments against what it accepts, so that a mistake on the command line gets one
 * line naming it and its fix (a {@link UsageError}) before the command runs, instead of a stack trace or a
 * run over nothing.
 */
import { stat } from 'node:fs/promises';

/** A mistake in how a command was called: printed as `digest COMMAND: message. Fix: fix`, exit code 2. */
export class UsageError extends Error {
  /** What to do instead, as an instruction. */
  readonly fix: string;

  constructor(message: string, fix: string) {
    super(message);
    this.name = 'UsageError';
    this.fix = fix;
  }
}

/** What a command accepts. */
export interface CommandSpec {
  /** Flags by name (`--json`): `boolean` takes no value, `value` takes the next argument (or `--dir=DIR`). */
  flags: Readonly<Record<string, 'boolean' | 'value'>>;
  /** What the positional arguments are: files to read, or one folder. */
  operands: { kind: 'file' | 'folder' | 'file-or-url'; min: number; max: number; name: string };
  /** Operands taken when none are given (`check` reads `content`): checked like given ones. */
  defaultOperands?: readonly string[];
  /** Folder flags (`--dir`): when the path exists it must be a folder. */
  folderFlags?: readonly string[];
  /** The command's usage line, shown in fixes. */
  usage: string;
}

/** Parsed arguments. */
export interface ParsedArgs {
  flags: Map<string, string | true>;
  operands: string[];
  /** The arguments again, each flag written as `--name` or `--name VALUE`, for commands that read them so. */
  normalized: string[];
}

/**
 * Splits arguments into flags and operands, refusing unknown flags, flags without their value, and too
 * few or too many operands.
 *
 * @param args The arguments after the command name.
 * @param spec What the command accepts.
 * @throws {UsageError} On the first mistake.
 * @example
 * const analyze: CommandSpec = { usage: 'digest analyze FILE... [--json]', flags: { '--json': 'boolean' }, operands: { kind: 'file', min: 1, max: Infinity, name: 'article file' } };
 * parseArgs(['a.txt', '--json'], analyze) // => { flags: Map { '--json' => true }, operands: ['a.txt'], normalized: ['--json', 'a.txt'] }
 * parseArgs(['a.txt', '--jsn'], analyze) // throws UsageError('unknown option "--jsn"', 'the options are --json (usage: …)')
 */
export function parseArgs(args: readonly string[], spec: CommandSpec): ParsedArgs {
  const flags = new Map<string, string | true>();
  const operands: string[] = [];
  const known = Object.keys(spec.flags);
  const options = known.length > 0 ? `the options are ${known.join(', ')}` : 'it takes no options';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('-') || arg === '-') {
      operands.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const kind = Object.hasOwn(spec.flags, name) ? spec.flags[name] : undefined;
    if (kind === undefined) throw new UsageError(`unknown option ${JSON.stringify(name)}`, `${options} (usage: ${spec.usage})`);
    if (kind === 'boolean') {
      if (eq > 0) throw new UsageError(`${name} takes no value`, `write ${name} alone`);
      flags.set(name, true);
      continue;
    }
    const value = eq > 0 ? arg.slice(eq + 1) : args[++i];
    if (value === undefined || value === '' || (eq < 0 && value.startsWith('--'))) throw new UsageError(`${name} needs a value`, `write it as ${name} VALUE (usage: ${spec.usage})`);
    flags.set(name, value);
  }
  const { min, max, name } = spec.operands;
  if (operands.length < min) throw new UsageError(`no ${name} given`, `name at least ${min === 1 ? 'one' : min} (usage: ${spec.usage})`);
  if (operands.length > max) throw new UsageError(`${operands.length} ${name}s given, ${max === 1 ? 'one is' : `at most ${max} are`} read`, `pass ${max === 1 ? 'one' : max} (usage: ${spec.usage})`);
  const normalized = [...[...flags].flatMap(([flag, value]) => (value === true ? [flag] : [flag, value])), ...operands];
  return { flags, operands, normalized };
}

/**
 * Checks that every operand exists and is of the kind the command reads, and that folder flags do not
 * name a file.
 *
 * @throws {UsageError} Naming the first path that is missing or of the wrong kind.
 * @example
 * const check: CommandSpec = { usage: 'digest check [CONTENT_DIR]', flags: {}, operands: { kind: 'folder', min: 0, max: 1, name: 'content folder' } };
 * await checkPaths(parseArgs(['/nonexistent'], check), check) // throws UsageError('/nonexistent does not exist', 'check the path (usage: …)')
 */
export async function checkPaths(parsed: ParsedArgs, spec: CommandSpec): Promise<void> {
  for (const path of parsed.operands.length > 0 ? parsed.operands : (spec.defaultOperands ?? [])) {
    if (spec.operands.kind === 'file-or-url' && isAddress(path)) {
      if (!/^https?:\/\/./i.test(path)) throw new UsageError(`${path.length > 80 ? `${path.slice(0, 79)}…` : path} is not an http(s) address`, 'give the address of an article page, starting with https:// or http://');
      continue;
    }
    const info = await stat(path).catch(() => undefined);
    if (!info) throw new UsageError(`${path} does not exist`, `check the path (usage: ${spec.usage})`);
    if (spec.operands.kind !== 'folder' && !info.isFile()) {
      throw new UsageError(`${path} is ${info.isDirectory() ? 'a folder' : 'not a regular file'}, not an article file`, `name the article files themselves, e.g. ${path}/*.txt`);
    }
    if (spec.operands.kind === 'folder') {
      if (!info.isDirectory()) throw new UsageError(`${path} is a file, not a content folder`, 'pass the folder that holds articles/ (and actors/), e.g. content');
      const articles = await stat(`${path}/articles`).catch(() => undefined);
      if (!articles?.isDirectory()) throw new UsageError(`${path} has no articles/ folder`, 'pass the content folder that holds articles/ (and actors/), e.g. content');
    }
  }
  for (const flag of spec.folderFlags ?? []) {
    const value = parsed.flags.get(flag);
    if (typeof value !== 'string') continue;
    const info = await stat(value).catch((error: NodeJS.ErrnoException) => error);
    if (info instanceof Error) {
      if (info.code === 'ENOTDIR') throw new UsageError(`${flag} ${value} lies inside a file, not a folder`, `pass a folder for ${flag}; it is created if missing`);
      continue;
    }
    if (!info.isDirectory()) throw new UsageError(`${flag} ${value} is a file, not a folder`, `pass a folder for ${flag}; it is created if missing`);
  }
}

/**
 * True for an operand written as an address (`scheme:` and more) rather than a path: `https://…`, and also
 * `javascript:…` or `ftp:…`, which are refused by name.
 *
 * @example
 * isAddress('https://a.example/story') // => true
 * isAddress('javascript:alert(1)') // => true
 * isAddress('content/articles/a.md') // => false
 */
export function isAddress(operand: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(operand);
}
