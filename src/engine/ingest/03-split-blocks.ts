/**
 * Stage 3: body to blocks. A block is what later stages judge one at a time and what becomes
 * one paragraph: a non-empty line of pasted text (pages pasted from a browser often separate
 * paragraphs with a single newline), or a top-level block of Markdown.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { toString } from 'mdast-util-to-string';
import type { Nodes, RootContent } from 'mdast';
import { collapseSpace } from './line-text.ts';
import { findQuoteSpans } from '../quotes/01-find-quote-spans.ts';

/** One line of text or one top-level Markdown block, with white space collapsed. */
export interface Block {
  text: string;
  /** 1-based line in the file where the block starts. */
  line: number;
  /** True for Markdown headings, which can carry a title or start a list of other stories. */
  heading: boolean;
}

/** Tags whose contents are not words of the article. */
const HIDDEN_ELEMENTS = /<(script|style|template)\b[^>]*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->/gi;

/** The HTML character references common in pasted pages; others stay as written. */
const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  hellip: '…',
};

/**
 * Splits an article body into blocks.
 *
 * @param body The text after any front matter.
 * @param format `text`: every non-empty line is a block. `markdown`: every top-level block
 *   (paragraph, heading, list, blockquote, HTML, code) is a block, as plain text.
 * @param firstLine 1-based line in the file where `body` starts.
 * @returns Non-empty blocks in order.
 * @example
 * splitBlocks('Headline\n\nFirst line.\nSecond line.', 'text', 1)
 * // => [{ text: 'Headline', line: 1, heading: false }, { text: 'First line.', line: 3, heading: false },
 * //     { text: 'Second line.', line: 4, heading: false }]
 * splitBlocks('# Title\n\nSome *emphasis*.', 'markdown', 4)
 * // => [{ text: 'Title', line: 4, heading: true }, { text: 'Some emphasis.', line: 6, heading: false }]
 */
export function splitBlocks(body: string, format: 'markdown' | 'text', firstLine: number): Block[] {
  return format === 'markdown' ? splitMarkdownBlocks(body, firstLine) : splitTextLines(body, firstLine);
}

function splitTextLines(body: string, firstLine: number): Block[] {
  const lines = body.split('\n').map((raw) => collapseSpace(raw));
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!;
    if (text === '') continue;
    const previous = i > 0 && lines[i - 1] !== '' ? blocks.at(-1) : undefined;
    if (previous && continuesQuote(previous.text, text, lines[i + 1] ?? '')) previous.text = `${previous.text} ${text}`;
    else blocks.push({ text, line: firstLine + i, heading: false });
  }
  return blocks;
}

/** Opening marks of a double quotation. */
const DOUBLE_OPENERS = new Set(['"', '“', '„', '«']);

/** Quotation marks a line may hold (the straight and curly double ones, angle ones). */
const MARKS = /["“”„«»]/u;

/**
 * A curly single mark that is a quotation mark, not an apostrophe: a ‘ anywhere but after a letter, a ’ not between
 * two letters or digits (don’t) and not before a digit (’90s).
 */
const SINGLE_MARKS = /‘(?<!\p{L}‘)|’(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])’(?!\d)/u;

/**
 * True when `next`, the line right after `line` (no blank line between), goes on with a quotation `line` leaves open:
 * `line` ends inside a double-marked quotation (or one opened with a curly single mark, British style) and either the
 * first quotation mark of `next` can only close one (a ” or », a ’ glued to the word before it, or a " glued to the
 * word before it and followed by a space, punctuation or the end), or `next` holds no mark at all and the line after it
 * (`after`) opens a quotation of its own, the way a quotation running over several paragraphs goes on. A line break
 * inside a quotation ("“He had a wonderful life.⏎His greatest ambition was a book,” said his wife.") is no paragraph
 * break; a new paragraph of a quotation that runs on opens with a mark, and stays apart. A straight single mark is no
 * opener here: it is as often an apostrophe.
 *
 * @example
 * continuesQuote('"He had a wonderful life.', 'He wrote every day," said his wife.') // => true
 * continuesQuote('"He had a wonderful life.', '"He wrote every day," said his wife.') // => false
 * continuesQuote('"We won the cup.', 'The fans were wonderful all season.', '"Next year we go again."') // => true
 * continuesQuote('‘He had a wonderful life.', 'He wrote every day,’ said his wife.') // => true
 */
