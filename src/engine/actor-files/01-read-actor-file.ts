/**
 * Stage 1: one actor file (`content/actors/<slug>.md`) on its own. Its front matter is read with the reader
 * of every editor file (`readFrontMatter`: YAML only, safe schema, nothing run) and each field is checked
 * against the actor override contract. A field that fails is reported at its line and left out, never passed
 * through; a file whose front matter cannot be read at all (another language, TOML, not on line 1, not YAML)
 * is not applied.
 */
import { actorKindSchema, type FileProblem } from '../schema.ts';
import type { ActorOverride } from '../digest/schema.ts';
import { normalizeLineEnds } from '../ingest/01-decode-text.ts';
import { describeValue } from '../ingest/describe-value.ts';
import { MAX_SLUG_LENGTH, nameToSlug } from '../text/name-to-slug.ts';
import { findStrayFrontMatter, readFrontMatter, strayFrontMatterProblem } from '../ingest/read-front-matter.ts';
import fieldLexicon from '../lexicons/actor-file-fields.json' with { type: 'json' };

/** An actor file as the caller read it. */
export interface ActorFileInput {
  /** The path to show in messages. */
  file: string;
  /** The path relative to the actors folder, e.g. `petr-fiala.md`: the file name is the actor's slug. */
  id: string;
  /** The decoded text. */
  text: string;
}

/** The fields an actor file may set. */
export type ActorField = Exclude<keyof ActorOverride, 'slug'>;

/** One actor file, read and checked on its own. */
export interface ActorFile {
  file: string;
  slug: string;
  /** The valid fields, or undefined when the file is not applied at all. */
  override?: ActorOverride;
  /** The line of each field in the file (1 for fields not written, such as the slug). */
  lines: Partial<Record<ActorField, number>>;
  /** The line of each alias kept in `override.aliases`, in the same order. */
  aliasLines: number[];
  problems: FileProblem[];
}

/**
 * Fields an actor file may set, in the order the README lists them.
 *
 * @example
 * ACTOR_FIELDS[0] // => 'name'
 */
export const ACTOR_FIELDS: readonly ActorField[] = ['name', 'kind', 'aliases', 'role', 'description', 'mergeInto', 'hidden'];

/** What a slug is: lower-case ASCII letters and digits in words joined by single hyphens. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The longest slug {@link nameToSlug} makes: a cut slug and its hyphen and six hex digits. */
const MAX_FILE_SLUG_LENGTH = MAX_SLUG_LENGTH + 7;
const KNOWN = new Set<string>(ACTOR_FIELDS);
const FIELD_ALIASES: Readonly<Record<string, string>> = fieldLexicon.aliases;

/**
 * Reads one actor file: the slug from its name, the fields from its front matter, the description from its
 * body when the front matter has none.
 *
 * @param input The file's path, its path in the actors folder and its text.
 * @example
 * readActorFile({ file: 'content/actors/petr-fiala.md', id: 'petr-fiala.md', text: '---\nname: Petr Fiala\nhidden: "yes"\n---\n' })
 * // => { file: …, slug: 'petr-fiala', override: { slug: 'petr-fiala', name: 'Petr Fiala', aliases: [], hidden: false },
 * //      lines: { name: 2 }, aliasLines: [],
 * //      problems: [{ line: 3, severity: 'error', message: "front matter field 'hidden' is \"yes\", which is not true or false, so it was ignored", … }] }
 */
