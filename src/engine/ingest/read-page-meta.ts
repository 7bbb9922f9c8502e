/**
 * Reads an article's metadata from a saved web page's head, as publishers state it: JSON-LD (`NewsArticle` and
 * its kin, also inside `@graph`), Open Graph and `article:*` properties, plain `<meta name>` tags, the canonical
 * link and the document's language. Values are returned as written; `readSavedPage` checks them with the same
 * rules as front matter. Nothing on the page is run: JSON-LD is parsed as JSON data.
 */
import type { MetaField } from '../schema.ts';
import { joinNames } from './line-text.ts';
import pageMetaLexicon from '../lexicons/ingest-page-meta.json' with { type: 'json' };

/** A value found on the page for one field, and the text to look for to find its line. */
export interface PageMetaValue {
  value: string;
  /** Where it came from, e.g. `og:site_name`, `JSON-LD author`, `<link rel=canonical>`. */
  source: string;
}

/** The values a page states, per field, best first. */
export type PageMeta = Partial<Record<MetaField, PageMetaValue[]>>;

/** The parts of a DOM document this reader uses (linkedom's and a browser's both have them). */
interface PageDocument {
  documentElement: { getAttribute(name: string): string | null } | null;
  querySelectorAll(selector: string): Iterable<{ getAttribute(name: string): string | null; textContent: string | null }>;
  querySelector(selector: string): { textContent: string | null } | null;
}

const ARTICLE_TYPES = new Set<string>(pageMetaLexicon.articleTypes);

/**
 * Lists what a page says about each metadata field, best source first.
 *
 * @param document The parsed page.
 * @returns Candidate values per field; a field the page does not state is absent.
 * @example
 * readPageMeta(parseHTML('<html lang="en"><head><meta property="og:site_name" content="Herald"></head></html>').document)
 * // => { outlet: [{ value: 'Herald', source: 'og:site_name' }], language: [{ value: 'en', source: '<html lang>' }] }
 */
