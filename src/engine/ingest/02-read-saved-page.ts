/**
 * Stage 2 for saved web pages (`.html`, `.htm`), in place of front matter and line splitting: the page is parsed
 * with linkedom (no script runs, nothing is fetched), its article text is taken out of the page furniture by
 * Defuddle, and its metadata is read from the head (`readPageMeta`) and checked with the rules of front matter.
 * Only text leaves this stage: the page's markup never reaches a later stage, let alone a page of the site.
 */
import { parseHTML } from 'linkedom';
import { DefuddleClass } from 'defuddle/node';
import type { ArticleMeta, Problem, RemovedBlock } from '../schema.ts';
import { checkField, META_FIELDS } from './02-split-front-matter.ts';
import type { Block } from './03-split-blocks.ts';
import { collapseSpace } from './line-text.ts';
import { readPageMeta, urlToHost } from './read-page-meta.ts';

/** What `readSavedPage` returns: checked metadata, the article's blocks with their lines in the file, problems. */
export interface SavedPage {
  meta: ArticleMeta;
  blocks: Block[];
  /** Blocks Defuddle kept that are page furniture all the same: rows of links, a copyright line. */
  removed: RemovedBlock[];
  problems: Problem[];
}

/** Share of a block's text inside links above which a block other than a paragraph is a row of links (navigation, a "Breaking" bar). */
const MAX_LINK_SHARE = 0.5;
/** The same for a paragraph, which may hold a long link to a source: a "Breaking: <link>" bar is above it. */
const MAX_PARAGRAPH_LINK_SHARE = 0.7;
/** A page's copyright line: short, and starting with the sign or the word. */
const COPYRIGHT_LINE = /^(?:©|\(c\)\s|copyright\b)/i;
const MAX_COPYRIGHT_WORDS = 20;

/** Elements whose text is one block of the article when no such element is inside them. */
const BLOCK_TAGS = new Set(['P', 'LI', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'PRE', 'DD', 'DT', 'TD', 'TH', 'FIGCAPTION', 'DIV', 'SECTION', 'ARTICLE']);
/**
 * The address Defuddle is given: a fixed one, so that no site-specific extractor (several of which would fetch
 * from the site's API) is chosen, and the same page always gives the same text.
 */
const PLACEHOLDER_URL = 'https://saved-page.invalid/';
const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/**
 * Reads a saved web page as an article.
 *
 * @param html The page, decoded.
 * @returns The metadata the page states (each field from its best valid source; the outlet from the host of the
 *   article's address when the page names none), the article text as blocks, and problems for metadata that was
 *   stated but unusable.
 * @example
 * readSavedPage('<html lang="en"><head><meta property="og:site_name" content="Herald"></head><body><article><p>The council met.</p></article></body></html>')
 * // => { meta: { outlet: 'Herald', language: 'en' }, blocks: [{ text: 'The council met.', line: 1, heading: false }], removed: [], problems: [] }
 */
export function readSavedPage(html: string): SavedPage {
  const problems: Problem[] = [];
  const lines = lineLocator(html);
  const found = readPageMeta(parseHTML(html).document as unknown as Parameters<typeof readPageMeta>[0]);
  const meta: ArticleMeta = {};
  for (const field of META_FIELDS) {
    for (const candidate of found[field] ?? []) {
      const checked = checkField(field, candidate.value, candidate.value);
      if (typeof checked === 'string') {
        meta[field] = checked;
        break;
      }
      if (checked) {
        problems.push({
          severity: 'warning',
          line: lines.find(candidate.value),
          message: `${checked.message.replace(/^front matter field '\w+'/, `the page's ${candidate.source} (${field})`)}, so it was ignored`,
          fix: `correct the page's ${candidate.source}, or import the article as Markdown and write ${field} in its front matter`,
        });
      }
    }
  }
  const host = meta.outlet === undefined && meta.url !== undefined ? urlToHost(meta.url) : undefined;
  if (host) meta.outlet = host;
  return { meta, ...extractBlocks(html, lines), problems };
}

/**
 * True for the names of saved web pages.
 *
 * @example
 * isSavedPage('reuters/Bridge.HTML') // => true
 * isSavedPage('bridge.md') // => false
 */
export function isSavedPage(file: string): boolean {
  return /\.html?$/i.test(file);
}

/** The article's blocks, as Defuddle finds the article, each located at its line in the page. */
function extractBlocks(html: string, lines: LineLocator): { blocks: Block[]; removed: RemovedBlock[] } {
  const { document } = parseHTML(html);
  // Scripts are dropped before Defuddle sees the page: never run either way, and Defuddle would log JSON-LD it cannot parse.
  for (const script of [...document.querySelectorAll('script, noscript, template')]) script.remove();
  const result = new DefuddleClass(document as unknown as Document, { url: PLACEHOLDER_URL, useAsync: false, removeContentPatterns: false }).parse();
  const content = parseHTML(`<!doctype html><html><body>${result.content}</body></html>`).document;
  for (const br of [...content.querySelectorAll('br')]) br.replaceWith(content.createTextNode(' '));
  const blocks: Block[] = [];
  const removed: RemovedBlock[] = [];
  const visit = (element: Element) => {
    const children = [...element.children];
    if (BLOCK_TAGS.has(element.tagName) && !children.some((child) => containsBlock(child))) {
      const text = collapseSpace(element.textContent ?? '');
      if (!text) return;
      const line = lines.find(text, true);
      if (isFurniture(element, text)) removed.push({ kind: 'other', text, line });
      else blocks.push({ text, line, heading: HEADING_TAGS.has(element.tagName) });
      return;
    }
    for (const child of children) visit(child);
  };
  visit(content.body as unknown as Element);
  return { blocks, removed };
}

/** A row of links or a copyright line, which Defuddle may leave in when they sit inside the article's container. */
function isFurniture(element: Element, text: string): boolean {
  if (COPYRIGHT_LINE.test(text) && text.split(' ').length <= MAX_COPYRIGHT_WORDS) return true;
  let linked = 0;
  for (const link of element.querySelectorAll('a')) linked += collapseSpace(link.textContent ?? '').length;
  const share = linked / text.length;
  return share > (element.tagName === 'P' || element.tagName === 'BLOCKQUOTE' ? MAX_PARAGRAPH_LINK_SHARE : MAX_LINK_SHARE);
}

function containsBlock(element: Element): boolean {
  return BLOCK_TAGS.has(element.tagName) || [...element.children].some(containsBlock);
}

interface LineLocator {
  /** The 1-based line where the text's first words are written, searching onwards from the last text found when `inOrder`. */
  find(text: string, inOrder?: boolean): number;
}

/** Finds where texts are written in the page: their first words, with any markup, entities or spaces between them. */
function lineLocator(html: string): LineLocator {
  const starts = [0];
  for (let i = html.indexOf('\n'); i !== -1; i = html.indexOf('\n', i + 1)) starts.push(i + 1);
  const lineAt = (offset: number) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  };
  let from = 0;
  let lastLine = 1;
  return {
    find(text, inOrder = false) {
      const words = (text.match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 4);
      if (words.length === 0) return lastLine;
      const between = '(?:[^\\p{L}\\p{N}<&]|<[^>]{0,500}>|&#?\\w{1,10};){1,200}?';
      const pattern = new RegExp(words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join(between), 'gu');
      pattern.lastIndex = inOrder ? from : 0;
      const match = pattern.exec(html);
      if (!match) return inOrder ? lastLine : 1;
      if (!inOrder) return lineAt(match.index);
      from = match.index + match[0].length;
      lastLine = lineAt(match.index);
      return lastLine;
    },
  };
}