export function continuesQuote(line: string, next: string, after = ''): boolean {
  const last = findQuoteSpans(line).at(-1);
  if (!last || last.closed) return false;
  const opener = line[last.open] ?? '';
  if (opener === '‘') return continuesSingleQuote(next, after);
  if (!DOUBLE_OPENERS.has(opener)) return false;
  const mark = next.search(MARKS);
  if (mark < 0) return DOUBLE_OPENERS.has(after[0] ?? '') && /^\p{L}/u.test(next);
  if (mark === 0) return false;
  const c = next[mark]!;
  if (c === '”' || c === '»') return true;
  return c === '"' && !/\s/u.test(next[mark - 1]!) && /[\s.,;:!?)\]}\-–—]/u.test(next[mark + 1] ?? ' ');
}

/** `continuesQuote` after a line left open inside a quotation opened with ‘. */
function continuesSingleQuote(next: string, after: string): boolean {
  const mark = next.search(SINGLE_MARKS);
  if (mark < 0) return !MARKS.test(next) && after[0] === '‘' && /^\p{L}/u.test(next);
  if (mark === 0 || next[mark] !== '’') return false;
  return !/\s/u.test(next[mark - 1]!) && /[\s.,;:!?)\]}\-–—]/u.test(next[mark + 1] ?? ' ');
}

/**
 * Splits Markdown into top-level blocks. micromark costs about 60 µs per block and grows faster
 * than linearly on some inputs, so the body is first cut at blank lines: chunks with no Markdown
 * syntax at all are plain paragraphs and skip the parser; runs of other chunks are parsed
 * together, so that constructs spanning blank lines (fenced code, HTML comments) stay whole.
 */
function splitMarkdownBlocks(body: string, firstLine: number): Block[] {
  const blocks: Block[] = [];
  const lines = body.split('\n');
  let run: { from: number; to: number } | undefined;
  let open: RegExp | undefined;

  const flushRun = (): void => {
    if (!run) return;
    blocks.push(...parseMarkdown(lines.slice(run.from, run.to).join('\n'), firstLine + run.from));
    run = undefined;
  };

  let i = 0;
  while (i < lines.length) {
    if (isBlank(lines[i]!)) {
      i++;
      continue;
    }
    let end = i;
    let length = 0;
    while (end < lines.length && !isBlank(lines[end]!)) length += lines[end++]!.length + 1;
    const chunk = lines.slice(i, end);
    if (!open && length > MAX_MARKDOWN_CHUNK) {
      // A blank-line-free wall of text: pasted text saved as Markdown. Read it line by line, as text.
      flushRun();
      blocks.push(...splitTextLines(chunk.join('\n'), firstLine + i));
    } else if (!open && chunk.every(isPlainLine)) {
      flushRun();
      blocks.push({ text: collapseSpace(chunk.join(' ')), line: firstLine + i, heading: false });
    } else {
      if (run) run.to = end;
      else run = { from: i, to: end };
      for (const line of chunk) open = open ? (open.test(line) ? undefined : open) : openerToCloser(line);
    }
    i = end;
  }
  flushRun();
  return blocks;
}

/** Longest chunk between blank lines given to the Markdown parser. */
const MAX_MARKDOWN_CHUNK = 10_000;

/** Characters that may start Markdown syntax inside a line. */
const INLINE_SYNTAX = /[\\`*_[\]<&]/;
/** What may start a block construct at the start of a line: indentation, #, >, list markers, fences, setext underlines. */
const BLOCK_SYNTAX = /^(?:\s|[#>\-+*=~`|]|\d{1,9}[.)])/;

