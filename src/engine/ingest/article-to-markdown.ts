/**
 * The way back from an ingested article to a Markdown file: what `add` writes to
 * `content/articles/<slug>.md`. Ingesting that file gives the same meta and paragraphs.
 */
import type { IngestedArticle } from '../schema.ts';
import { META_FIELDS } from './02-split-front-matter.ts';

/** Characters that can start inline Markdown anywhere in a line: emphasis, code, links, HTML, entities. */
const INLINE_SPECIALS = /[\\`*_[\]<>&]/g;
/** Characters that JSON leaves raw but YAML treats as breaks or refuses: C1 controls, line separators, BOM. */
const YAML_UNSAFE = /[\u007f-\u009f\u2028\u2029\ufeff]/g;

/**
 * Writes an ingested article as Markdown: YAML front matter with the meta fields present (in the
 * order title, outlet, author, published, updated, url, language; every value double-quoted),
 * then the paragraphs separated by blank lines, escaped so that Markdown reads them as plain text.
 *
 * @param article An ingested article.
 * @returns The Markdown file's text, ending with a newline.
 * @example
 * articleToMarkdown({ file: 'a.txt', format: 'text', meta: { title: 'Talks: day 2' }, inferred: ['title'],
 *   paragraphs: [{ index: 0, text: '1. Leaders met *today*.', line: 2 }], removed: [], problems: [] })
 * // => '---\ntitle: "Talks: day 2"\n---\n\n1\\. Leaders met \\*today\\*.\n'
 */
export function articleToMarkdown(article: IngestedArticle): string {
  const front: string[] = [];
  for (const field of META_FIELDS) {
    const value = article.meta[field];
    if (value !== undefined) front.push(`${field}: ${quoteYaml(value)}`);
  }
  const body = article.paragraphs.map((paragraph) => paragraphToMarkdown(paragraph.text)).join('\n\n');
  const head = front.length > 0 ? `---\n${front.join('\n')}\n---\n\n` : '';
  return `${head}${body}\n`;
}

/**
 * Escapes one paragraph of plain text so that Markdown reads it back as the same text.
 *
 * @example
 * paragraphToMarkdown('# 1 in the polls') // => '\\# 1 in the polls'
 * paragraphToMarkdown('2024. A year of <war>') // => '2024\\. A year of \\<war\\>'
 */
export function paragraphToMarkdown(text: string): string {
  const escaped = text.replace(/\s+/g, ' ').trim().replace(INLINE_SPECIALS, '\\$&');
  return escaped.replace(/^([#+\-=~|:])/, '\\$1').replace(/^(\d{1,9})([.)])/, '$1\\$2');
}

/** A YAML double-quoted scalar: JSON string syntax is valid YAML; a few raw characters are escaped too. */
function quoteYaml(value: string): string {
  return JSON.stringify(value).replace(YAML_UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
