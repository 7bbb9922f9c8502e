import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { buildDigest } from '../engine/digest/index.ts';
import { formatProblem } from '../build/list-content-files.ts';
import { readArticleFile } from '../build/read-article-file.ts';
import { articleToJson, statementsToJson, type ArticleJson } from './analysis-to-json.ts';
import { NPM_BANNER_HINT, npmBannerOnStdout } from './npm-banner.ts';
import type { AnalysedArticle } from '../engine/schema.ts';

/**
 * `digest analyze FILES [--json] [--out FILE]`: analyses article files and prints actors, quotes and statements.
 * A file that cannot be read is reported on stderr (and in `errors` with --json); the others are analysed.
 * `--out FILE` writes the JSON document to FILE instead of stdout (whatever npm prints around a script then
 * cannot mix with it). Printed through a plain `npm run`, stdout also holds npm's banner: a note on stderr says so.
 *
 * @returns The exit code: 1 when any file could not be read, except with --json, where the printed
 * `errors` list says so and the exit code stays 0 so that the JSON on stdout is all there is.
 */
export async function runAnalyze(args: readonly string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const outIndex = args.indexOf('--out');
  const outFile = outIndex >= 0 ? args[outIndex + 1] : undefined;
  const json = args.includes('--json') || outFile !== undefined;
  const files = args.filter((a, i) => !a.startsWith('--') && (outIndex < 0 || i !== outIndex + 1));
  if (files.length === 0) {
    err('usage: digest analyze FILE... [--json]');
    return 2;
  }
  const articles: ArticleJson[] = [];
  const analysed: AnalysedArticle[] = [];
  const errors: { file: string; message: string }[] = [];
  for (const file of files) {
    const result = await readArticleFile(file);
    for (const p of result.problems) if (p.severity === 'error' || !json) err(formatProblem(p));
    if (!result.article) {
      errors.push({ file: basename(file), message: result.problems.map(formatProblem).join('\n') });
      continue;
    }
    analysed.push(result.article);
    articles.push(articleToJson(result.article, basename(file)));
  }
  const digest = buildDigest(analysed);
  const fileOf = new Map<string, string>();
  for (const a of digest.articles) {
    fileOf.set(a.slug, basename(a.file));
    for (const d of a.duplicates) fileOf.set(d, d);
  }
  const statements = statementsToJson(digest, fileOf);
  if (outFile !== undefined) {
    await writeFile(outFile, `${JSON.stringify({ articles, statements, errors }, null, 2)}\n`);
    err(`wrote ${articles.length} article(s) to ${outFile}`);
  } else if (json) {
    if (npmBannerOnStdout(process.env)) err(NPM_BANNER_HINT);
    out(JSON.stringify({ articles, statements, errors }, null, 2));
  } else {
    for (const a of articles) {
      out(`${a.file}: ${a.title ?? '(no title)'}${a.outlet ? ` — ${a.outlet}` : ''}${a.author ? `, by ${a.author}` : ''}${a.published ? `, ${a.published}` : ''}`);
      out(`  ${a.actors.length} actors: ${a.actors.map((x) => `${x.name} (${x.kind})`).join(', ')}`);
      for (const q of a.quotes) out(`  “${q.text}” — ${q.speaker ?? 'speaker unknown'}`);
    }
    const grouped = statements.filter((s) => s.sources > 1);
    if (grouped.length) out(`\n${grouped.length} statements carried by several sources:`);
    for (const s of grouped) out(`  ${s.speaker}: “${s.text}” (${s.sources} sources${s.wordingDiffers ? ', wording differs' : ''})`);
  }
  return errors.length > 0 && !json ? 1 : 0;
}