export function readPageMeta(document: PageDocument): PageMeta {
  const meta: PageMeta = {};
  const add = (field: MetaField, value: string | undefined, source: string) => {
    const clean = value?.replace(/\s+/g, ' ').trim();
    if (!clean) return;
    (meta[field] ??= []).push({ value: clean, source });
  };
  const tags = readMetaTags(document);
  const tag = (name: string) => tags.get(name.toLowerCase());
  const article = findJsonLdArticle(document);
  const byId = article?.byId ?? new Map<string, Record<string, unknown>>();
  const node = article?.node;

  add('title', tag('og:title'), 'og:title');
  add('title', textOf(node?.headline), 'JSON-LD headline');
  add('title', tag('twitter:title'), 'twitter:title');
  add('title', titleWithoutSiteName(document.querySelector('title')?.textContent ?? '', [tag('og:site_name'), orgName(node?.publisher, byId)]), '<title>');

  add('outlet', tag('og:site_name'), 'og:site_name');
  add('outlet', orgName(node?.publisher, byId), 'JSON-LD publisher');
  for (const name of ['publisher', 'dc.publisher', 'application-name']) add('outlet', tag(name), `<meta name=${name}>`);

  add('author', joinNames(namesOf(node?.author, byId)), 'JSON-LD author');
  for (const name of ['author', 'dc.creator', 'byl', 'sailthru.author', 'parsely-author']) add('author', tag(name)?.replace(/^by\s+/i, ''), `<meta name=${name}>`);
  const articleAuthor = tag('article:author');
  if (articleAuthor && !/^https?:\/\//i.test(articleAuthor)) add('author', articleAuthor, 'article:author');

  add('published', tag('article:published_time'), 'article:published_time');
  add('published', textOf(node?.datePublished), 'JSON-LD datePublished');
  for (const name of ['date', 'pubdate', 'publish-date', 'dc.date', 'dc.date.issued', 'dcterms.created']) add('published', tag(name), `<meta name=${name}>`);

  add('updated', tag('article:modified_time'), 'article:modified_time');
  add('updated', textOf(node?.dateModified), 'JSON-LD dateModified');
  add('updated', tag('og:updated_time'), 'og:updated_time');

  for (const link of document.querySelectorAll('link[rel~="canonical" i]')) add('url', link.getAttribute('href') ?? undefined, '<link rel=canonical>');
  add('url', tag('og:url'), 'og:url');
  add('url', textOf(node?.url) ?? idOf(node?.mainEntityOfPage), 'JSON-LD url');

  add('language', document.documentElement?.getAttribute('lang') ?? undefined, '<html lang>');
  add('language', textOf(node?.inLanguage), 'JSON-LD inLanguage');
  add('language', tag('og:locale')?.replace('_', '-'), 'og:locale');
  for (const name of ['content-language', 'dc.language', 'language']) add('language', tag(name), `<meta name=${name}>`);
  return meta;
}

/**
 * The host of a web address without `www.`, as an outlet's name when the page names none.
 *
 * @example
 * urlToHost('https://www.coastline-herald.example/news/a') // => 'coastline-herald.example'
 * urlToHost('javascript:alert(1)') // => undefined
 */
export function urlToHost(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
    return parsed.hostname.replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}

/** `<meta>` tags by lower-case `property`, `name` or `http-equiv`; the first of each wins. */
function readMetaTags(document: PageDocument): Map<string, string> {
  const tags = new Map<string, string>();
  for (const element of document.querySelectorAll('meta')) {
    const content = element.getAttribute('content');
    if (content === null) continue;
    for (const attribute of ['property', 'name', 'http-equiv', 'itemprop']) {
      const key = element.getAttribute(attribute)?.trim().toLowerCase();
      if (key && !tags.has(key)) tags.set(key, content);
    }
  }
  return tags;
}

/** The first JSON-LD node typed as a news article (arrays and `@graph` looked into), with every node by `@id`. */
function findJsonLdArticle(document: PageDocument): { node: Record<string, unknown>; byId: Map<string, Record<string, unknown>> } | undefined {
  const nodes: Record<string, unknown>[] = [];
  for (const script of document.querySelectorAll('script[type="application/ld+json" i]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    collectNodes(data, nodes, 0);
  }
  const byId = new Map<string, Record<string, unknown>>();
  for (const node of nodes) if (typeof node['@id'] === 'string') byId.set(node['@id'], node);
  const node = nodes.find((candidate) => [candidate['@type']].flat().some((type) => typeof type === 'string' && ARTICLE_TYPES.has(type)));
  return node ? { node, byId } : undefined;
}

/** Flattens JSON-LD arrays and `@graph` into a list of objects; depth-bounded, as the page is untrusted. */
function collectNodes(data: unknown, into: Record<string, unknown>[], depth: number): void {
  if (depth > 4 || data === null || typeof data !== 'object') return;
  if (Array.isArray(data)) {
    for (const item of data.slice(0, 200)) collectNodes(item, into, depth + 1);
    return;
  }
  const node = data as Record<string, unknown>;
  into.push(node);
  if (node['@graph'] !== undefined) collectNodes(node['@graph'], into, depth + 1);
}

/** A JSON-LD value as text: a string, or the first string of a list. */
function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.find((item): item is string => typeof item === 'string');
  return undefined;
}

/** The `@id` or the value of a reference such as `mainEntityOfPage`. */
function idOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && typeof (value as Record<string, unknown>)['@id'] === 'string') return (value as Record<string, string>)['@id'];
  return undefined;
}

/** The name of an organisation given inline, by `@id`, or as a string. */
function orgName(value: unknown, byId: Map<string, Record<string, unknown>>): string | undefined {
  return namesOf(value, byId)[0];
}

/** The names of people or organisations given as strings, objects with `name`, references by `@id`, or lists of them. */
function namesOf(value: unknown, byId: Map<string, Record<string, unknown>>): string[] {
  const names: string[] = [];
  for (const item of [value].flat().slice(0, 20)) {
    if (typeof item === 'string') {
      if (!/^https?:\/\//i.test(item)) names.push(item);
      continue;
    }
    if (!item || typeof item !== 'object') continue;
    const record = item as Record<string, unknown>;
    const resolved = typeof record['@id'] === 'string' && record.name === undefined ? byId.get(record['@id']) ?? record : record;
    const name = textOf(resolved.name);
    if (name) names.push(name);
  }
  return names;
}

/** A `<title>` without a trailing or leading ` | Site name` (or ` – `, ` — `, ` - `) when the site's name is known. */
function titleWithoutSiteName(title: string, siteNames: ReadonlyArray<string | undefined>): string {
  let clean = title.replace(/\s+/g, ' ').trim();
  for (const site of siteNames) {
    if (!site) continue;
    const escaped = site.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    clean = clean.replace(new RegExp(`\\s+[|–—:-]\\s+${escaped}$`, 'i'), '').replace(new RegExp(`^${escaped}\\s+[|–—:-]\\s+`, 'i'), '');
  }
  return clean;
}
