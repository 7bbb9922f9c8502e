/**
 * Reads `content/feeds.yaml`, the feeds `digest pull` imports from, with the reader every editor file goes through
 * (`readContentFile`: no link followed, a size limit) and js-yaml's safe schema. Each feed is an address, or an
 * object with `url` and an optional `name` (the outlet, when the feed's own title is not it). Every problem comes
 * back as `file:line: error: …` and leaves that feed out.
 *
 * ```yaml
 * feeds:
 *   - https://www.coastline-herald.example/rss.xml
 *   - url: https://northern-review.example/feed.json
 *     name: Northern Review
 * ```
 */
import { decodeText } from '../engine/index.ts';
import type { FileProblem } from '../engine/schema.ts';
import { yamlToData } from '../engine/ingest/yaml-to-data.ts';
import { fileError, FEED_LIST_FILE, readContentFile } from './list-content-files.ts';

/** One feed to pull. */
export interface FeedSource {
  url: string;
  name?: string;
  /** 1-based line in the list. */
  line: number;
}

/**
 * Reads a feed list; a list that does not exist holds no feeds.
 *
 * @param path The list, e.g. `content/feeds.yaml`.
 * @example
 * readFeedList('content/feeds.yaml')
 * // => { feeds: [{ url: 'https://a.example/rss.xml', line: 2 }], problems: [] }
 */
export function readFeedList(path: string): { feeds: FeedSource[]; problems: FileProblem[]; missing?: true } {
  const read = readContentFile(path, FEED_LIST_FILE);
  if ('problem' in read) return read.problem.message === 'the file does not exist' ? { feeds: [], problems: [], missing: true } : { feeds: [], problems: [read.problem] };
  const { text } = decodeText(read.bytes);
  const lines = text.split('\n');
  const lineOf = (needle: string) => Math.max(1, lines.findIndex((line) => line.includes(needle)) + 1);
  let data: unknown;
  try {
    data = yamlToData(text);
  } catch (error) {
    // js-yaml puts an error at the end of the stream past the last line; it is shown at the last written line.
    const lastLine = lines.length - (text.endsWith('\n') ? 1 : 0);
    const line = Math.max(1, Math.min(((error as { mark?: { line?: number } }).mark?.line ?? 0) + 1, lastLine));
    return { feeds: [], problems: [{ ...fileError(path, `the feed list is not valid YAML (${(error as { reason?: string }).reason ?? 'unreadable'})`, 'write it as in the README: feeds: and one "- https://…" line per feed'), line }] };
  }
  const list = (data as { feeds?: unknown } | null)?.feeds;
  if (!Array.isArray(list)) return { feeds: [], problems: [fileError(path, 'the feed list has no `feeds:` list', 'write feeds: and one "- https://…" line per feed below it')] };
  const feeds: FeedSource[] = [];
  const problems: FileProblem[] = [];
  for (const item of list) {
    const entry = typeof item === 'string' ? { url: item } : item && typeof item === 'object' ? (item as Record<string, unknown>) : {};
    const url = typeof entry.url === 'string' ? entry.url.trim() : '';
    const line = url ? lineOf(url) : 1;
    if (!/^https?:\/\/\S+$/i.test(url)) {
      problems.push({ ...fileError(path, `feed ${JSON.stringify(url || item)} is not an http(s) address, so it was left out`, 'write the address of the feed, starting with https:// or http://'), line });
      continue;
    }
    const name = typeof entry.name === 'string' && entry.name.trim() ? entry.name.trim() : undefined;
    feeds.push({ url, line, ...(name ? { name } : {}) });
  }
  return { feeds, problems };
}

/**
 * The feed list with more feeds added at its end, as text: the lines already written stay as they are.
 *
 * @param text The list as it is (empty when there is none).
 * @param urls Addresses to add; those already listed are left out.
 * @example
 * addFeedsToList('', ['https://a.example/rss']) // => 'feeds:\n  - https://a.example/rss\n'
 */
export function addFeedsToList(text: string, urls: readonly string[]): string {
  const fresh = [...new Set(urls)].filter((url) => !text.includes(url));
  if (fresh.length === 0) return text;
  const base = text.trim() === '' ? 'feeds:\n' : text.endsWith('\n') ? text : `${text}\n`;
  return `${base}${fresh.map((url) => `  - ${url}`).join('\n')}\n`;
}
