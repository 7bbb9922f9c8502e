import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseOpml } from 'feedsmith';
import { decodeText } from '../engine/index.ts';
import { readFrontMatter } from '../engine/ingest/read-front-matter.ts';
import { entryToPage, feedToEntries, hasFullText, type FeedEntry } from '../build/import/feed-to-entries.ts';
import { FetchError, fetchUrl, toWebUrl } from '../build/import/fetch-url.ts';
import { importPage } from '../build/import/import-page.ts';
import { readImportStore, writeImportStore, type ImportStore } from '../build/import/import-store.ts';
import { ARTICLE_FILES, formatProblem, listContentFiles, readContentFile } from '../build/list-content-files.ts';
import { addFeedsToList, readFeedList } from '../build/read-feed-list.ts';

/** Content types of feeds, as servers send them. */
const FEED_TYPES = ['application/rss+xml', 'application/atom+xml', 'application/rdf+xml', 'application/feed+json', 'application/json', 'application/xml', 'text/xml'];
/** Content types of article pages. */
export const PAGE_TYPES = ['text/html', 'application/xhtml+xml'];

type Print = (s: string) => void;

/**
 * `digest pull [CONTENT_DIR] [--allow-local] [--import-opml FILE]`: imports every entry of the feeds listed in
 * `CONTENT_DIR/feeds.yaml` that is not yet among the articles (known by guid and by address), fetching the article
 * page when the feed carries only a summary. With `--import-opml`, the OPML file's feeds are first added to the list.
 * Prints one progress line per entry; each failure is one line on stderr and leaves the folder as it was.
 *
 * @returns 0, or 1 when any feed or entry failed.
 */
export async function runPull(args: readonly string[], out: Print, err: Print): Promise<number> {
  const allowLocal = args.includes('--allow-local');
  const opmlIndex = args.indexOf('--import-opml');
  const opml = opmlIndex >= 0 ? args[opmlIndex + 1] : undefined;
  const contentDir = args.find((a, i) => !a.startsWith('--') && (opmlIndex < 0 || i !== opmlIndex + 1)) ?? 'content';
  const listPath = join(contentDir, 'feeds.yaml');
  const articlesDir = join(contentDir, 'articles');
  let failed = 0;

  if (opml) {
    const urls = opmlToFeedUrls(await readFile(opml, 'utf8'), opml);
    const before = await readFile(listPath, 'utf8').catch(() => '');
    const after = addFeedsToList(before, urls);
    if (after !== before) await writeFile(listPath, after);
    out(`${opml}: ${urls.length} feed(s), ${after === before ? 'all already listed' : `added to ${listPath}`}`);
  }

  const list = readFeedList(listPath);
  for (const problem of list.problems) err(formatProblem(problem));
  if (list.missing) {
    err(`digest pull: ${listPath} does not exist. Fix: list the feeds to pull in it (see the README), or pass --import-opml FILE`);
    return 1;
  }
  failed += list.problems.length;
  const store = await readImportStore(contentDir);
  const known = await knownAddresses(articlesDir, store);
  let added = 0;

  for (const source of list.feeds) {
    const validators = store.validators[source.url] ?? {};
    let fetched;
    try {
      fetched = await fetchUrl(source.url, { accept: FEED_TYPES, allowLocal, ...validators });
    } catch (error) {
      err(failure(source.url, error));
      failed++;
      continue;
    }
    if (fetched.notModified) {
      out(`${source.url}: unchanged since the last pull`);
      continue;
    }
    let feed;
    try {
      feed = feedToEntries(decodeText(fetched.body).text);
    } catch (error) {
      err(`digest pull: ${source.url}: ${(error as Error).message}. Fix: check the address in content/feeds.yaml; it must be the feed itself, not the site's home page`);
      failed++;
      continue;
    }
    const fresh = feed.entries.filter((entry) => !known.has(entry.key) && !(entry.url && known.has(entry.url)));
    out(`${source.url}: ${feed.entries.length} entries, ${fresh.length} new`);
    const outlet = source.name ?? feed.title;
    let entryFailures = 0;
    for (const [i, entry] of fresh.entries()) {
      const progress = `  [${i + 1}/${fresh.length}]`;
      try {
        const html = await entryHtml(entry, { ...feed, ...(outlet ? { title: outlet } : {}) }, allowLocal);
        const outcome = await importPage(html, { articlesDir, key: entry.key, ...(entry.url ? { url: entry.url } : {}), store });
        known.add(entry.key);
        if (entry.url) known.add(entry.url);
        added++;
        out(`${progress} ${outcome.status} ${join(articlesDir, outcome.file)}: ${outcome.title}`);
      } catch (error) {
        err(`${progress} ${failure(entry.url ?? entry.key, error)}`);
        entryFailures++;
      }
    }
    failed += entryFailures;
    // The feed's validators are kept only when every entry came in: otherwise the next pull would be told
    // "unchanged" and never try the failed entries again.
    if (entryFailures === 0) {
      store.validators[source.url] = { ...(fetched.etag ? { etag: fetched.etag } : {}), ...(fetched.lastModified ? { lastModified: fetched.lastModified } : {}) };
    }
    if (entryFailures < fresh.length || fresh.length === 0) await writeImportStore(contentDir, store);
  }
  out(`${added} article(s) imported from ${list.feeds.length} feed(s)${failed ? `; ${failed} problem(s), listed above` : ''}`);
  return failed > 0 ? 1 : 0;
}

