/**
 * Editor corrections to actors (`content/actors/<slug>.md`), from their text to the overrides the digest
 * applies, with every problem located in its file:
 *
 *   readActorFile (each file on its own) → checkActorFiles (the files together, and the articles' names)
 */
import type { AnalysedArticle, FileProblem } from '../schema.ts';
import type { ActorOverride } from '../digest/schema.ts';
import { nameKey } from '../digest/02-merge-actors.ts';
import { memoizeText } from '../text/memoize-text.ts';
import { readActorFile, type ActorFileInput } from './01-read-actor-file.ts';
import { checkActorFiles } from './02-check-actor-files.ts';

export { ACTOR_FIELDS, readActorFile } from './01-read-actor-file.ts';
export type { ActorFile, ActorFileInput } from './01-read-actor-file.ts';
export { checkActorFiles } from './02-check-actor-files.ts';

/**
 * Reads every actor file and checks them together against the articles. The `check` command and the build
 * both call this, so they give every file the same verdict and the same messages.
 *
 * @param files Each file's path to show, its path in the actors folder (`<slug>.md`) and its decoded text.
 * @param articles The analysed articles: a name they give an actor is that actor's.
 * @returns The overrides to apply (every field that failed a check left out; files that cannot be read at
 *   all left out) and every problem, as errors: a strict build stops on them, a lenient one shows them as
 *   warnings and applies the rest.
 * @example
 * readActorFiles([{ file: 'content/actors/a.md', id: 'a.md', text: '---\nmergeInto: a\n---\n' }], [])
 * // => { overrides: [{ slug: 'a', aliases: [], hidden: false }],
 * //      problems: [{ file: 'content/actors/a.md', line: 2, severity: 'error', message: 'mergeInto makes a loop (a → a), so it was ignored', … }] }
 */
export function readActorFiles(files: readonly ActorFileInput[], articles: readonly AnalysedArticle[]): { overrides: ActorOverride[]; problems: FileProblem[] } {
  if (files.length === 0) return { overrides: [], problems: [] };
  const read = [...files].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map(readActorFile);
  const checked = checkActorFiles(read, articleNamesOf(articles));
  const problems = [...read.flatMap((f) => f.problems), ...checked.problems];
  problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
  return { overrides: checked.overrides, problems };
}

/** A test for the name keys of the actors of the articles (names and aliases), built once. */
function articleNamesOf(articles: readonly AnalysedArticle[]): (key: string) => boolean {
  let keys: Set<string> | undefined;
  return (key) => {
    if (!keys) {
      keys = new Set<string>();
      const keyOf = memoizeText(nameKey);
      for (const { analysis } of articles) for (const actor of analysis.actors) for (const form of [actor.name, ...actor.aliases]) keys.add(keyOf(form));
    }
    return keys.has(key);
  };
}
