import { readActorFiles } from '../engine/actor-files/index.ts';
import type { AnalysedArticle } from '../engine/schema.ts';
import { ARTICLE_FILES, formatProblem, listContentFiles, type FileProblem } from '../build/list-content-files.ts';
import { readActorFolder } from '../build/read-actor-folder.ts';
import { readArticleFile } from '../build/read-article-file.ts';

/**
 * `digest check [DIR]`: validates every article and actor file as the build does (the same readers, the
 * same checks, the same messages), and lists every problem at once as `file:line: …`.
 *
 * @returns 0 when the content builds, 1 when any file has an error.
 */
export async function runCheck(args: readonly string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const root = args.find((a) => !a.startsWith('--')) ?? 'content';
  const { files, problems } = await listContentFiles(`${root}/articles`, ARTICLE_FILES);
  const all: FileProblem[] = [...problems];
  const readable: AnalysedArticle[] = [];
  for (const file of files) {
    const result = await readArticleFile(file);
    all.push(...result.problems);
    if (result.article && !result.problems.some((p) => p.severity === 'error')) readable.push(result.article);
  }
  const actorFolder = await readActorFolder(`${root}/actors`);
  const actorFiles = readActorFiles(actorFolder.files, readable);
  all.push(...actorFolder.problems, ...actorFiles.problems);
  for (const p of all) (p.severity === 'error' ? err : out)(formatProblem(p));
  const errors = all.filter((p) => p.severity === 'error').length;
  const actorCount = actorFolder.files.length + new Set(actorFolder.problems.map((p) => p.file)).size;
  const actorsOk = actorFolder.files.filter((f) => !actorFiles.problems.some((p) => p.file === f.file && p.severity === 'error')).length;
  const actorSummary = actorCount > 0 ? `, ${actorsOk} of ${actorCount} actor files OK` : '';
  out(`${readable.length} of ${files.length} article files OK${actorSummary}; ${errors} error(s), ${all.length - errors} warning(s)`);
  return errors > 0 ? 1 : 0;
}