export function readActorFile(input: ActorFileInput): ActorFile {
  const { file } = input;
  const slug = input.id.replace(/\.md$/i, '');
  const located = (line: number, message: string, fix: string, severity: 'error' | 'warning' = 'error'): FileProblem => ({ file, line, severity, message, fix });
  const notApplied: ActorFile = { file, slug, lines: {}, aliasLines: [], problems: [] };

  if (!SLUG.test(slug)) {
    notApplied.problems.push(
      located(
        1,
        `the file name "${slug}" is not a slug (lower-case letters and digits joined by single hyphens), and an actor file's name is its address, /actors/<slug>/, so this file was not applied`,
        `rename it to ${suggestSlug(slug)}.md, in the actors folder itself`,
      ),
    );
    return notApplied;
  }
  if (slug.length > MAX_FILE_SLUG_LENGTH) {
    notApplied.problems.push(
      located(
        1,
        `the file name has ${slug.length} characters, more than the ${MAX_FILE_SLUG_LENGTH} a page address takes, and an actor file's name is its address, /actors/<slug>/, so this file was not applied`,
        `rename it to ${nameToSlug(slug)}.md`,
      ),
    );
    return notApplied;
  }

  const text = normalizeLineEnds(input.text.replace(/^\ufeff/, ''));
  const stray = findStrayFrontMatter(text);
  if (stray) {
    notApplied.problems.push({ ...strayFrontMatterProblem(stray, 'so this file was not applied', 'error'), file });
    return notApplied;
  }
  const front = readFrontMatter(text);
  if (front.problems.length > 0) {
    notApplied.problems.push(...front.problems.map((p) => ({ ...p, file, message: `${p.message.replace(/, so .*$/, '')}, so this file was not applied` })));
    return notApplied;
  }

  const override: ActorOverride = { slug, aliases: [], hidden: false };
  const lines: Partial<Record<ActorField, number>> = {};
  const aliasLines: number[] = [];
  const problems: FileProblem[] = [];
  for (const [key, value] of Object.entries(front.data ?? {})) {
    const at = front.keyLines.get(key) ?? { line: 2, raw: '' };
    if (!KNOWN.has(key)) {
      problems.push(unknownKeyProblem(file, key, at.line, slug));
      continue;
    }
    const field = key as ActorField;
    if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) {
      problems.push(located(at.line, `front matter field '${field}' is empty, so it was ignored`, `fill in ${field} or delete the line`, 'warning'));
      continue;
    }
    const wrong = (what: string, fix: string) => problems.push(located(at.line, `front matter field '${field}' is ${describeValue(value)}, which is not ${what}, so it was ignored`, fix));
    switch (field) {
      case 'name':
      case 'role':
      case 'description': {
        const textValue = valueToText(value, at.raw);
        if (textValue === undefined) wrong('text', `write ${field} as one line of text, in double quotes, e.g. ${field}: "…"`);
        else {
          override[field] = textValue;
          lines[field] = at.line;
        }
        break;
      }
      case 'kind': {
        const kind = actorKindSchema.safeParse(typeof value === 'string' ? value.trim() : value);
        if (kind.success) {
          override.kind = kind.data;
          lines.kind = at.line;
        } else wrong('a kind of actor', `write one of: ${actorKindSchema.options.join(', ')}`);
        break;
      }
      case 'hidden':
        if (typeof value === 'boolean') {
          override.hidden = value;
          lines.hidden = at.line;
        } else wrong('true or false', 'write hidden: true to hide the actor, or delete the line');
        break;
      case 'mergeInto':
        if (typeof value === 'string' && SLUG.test(value.trim())) {
          override.mergeInto = value.trim();
          lines.mergeInto = at.line;
        } else wrong("an actor's slug", `write the slug from the other actor's address, /actors/<slug>/, e.g. mergeInto: ${suggestSlug(String(value))}`);
        break;
      case 'aliases': {
        if (!Array.isArray(value)) {
          wrong('a list', `write each alias on its own line below aliases:, starting with "- ", or as aliases: ["…", "…"]`);
          break;
        }
        lines.aliases = at.line;
        const firstItemLine = at.raw === '' ? at.line + 1 : at.line;
        value.forEach((item, i) => {
          const itemLine = at.raw === '' ? firstItemLine + i : at.line;
          const alias = valueToText(item, '');
          if (alias === undefined || alias === '') {
            problems.push(located(itemLine, `alias ${i + 1} is ${describeValue(item)}, which is not a name, so it was ignored`, 'write each alias as one line of text, in double quotes'));
            return;
          }
          override.aliases.push(alias);
          aliasLines.push(itemLine);
        });
        break;
      }
    }
  }
  const body = front.body.trim();
  if (override.description === undefined && body !== '') override.description = body;
  return { file, slug, override, lines, aliasLines, problems };
}

function unknownKeyProblem(file: string, key: string, line: number, slug: string): FileProblem {
  if (key === 'slug') {
    return {
      file,
      line,
      severity: 'error',
      message: "front matter field 'slug' is not read, because an actor's slug is its file name, so it was ignored",
      fix: `delete the line; to give the actor another address, rename ${slug}.md instead`,
    };
  }
  const folded = key.toLowerCase().replace(/[\s-]+/g, '_');
  const suggestion = Object.hasOwn(FIELD_ALIASES, folded) ? FIELD_ALIASES[folded] : ACTOR_FIELDS.find((f) => f.toLowerCase() === folded);
  return {
    file,
    line,
    severity: 'error',
    message: `front matter field '${key.length > 40 ? `${key.slice(0, 39)}…` : key}' is not one an actor file takes, so it was ignored`,
    fix: suggestion ? `rename it to '${suggestion}'` : `delete it, or use one of: ${ACTOR_FIELDS.join(', ')}`,
  };
}

/** Text as written: a string trimmed; a number or date as its raw YAML text; anything else undefined. */
function valueToText(value: unknown, raw: string): string | undefined {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || value instanceof Date) return raw.replace(/^(["'])(.*)\1$/, '$2') || String(value);
  return undefined;
}

/**
 * A slug for a file name or a value that is not one, to show in a fix: the slug the digest itself would make of it
 * ({@link nameToSlug}), so that following the fix gives the address the actor really has.
 */
function suggestSlug(text: string): string {
  const slug = nameToSlug(text);
  return slug === 'unnamed' ? 'actor-name' : slug;
}

