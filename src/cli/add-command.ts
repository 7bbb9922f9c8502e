import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { decodeText } from '../engine/index.ts';
import { fetchUrl } from '../build/import/fetch-url.ts';
import { importPage } from '../build/import/import-page.ts';
import { readImportStore, writeImportStore, type ImportStore } from '../build/import/import-store.ts';
import { isAddress } from './parse-args.ts';
import { failure, PAGE_TYPES } from './pull-command.ts';
import { articleToMarkdown } from '../engine/index.ts';
import { articleToDisplayTitle } from '../engine/digest/01-index-articles.ts';
import { nameToSlug } from '../engine/text/name-to-slug.ts';
import { formatProblem } from '../build/list-content-files.ts';
import { readArticleFile } from '../build/read-article-file.ts';

/**
 * `digest add FILE|URL... [--dir content/articles] [--force] [--allow-local]`: imports raw text, Markdown or saved
 * web pages as Markdown with the front matter inferred from the text or read from the page, and prints what it
 * inferred, removed and found. An http(s) address is fetched (see `fetchUrl`) and imported as a saved page; the
 * import is remembered in the content folder's `.imports.json`, so that adding it again asks the site only whether
 * it changed, and never overwrites the file once an editor has changed it.
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
  let store: ImportStore | undefined;
  let fetchedAny = false;
  for (const file of files) {
    if (isAddress(file)) {
      store ??= await readImportStore(dirname(dir));
      if (await addUrl(file, { dir, store, allowLocal: args.includes('--allow-local') }, out, err)) fetchedAny = true;
      else failed++;
      continue;
    }
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
  if (store && fetchedAny) await writeImportStore(dirname(dir), store);
  return failed > 0 ? 1 : 0;
}

/** Fetches and imports one address; false when it failed (said in one line on stderr, nothing written). */
async function addUrl(url: string, target: { dir: string; store: ImportStore; allowLocal: boolean }, out: (s: string) => void, err: (s: string) => void): Promise<boolean> {
  try {
    const known = target.store.articles[url];
    const validators = known ? (target.store.validators[url] ?? {}) : {};
    const page = await fetchUrl(url, { accept: PAGE_TYPES, allowLocal: target.allowLocal, ...validators });
    if (page.notModified) {
      out(`${url}: unchanged since it was added (${join(target.dir, known!.file)})`);
      return true;
    }
    const outcome = await importPage(decodeText(page.body).text, { articlesDir: target.dir, key: url, url: page.url, store: target.store });
    target.store.validators[url] = { ...(page.etag ? { etag: page.etag } : {}), ...(page.lastModified ? { lastModified: page.lastModified } : {}) };
    const path = join(target.dir, outcome.file);
    out(outcome.status === 'kept' ? `${url}: ${path} ${outcome.reason}` : `${url} → ${path} (${outcome.status}): ${outcome.title}`);
    return true;
  } catch (error) {
    err(failure(url, error, 'add'));
    return false;
  }
}