function isBlank(line: string): boolean {
  return line.trim() === '';
}

/** A line that Markdown reads as plain paragraph text. */
function isPlainLine(line: string): boolean {
  return !INLINE_SYNTAX.test(line) && !BLOCK_SYNTAX.test(line);
}

/**
 * For a line that opens a construct which may contain blank lines (a fenced code block, or an
 * HTML block of CommonMark types 1 to 5), the pattern of the line that closes it.
 */
function openerToCloser(line: string): RegExp | undefined {
  const fence = /^ {0,3}(`{3,}|~{3,})/.exec(line);
  if (fence) {
    const marker = fence[1]!;
    if (marker[0] === '`' && line.slice(fence[0].length).includes('`')) return undefined;
    return new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}\\s*$`);
  }
  const html = /^ {0,3}<(?:(script|pre|style|textarea)(?:\s|>|$)|(!--)|(\?)|(![A-Za-z])|(!\[CDATA\[))/i.exec(line);
  if (!html) return undefined;
  const closer = html[1] ? new RegExp(`</${html[1]}>`, 'i') : html[2] ? /-->/ : html[3] ? /\?>/ : html[4] ? />/ : /\]\]>/;
  // The closer may sit on the opening line itself.
  return closer.test(line.slice(html[0].length)) ? undefined : closer;
}

function parseMarkdown(markdown: string, firstLine: number): Block[] {
  const tree = unified().use(remarkParse).parse(markdown);
  const blocks: Block[] = [];
  for (const node of tree.children) {
    const text = collapseSpace(blockToText(node));
    if (text === '') continue;
    const line = (node.position?.start.line ?? 1) + firstLine - 1;
    blocks.push({ text, line, heading: node.type === 'heading' });
  }
  return blocks;
}

/** Plain text of a block; nested blocks (list items, quoted paragraphs) are kept apart by a line break. */
function blockToText(node: RootContent): string {
  if (node.type === 'html') return htmlToText(node.value, ' ');
  if (node.type === 'list' || node.type === 'blockquote' || node.type === 'listItem') {
    return node.children.map((child) => blockToText(child)).join('\n');
  }
  return inlineToText(node);
}

/**
 * Plain text of inline content. mdast-util-to-string gives the text of leaves; hard breaks
 * become spaces and inline HTML tags are dropped, so that no words are joined or lost.
 */
function inlineToText(node: Nodes): string {
  if (node.type === 'break') return ' ';
  if (node.type === 'html') return htmlToText(node.value, '');
  if (node.type === 'image' || node.type === 'imageReference') return node.alt ?? '';
  if ('children' in node) return childrenToText(node.children);
  return toString(node);
}

/**
 * Plain text of inline siblings. Inside a paragraph, `<script>…</script>` arrives as an opening
 * tag, text and a closing tag; the text between them is code, not words of the article, so it is
 * dropped when the closing tag follows (an unclosed tag only loses the tag itself).
 */
function childrenToText(children: readonly Nodes[]): string {
  let out = '';
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    const hidden = child.type === 'html' ? /^<(script|style|template)\b[^>]*>$/i.exec(child.value.trim()) : null;
    if (hidden) {
      const closer = new RegExp(`^</${hidden[1]}\\s*>$`, 'i');
      const close = children.findIndex((next, k) => k > i && next.type === 'html' && closer.test(next.value.trim()));
      if (close !== -1) {
        i = close;
        continue;
      }
    }
    out += inlineToText(child);
  }
  return out;
}

/** Strips tags from HTML and decodes character references; `tagGap` replaces each tag. */
function htmlToText(html: string, tagGap: string): string {
  return html
    .replace(HIDDEN_ELEMENTS, tagGap)
    .replace(/<[^<>]*>/g, tagGap)
    .replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (reference: string, name: string) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : reference;
      }
      return NAMED_ENTITIES[name.toLowerCase()] ?? reference;
    });
}
