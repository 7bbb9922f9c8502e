/**
 * Stage 2: the actor files as a whole. Each file was checked on its own (stage 1); here the checks that
 * need the others, and the names found in the articles: `mergeInto` that names no actor or makes a loop,
 * two files claiming one name or alias, and a `name` that is another actor's. Each problem names the file
 * and line of the field, and the field is left out of the override, so nothing is applied silently.
 */
import type { FileProblem } from '../schema.ts';
import type { ActorOverride } from '../digest/schema.ts';
import { nameKey } from '../digest/02-merge-actors.ts';
import type { ActorFile } from './01-read-actor-file.ts';

/** A name some actor file gives its actor: by its file name, its `name` or one of its `aliases`. */
interface Claim {
  file: ActorFile;
  kind: 'file name' | 'name' | 'alias';
  text: string;
  line: number;
  /** Index in `aliases`, for an alias. */
  index?: number;
}

/**
 * Checks the actor files against each other and against the names found in the articles, and returns
 * the overrides to apply: every field that failed a check is left out.
 *
 * @param files The files, each read by `readActorFile`, in a stable order (by path).
 * @param isArticleName Whether a name key (see `nameKey`) is the name or alias of an actor found in the articles.
 * @returns The overrides of the files that are applied, and the problems, located in their files.
 * @example
 * checkActorFiles([a, b], (key) => key === 'emmanuel macron')
 * // a: mergeInto b, b: mergeInto a => both mergeInto left out, two errors "mergeInto makes a loop (a → b → a)"
 */
export function checkActorFiles(files: readonly ActorFile[], isArticleName: (key: string) => boolean): { overrides: ActorOverride[]; problems: FileProblem[] } {
  const applied = files.filter((f): f is ActorFile & { override: ActorOverride } => f.override !== undefined);
  const problems: FileProblem[] = [];
  const bySlug = new Map(applied.map((f) => [f.slug, f]));
  const report = (file: ActorFile, line: number, message: string, fix: string) => problems.push({ file: file.file, line, severity: 'error', message, fix });
  const overrides = new Map(applied.map((f) => [f.slug, { ...f.override, aliases: [...f.override.aliases] }]));

  // mergeInto: the target exists, and following the targets never comes back.
  for (const f of applied) {
    const target = f.override.mergeInto;
    if (target === undefined || target === f.slug || bySlug.has(target) || isArticleName(slugToKey(target))) continue;
    report(
      f,
      f.lines.mergeInto ?? 1,
      `mergeInto names "${target}", which is neither an actor file nor an actor found in the articles, so it was ignored`,
      "write the slug from the other actor's address, /actors/<slug>/, or delete the line",
    );
    delete overrides.get(f.slug)!.mergeInto;
  }
  for (const loop of findLoops(overrides)) {
    const path = [...loop, loop[0]!].join(' → ');
    for (const slug of loop) {
      const f = bySlug.get(slug)!;
      report(
        f,
        f.lines.mergeInto ?? 1,
        `mergeInto makes a loop (${path}), so it was ignored`,
        loop.length === 1 ? 'delete the line: an actor cannot be merged into itself' : 'keep mergeInto only in the files of the actors that go away, each naming the one that stays',
      );
      delete overrides.get(slug)!.mergeInto;
    }
  }
  const resolve = (slug: string): string => {
    let current = slug;
    for (let next = overrides.get(current)?.mergeInto; next !== undefined; next = overrides.get(current)?.mergeInto) current = next;
    return current;
  };

  // One name, one actor: a name or alias claimed by files of different actors is kept where the file name
  // claims it (or in the first file), and left out of the others.
  const claims = new Map<string, Claim[]>();
  const addClaim = (claim: Claim) => {
    const key = nameKey(claim.text);
    if (!key) return;
    const list = claims.get(key) ?? [];
    list.push(claim);
    claims.set(key, list);
  };
  for (const f of applied) {
    addClaim({ file: f, kind: 'file name', text: f.slug.replace(/-/g, ' '), line: 1 });
    if (f.override.name !== undefined) addClaim({ file: f, kind: 'name', text: f.override.name, line: f.lines.name ?? 1 });
    f.override.aliases.forEach((text, index) => addClaim({ file: f, kind: 'alias', text, line: f.aliasLines[index] ?? f.lines.aliases ?? 1, index }));
  }
  const droppedAliases = new Map<string, Set<number>>();
  for (const list of claims.values()) {
    const kept = list.find((c) => c.kind === 'file name') ?? list[0]!;
    const actor = resolve(kept.file.slug);
    for (const claim of list) {
      if (claim === kept || resolve(claim.file.slug) === actor || claim.kind === 'file name') continue;
      report(
        claim.file,
        claim.line,
        `${claim.kind} "${claim.text}" is also claimed by ${kept.file.file}:${kept.line} (its ${kept.kind}), for another actor, so it was ignored`,
        `give the name to one actor file only; if both files are the same actor, add mergeInto: ${actor} to ${claim.file.slug}.md`,
      );
      dropClaim(claim, overrides, droppedAliases);
    }
  }

  // A name is the actor's own: one that the articles give another actor would take that actor's quotes and page.
  const ownKeys = new Map<string, Set<string>>();
  for (const f of applied) {
    const actor = resolve(f.slug);
    const keys = ownKeys.get(actor) ?? new Set<string>();
    keys.add(slugToKey(f.slug));
    for (const alias of overrides.get(f.slug)!.aliases) keys.add(nameKey(alias));
    ownKeys.set(actor, keys);
  }
  for (const f of applied) {
    const name = overrides.get(f.slug)!.name;
    if (name === undefined) continue;
    const key = nameKey(name);
    if (ownKeys.get(resolve(f.slug))!.has(key) || !isArticleName(key)) continue;
    report(
      f,
      f.lines.name ?? 1,
      `name "${name}" is the name of another actor found in the articles, and ${f.slug}.md would take its quotes and its page, so it was ignored`,
      `write the display name of ${f.slug}; if both are the same actor, list "${name}" under aliases as well`,
    );
    delete overrides.get(f.slug)!.name;
  }

  for (const [slug, aliases] of droppedAliases) {
    const override = overrides.get(slug)!;
    override.aliases = override.aliases.filter((_, i) => !aliases.has(i));
  }
  return { overrides: applied.map((f) => overrides.get(f.slug)!), problems };
}

