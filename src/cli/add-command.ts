import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { articleToMarkdown } from '../engine/index.ts';
import { articleToDisplayTitle } from '../engine/digest/01-index-articles.ts';
import { nameToSlug } from '../engine/text/name-to-slug.ts';
import { formatProblem } from '../lib/list-content-files.ts';
import { readArticleFile } from '../lib/read-article-file.ts';

/**
 * `digest add FILES [--dir content/articles] [--force]`: imports raw text or Markdown articles as Markdown
 * with the front matter inferred from the text, and prints what it inferred, removed and found.
 *
 * @returns 0, or 1 when any file could not be imported.
 */
export async function runAdd(args: readonly string[], out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const dirIndex = args.indexOf('--dir');
  const dir = dirIndex >= 0 ? args[dirIndex + 1] : 'content/articles';
  const force = args.includes('--force');
  const files = args.filter((a, i) => !a.startsWith('--') && (dirIndex < 0 || i !== dirIndex + 1));
  if (!dir || files.length === 0) {
    err('usage: digest add FILE... [--dir content/articles] [--force]');
    return 2;
  }
  await mkdir(dir, { recursive: true });
  let failed = 0;
  for (const file of files) {
    const result = await readArticleFile(file);
    const errors = result.problems.filter((p) => p.severity === 'error');
    for (const p of result.problems) err(formatProblem(p));
    if (!result.article || errors.length > 0) {
      err(`${file}: not added`);
      failed++;
      continue;
    }
    const article = result.article;
    const markdown = articleToMarkdown(article);
    const base = nameToSlug(articleToDisplayTitle(article).split(/\s+/).slice(0, 8).join(' '));
    let target = join(dir, `${base}.md`);
    for (let n = 2; !force; n++) {
      const existing = await readFile(target, 'utf8').catch(() => undefined);
      if (existing === undefined || existing === markdown) break;
      target = join(dir, `${base}-${n}.md`);
    }
    await writeFile(target, markdown);
    out(`${file} → ${target}`);
    const shown = (['title', 'outlet', 'author', 'published', 'updated', 'url', 'language'] as const)
      .filter((k) => article.meta[k] !== undefined)
      .map((k) => `    ${k}: ${article.meta[k]}${article.inferred.includes(k) ? ' (inferred from the text)' : ''}`);
    out(shown.length ? `  front matter:\n${shown.join('\n')}` : '  front matter: nothing the text shows');
    if (article.removed.length) {
      out(`  removed ${article.removed.length} line(s) of page furniture:`);
      for (const r of article.removed) {
        const first = r.text.split('\n')[0]!;
        const more = r.text.includes('\n') ? ` (+${r.text.split('\n').length - 1} lines)` : '';
        out(`    line ${r.line} [${r.kind}] ${first.length > 70 ? `${first.slice(0, 69)}…` : first}${more}`);
      }
    }
    const { actors, quotes } = article.analysis;
    const attributed = quotes.filter((q) => q.speaker !== null).length;
    out(`  ${article.paragraphs.length} paragraphs, ${actors.length} actors, ${quotes.length} quotes (${attributed} with a speaker)`);
    if (actors.length) out(`  actors: ${actors.map((a) => a.name).join(', ')}`);
  }
  return failed > 0 ? 1 : 0;
}
