import { readFile } from 'node:fs/promises';
import matter from 'gray-matter';
import { actorOverrideSchema } from '../engine/digest/schema.ts';
import { formatProblem, listArticleFiles, type FileProblem } from '../lib/list-content-files.ts';
import { readArticleFile } from '../lib/read-article-file.ts';

/**
 * `digest check [DIR]`: validates every article (and actor correction) as the build does, and lists
 * every problem at once as `file:line: …`.
 *
 * @returns 0 when the content builds, 1 when any file has an error.
 */
export async function runCheck(args: readonly string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const root = args.find((a) => !a.startsWith('--')) ?? 'content';
  const { files, problems } = await listArticleFiles(`${root}/articles`);
  const all: FileProblem[] = [...problems];
  let readable = 0;
  for (const file of files) {
    const result = await readArticleFile(file);
    all.push(...result.problems);
    if (result.article && !result.problems.some((p) => p.severity === 'error')) readable++;
  }
  const actorFiles = await listArticleFiles(`${root}/actors`);
  for (const file of actorFiles.files.filter((f) => f.endsWith('.md'))) all.push(...(await checkActorFile(file)));
  for (const p of all) (p.severity === 'error' ? err : out)(formatProblem(p));
  const errors = all.filter((p) => p.severity === 'error').length;
  out(`${readable} of ${files.length} article files OK; ${errors} error(s), ${all.length - errors} warning(s)`);
  return errors > 0 ? 1 : 0;
}

async function checkActorFile(file: string): Promise<FileProblem[]> {
  let data: Record<string, unknown>;
  try {
    data = matter(await readFile(file, 'utf8')).data;
  } catch (error) {
    const line = /line (\d+)/.exec(String((error as Error).message))?.[1];
    return [{ file, line: line ? Number(line) + 1 : 1, severity: 'error', message: 'the front matter is not valid YAML', fix: 'check the indentation and quote values that contain a colon' }];
  }
  const parsed = actorOverrideSchema.omit({ slug: true }).safeParse(data);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => ({
    file,
    line: 1 + Math.max(0, findKeyLine(data, String(issue.path[0] ?? ''))),
    severity: 'error' as const,
    message: `${issue.path.join('.') || 'front matter'}: ${issue.message}`,
    fix: 'see "Correcting actors" in the README for the fields and their types',
  }));
}

function findKeyLine(data: Record<string, unknown>, key: string): number {
  return Math.max(0, Object.keys(data).indexOf(key)) + 1;
}
