/**
 * Reads a news feed (RSS 2.0, Atom, RDF or JSON Feed, parsed by feedsmith) into the entries `digest pull` imports,
 * and turns one entry into a small web page that the engine reads as a saved page (`readSavedPage`): the entry's
 * metadata as Open Graph tags, its content as the body. Nothing of the feed is trusted: every value is escaped into
 * that page, and the engine keeps only text.
 */
import { parseFeed } from 'feedsmith';

/** One item of a feed, as `pull` needs it. */
export interface FeedEntry {
  /** What identifies the entry across pulls: its guid or id, else its link. */
  key: string;
  /** The article's address, when the entry gives one. */
  url?: string;
  title?: string;
  author?: string;
  published?: string;
  updated?: string;
  /** The full text as HTML, when the feed carries it (`content:encoded`, Atom `content`, JSON `content_html`). */
  content?: string;
  /** A summary as HTML or text. */
  summary?: string;
}

/** A feed's name, language and entries. */
export interface FeedEntries {
  title?: string;
  language?: string;
  entries: FeedEntry[];
}

/** A body of fewer words than this is a summary, and the article page is fetched for the full text. */
export const MIN_FULL_TEXT_WORDS = 120;

/**
 * Parses a feed.
 *
 * @param text The feed, decoded.
 * @returns Its title, language and entries (entries with neither an id nor a link are left out: they cannot be
 *   told apart from one pull to the next).
 * @throws {Error} When the text is not a feed of a known format, with a one-line message.
 * @example
 * feedToEntries('<rss version="2.0"><channel><title>T</title><item><title>A</title><link>https://a.example/1</link></item></channel></rss>')
 * // => { title: 'T', entries: [{ key: 'https://a.example/1', url: 'https://a.example/1', title: 'A' }] }
 */
export function feedToEntries(text: string): FeedEntries {
  let parsed: ReturnType<typeof parseFeed>;
  try {
    parsed = parseFeed(text);
  } catch (error) {
    throw new Error(`it is not an RSS, Atom or JSON feed (${(error as Error).message})`);
  }
  const entries: FeedEntry[] = [];
  const push = (entry: Omit<FeedEntry, 'key'> & { id?: string }) => {
    const { id, ...rest } = entry;
    const key = clean(id) ?? clean(entry.url);
    if (!key) return;
    entries.push(Object.fromEntries(Object.entries({ key, ...rest }).map(([k, v]) => [k, typeof v === 'string' ? clean(v) : v]).filter(([, v]) => v !== undefined)) as unknown as FeedEntry);
  };
  switch (parsed.format) {
    case 'rss':
    case 'rdf': {
      const feed = parsed.feed as RssLike;
      for (const item of feed.items ?? []) {
        push({
          id: item.guid?.value,
          url: item.link,
          title: item.title,
          author: item.dc?.creators?.[0] ?? item.dc?.creator ?? item.authors?.[0],
          published: item.pubDate ?? item.dc?.dates?.[0] ?? item.dc?.date,
          content: item.content?.encoded,
          summary: item.description,
        });
      }
      return { ...named(feed.title, feed.language ?? feed.dc?.languages?.[0]), entries };
    }
    case 'atom': {
      const feed = parsed.feed as AtomLike;
      for (const entry of feed.entries ?? []) {
        const link = entry.links?.find((l) => !l.rel || l.rel === 'alternate')?.href;
        push({
          id: entry.id,
          url: link,
          title: textOf(entry.title),
          author: entry.authors?.[0]?.name,
          published: entry.published,
          updated: entry.updated,
          content: textOf(entry.content),
          summary: textOf(entry.summary),
        });
      }
      return { ...named(textOf(feed.title), feed.lang), entries };
    }
    case 'json': {
      const feed = parsed.feed as JsonLike;
      for (const item of feed.items ?? []) {
        push({
          id: item.id,
          url: item.url,
          title: item.title,
          author: item.authors?.[0]?.name ?? item.author?.name,
          published: item.date_published,
          updated: item.date_modified,
          content: item.content_html ?? (item.content_text ? textToHtml(item.content_text) : undefined),
          summary: item.summary,
        });
      }
      return { ...named(feed.title, feed.language), entries };
    }
  }
}