/**
 * The name key of a slug, as if it were a name: `emmanuel-macron` → `emmanuel macron`.
 *
 * @example
 * slugToKey('petr-fiala') // => 'petr fiala'
 */
export function slugToKey(slug: string): string {
  return nameKey(slug.replace(/-/g, ' '));
}

/** The loops of `mergeInto` among the overrides, each as its slugs in order, starting from its first slug by name. */
function findLoops(overrides: ReadonlyMap<string, ActorOverride>): string[][] {
  const loops: string[][] = [];
  const done = new Set<string>();
  for (const start of [...overrides.keys()].sort()) {
    const path: string[] = [];
    const onPath = new Map<string, number>();
    let current: string | undefined = start;
    while (current !== undefined && !done.has(current) && !onPath.has(current)) {
      onPath.set(current, path.length);
      path.push(current);
      current = overrides.get(current)?.mergeInto;
    }
    if (current !== undefined && onPath.has(current)) {
      const loop = path.slice(onPath.get(current));
      const first = loop.indexOf([...loop].sort()[0]!);
      loops.push([...loop.slice(first), ...loop.slice(0, first)]);
    }
    for (const slug of path) done.add(slug);
  }
  return loops;
}

function dropClaim(claim: Claim, overrides: Map<string, ActorOverride>, droppedAliases: Map<string, Set<number>>): void {
  const override = overrides.get(claim.file.slug)!;
  if (claim.kind === 'name') delete override.name;
  else if (claim.kind === 'alias') {
    const set = droppedAliases.get(claim.file.slug) ?? new Set<number>();
    set.add(claim.index!);
    droppedAliases.set(claim.file.slug, set);
  }
}
