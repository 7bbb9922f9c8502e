/**
 * Turns a fetched web page (or a feed entry written as one) into a Markdown article in the articles folder, as
 * `digest add FILE` does for a saved page: the engine extracts the text and reads the metadata; the file gets the
 * front matter and the text, never the page's markup. A file is never written over another: a new article gets a
 * free name, and an article imported before is rewritten only while its file is as the import left it, so an
 * editor's changes always stay.
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { articleToMarkdown, ingestArticle } from '../../engine/index.ts';
import { articleToDisplayTitle } from '../../engine/digest/01-index-articles.ts';
import { nameToSlug } from '../../engine/text/name-to-slug.ts';
import { sha256, type ImportStore } from './import-store.ts';

/** What became of an imported page. */
export type ImportOutcome =
  | { status: 'added' | 'updated' | 'unchanged'; file: string; title: string }
  | { status: 'kept'; file: string; title: string; reason: string };

/**
 * Imports one page.
 *
 * @param html The page, decoded.
 * @param target `articlesDir`: where to write; `key`: the guid or address the store knows it by; `url`: the address
 *   it was fetched from, used as the article's `url` when the page states none; `store`: updated in place.
 * @throws {Error} When the page holds no article text, with a one-line message; nothing is written then.
 * @example
 * await importPage(html, { articlesDir: 'content/articles', key: url, url, store })
 * // => { status: 'added', file: 'harbour-bridge-to-close-for-six-months.md', title: 'Harbour bridge to close for six months' }
 */
export async function importPage(html: string, target: { articlesDir: string; key: string; url?: string; store: ImportStore }): Promise<ImportOutcome> {
  const article = ingestArticle({ file: 'page.html', text: html });
  if (article.paragraphs.length === 0) throw new Error('the page holds no article text');
  if (article.meta.url === undefined && target.url) article.meta.url = target.url;
  const markdown = articleToMarkdown(article);
  const title = articleToDisplayTitle(article);
  const known = target.store.articles[target.key];
  if (known) {
    const path = join(target.articlesDir, known.file);
    const current = await readFile(path).catch(() => undefined);
    if (current !== undefined) {
      if (sha256(current) !== known.sha256) return { status: 'kept', file: known.file, title, reason: 'edited since it was imported, so it was not overwritten' };
      if (current.toString('utf8') === markdown) return { status: 'unchanged', file: known.file, title };
      await writeAtomically(path, markdown);
      target.store.articles[target.key] = { ...known, sha256: sha256(markdown) };
      return { status: 'updated', file: known.file, title };
    }
  }
  const file = await freeName(target.articlesDir, nameToSlug(title.split(/\s+/).slice(0, 8).join(' ')));
  await writeAtomically(join(target.articlesDir, file), markdown, true);
  target.store.articles[target.key] = { file, sha256: sha256(markdown), ...(target.url ? { url: target.url } : {}) };
  return { status: 'added', file, title };
}

/** `base.md`, or `base-2.md`, `base-3.md`… : the first name no file has. */
async function freeName(dir: string, base: string): Promise<string> {
  for (let n = 1; ; n++) {
    const name = n === 1 ? `${base}.md` : `${base}-${n}.md`;
    const exists = await readFile(join(dir, name)).then(
      () => true,
      () => false,
    );
    if (!exists) return name;
  }
}

/** Writes through a temporary file; a new file is created exclusively, so a file that appeared meanwhile is never replaced. */
async function writeAtomically(path: string, text: string, createOnly = false): Promise<void> {
  if (createOnly) {
    await writeFile(path, text, { flag: 'wx' });
    return;
  }
  // A hidden name, which a build running meanwhile ignores.
  const temporary = join(dirname(path), `.${basename(path)}.tmp`);
  await writeFile(temporary, text);
  await rename(temporary, path);
}