/**
 * True when an entry carries the article's full text rather than a summary.
 *
 * @example
 * hasFullText({ key: 'a', content: '<p>Only a teaser.</p>' }) // => false
 */
export function hasFullText(entry: FeedEntry): boolean {
  const text = (entry.content ?? '').replace(/<[^>]*>/g, ' ');
  return text.split(/\s+/).filter(Boolean).length >= MIN_FULL_TEXT_WORDS;
}

/**
 * Writes an entry as a small web page for the engine: its metadata as Open Graph tags (all escaped), its content
 * (or summary) as the article's body. The engine parses the page without running anything and keeps only text.
 *
 * @param entry The entry.
 * @param feed The feed's title (the outlet) and language.
 * @example
 * entryToPage({ key: 'a', title: 'Bridge <closes>', content: '<p>Text.</p>' }, { title: 'Herald' })
 * // => '<!doctype html><html><head><meta property="og:title" content="Bridge &lt;closes&gt;">…<body><article><p>Text.</p></article></body></html>'
 */
export function entryToPage(entry: FeedEntry, feed: Pick<FeedEntries, 'title' | 'language'>): string {
  const tags = [
    ['og:title', entry.title],
    ['og:site_name', feed.title],
    ['author', entry.author],
    ['article:published_time', entry.published && isoOrText(entry.published)],
    ['article:modified_time', entry.updated && isoOrText(entry.updated)],
    ['og:url', entry.url],
  ]
    .filter((tag): tag is [string, string] => typeof tag[1] === 'string' && tag[1] !== '')
    .map(([name, value]) => `<meta ${name.includes(':') ? 'property' : 'name'}="${escapeHtml(name)}" content="${escapeHtml(value)}">`);
  const lang = feed.language ? ` lang="${escapeHtml(feed.language)}"` : '';
  return `<!doctype html><html${lang}><head>${tags.join('')}</head><body><article>${entry.content ?? entry.summary ?? ''}</article></body></html>`;
}

/** RFC 822 dates of RSS become ISO 8601, which the front matter rules read; other text is passed on as written. */
function isoOrText(date: string): string {
  if (/^\d{4}-\d{2}-\d{2}/.test(date)) return date;
  const time = Date.parse(date);
  return Number.isNaN(time) || !/\d{4}/.test(date) ? date : new Date(time).toISOString().replace('.000Z', 'Z');
}

function named(title: string | undefined, language: string | undefined): Pick<FeedEntries, 'title' | 'language'> {
  return { ...(clean(title) ? { title: clean(title) } : {}), ...(clean(language) ? { language: clean(language) } : {}) };
}

function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && typeof (value as { value?: unknown }).value === 'string') return (value as { value: string }).value;
  return undefined;
}

function textToHtml(text: string): string {
  return text
    .split(/\n\s*\n|\n/)
    .filter((line) => line.trim())
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function clean(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** The parts of feedsmith's results read here (its own types are unions of many namespaces). */
interface RssLike {
  title?: string;
  language?: string;
  dc?: { languages?: string[] };
  items?: Array<{
    title?: string;
    link?: string;
    guid?: { value?: string };
    description?: string;
    pubDate?: string;
    authors?: string[];
    content?: { encoded?: string };
    dc?: { creators?: string[]; creator?: string; dates?: string[]; date?: string };
  }>;
}
interface AtomLike {
  title?: unknown;
  lang?: string;
  entries?: Array<{
    id?: string;
    title?: unknown;
    links?: Array<{ href?: string; rel?: string }>;
    authors?: Array<{ name?: string }>;
    published?: string;
    updated?: string;
    content?: unknown;
    summary?: unknown;
  }>;
}
interface JsonLike {
  title?: string;
  language?: string;
  items?: Array<{
    id?: string;
    url?: string;
    title?: string;
    authors?: Array<{ name?: string }>;
    author?: { name?: string };
    date_published?: string;
    date_modified?: string;
    content_html?: string;
    content_text?: string;
    summary?: string;
  }>;
}
