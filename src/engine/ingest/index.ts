/**
 * The ingest stage of the engine: an article file's bytes or text in, clean meta and
 * paragraphs out, with everything removed and every problem recorded.
 *
 *   bytes ─ decodeText ─► text
 *   text ─ splitFrontMatter ─ splitBlocks ─ removeBoilerplate ─ inferMeta ─ numberParagraphs ─► IngestedArticle
 *   saved page ─ readSavedPage ────────────┘ (its text, its head's metadata)
 */
import type { ArticleMeta, IngestedArticle, Problem } from '../schema.ts';
import { normalizeLineEnds } from './01-decode-text.ts';
import { splitFrontMatter } from './02-split-front-matter.ts';
import { isSavedPage, readSavedPage } from './02-read-saved-page.ts';
import { splitBlocks } from './03-split-blocks.ts';
import { removeBoilerplate } from './04-remove-boilerplate.ts';
import { inferMeta } from './05-infer-meta.ts';
import { numberParagraphs } from './06-number-paragraphs.ts';
import { stripInvisibleControls } from '../text/strip-invisible-controls.ts';

export { decodeText } from './01-decode-text.ts';
export type { DecodedText, TextEncoding } from './01-decode-text.ts';
export { articleToMarkdown } from './article-to-markdown.ts';
export { isSavedPage } from './02-read-saved-page.ts';

/** An article file to ingest: its name (for the format) and its decoded text. */
export interface IngestInput {
  file: string;
  text: string;
}

/**
 * Ingests one article: front matter (Markdown only), then the body cleaned of page furniture,
 * with headline, byline, dates and outlet read from the text where the front matter lacks them.
 *
 * @param input `file` decides the format (`.md`/`.markdown` is Markdown, `.html`/`.htm` a saved web page whose
 *   extracted text is then read as text, anything else text);
 *   `text` is the decoded contents (see `decodeText`).
 * @returns The ingested article. Problems carry 1-based file lines and a fix.
 * @example
 * ingestArticle({ file: 'macron.txt', text: 'Allies reject Macron plan\n\nBy Jane Doe\n\nNato allies said no.' })
 * // => { file: 'macron.txt', format: 'text',
 * //      meta: { title: 'Allies reject Macron plan', author: 'Jane Doe' }, inferred: ['title', 'author'],
 * //      paragraphs: [{ index: 0, text: 'Nato allies said no.', line: 5 }],
 * //      removed: [{ kind: 'headline', … line: 1 }, { kind: 'byline', … line: 3 }], problems: [] }
 */
export function ingestArticle(input: IngestInput): IngestedArticle {
  const format = fileToFormat(input.file);
  const text = normalizeLineEnds(input.text.replace(/^\ufeff/, ''));

  const page = isSavedPage(input.file) ? readSavedPage(text) : undefined;
  const front = page ? { meta: page.meta, body: '', bodyLine: 1, problems: page.problems } : format === 'markdown' ? splitFrontMatter(text) : { meta: {}, body: text, bodyLine: 1, problems: [] };
  const blocks = page ? page.blocks : splitBlocks(front.body, format, front.bodyLine);
  const clean = removeBoilerplate(blocks);
  const inferred = inferMeta(clean.blocks, front.meta, format);
  const paragraphs = numberParagraphs(inferred.blocks);

  const problems: Problem[] = [...front.problems];
  if (blocks.length === 0) {
    problems.push({
      severity: 'error',
      line: front.bodyLine,
      message: 'the article has no text',
      fix: 'paste the article text into the file (below the front matter, if it has one), or delete the file',
    });
  } else if (paragraphs.length === 0) {
    problems.push({
      severity: 'warning',
      line: blocks[0]!.line,
      message: 'every line of the article was taken for a headline, byline, caption or other page furniture',
      fix: 'check the lines listed as removed; if they are the article, paste the full article text',
    });
  }

  const meta = withoutInvisibleControls(inferred.meta);
  return {
    file: input.file,
    format,
    meta,
    inferred: inferred.inferred.filter((field) => meta[field] !== undefined),
    paragraphs,
    removed: [...(page?.removed ?? []), ...clean.removed, ...inferred.removed].sort((a, b) => a.line - b.line),
    problems,
  };
}

/**
 * The meta with bidirectional controls and zero-width characters taken out of the fields that pages and
 * feeds show as text (title, outlet, author); a field left empty is dropped.
 */
function withoutInvisibleControls(meta: ArticleMeta): ArticleMeta {
  const out: ArticleMeta = { ...meta };
  for (const field of ['title', 'outlet', 'author'] as const) {
    const value = out[field];
    if (value === undefined) continue;
    const clean = stripInvisibleControls(value);
    if (clean) out[field] = clean;
    else delete out[field];
  }
  return out;
}

/**
 * The format of an article file, from its name.
 *
 * @example
 * fileToFormat('notes/Article.MD') // => 'markdown'
 * fileToFormat('article.txt') // => 'text'
 */
export function fileToFormat(file: string): 'markdown' | 'text' {
  return /\.(?:md|markdown)$/i.test(file) ? 'markdown' : 'text';
}