/**
 * The page to import for an entry: the entry itself when it carries the full text, else the article page it links to.
 */
async function entryHtml(entry: FeedEntry, feed: { title?: string; language?: string }, allowLocal: boolean): Promise<string> {
  if (entry.url) toWebUrl(entry.url);
  if (hasFullText(entry) || !entry.url) return entryToPage(entry, feed);
  const page = await fetchUrl(entry.url, { accept: PAGE_TYPES, allowLocal });
  if (page.notModified) throw new FetchError(`${entry.url} answered 304 to a request that asked for no validators`, 'try again later');
  return decodeText(page.body).text;
}

/** Guids and addresses already imported, and the `url` of every Markdown article in the folder. */
async function knownAddresses(articlesDir: string, store: ImportStore): Promise<Set<string>> {
  const known = new Set<string>(Object.keys(store.articles));
  for (const record of Object.values(store.articles)) if (record.url) known.add(record.url);
  const { files } = await listContentFiles(articlesDir, ARTICLE_FILES);
  for (const file of files) {
    if (!/\.(md|markdown)$/i.test(file)) continue;
    const read = readContentFile(file, ARTICLE_FILES);
    if ('problem' in read) continue;
    const url = readFrontMatter(decodeText(read.bytes).text).data?.url;
    if (typeof url === 'string') known.add(url.trim());
  }
  return known;
}

/** The feed addresses of an OPML file (outlines nest in folders). */
function opmlToFeedUrls(text: string, file: string): string[] {
  let opml;
  try {
    opml = parseOpml(text);
  } catch (error) {
    throw new FetchError(`${file} is not an OPML file (${(error as Error).message})`, 'export the subscriptions of your feed reader as OPML');
  }
  const urls: string[] = [];
  const walk = (outlines: ReadonlyArray<{ xmlUrl?: string; outlines?: unknown }> | undefined) => {
    for (const outline of outlines ?? []) {
      if (typeof outline.xmlUrl === 'string' && /^https?:\/\//i.test(outline.xmlUrl)) urls.push(outline.xmlUrl);
      walk(outline.outlines as typeof outlines);
    }
  };
  walk(opml.body?.outlines as Parameters<typeof walk>[0]);
  return urls;
}

/**
 * One line for a failed fetch or import.
 *
 * @example
 * failure('https://a.example/x', new FetchError('https://a.example/x answered HTTP 404 Not Found', 'check the address'))
 * // => 'digest pull: https://a.example/x answered HTTP 404 Not Found. Fix: check the address'
 */
export function failure(address: string, error: unknown, command = 'pull'): string {
  if (error instanceof FetchError) return `digest ${command}: ${error.message}. Fix: ${error.fix}`;
  return `digest ${command}: ${address}: ${(error as Error).message.split('\n')[0]}. Fix: check the address in a browser`;
}
