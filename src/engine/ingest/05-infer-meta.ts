/**
 * Stage 5: meta from the text. Pasted pages carry their headline, byline, dates and outlet as
 * lines of text around the article. This stage reads them for the fields the front matter does
 * not give, and takes the lines out of the body. It only reads what the text states: a field
 * with no line that shows it stays empty.
 */
import type { ArticleMeta, MetaField, RemovedBlock } from '../schema.ts';
import type { Block } from './03-split-blocks.ts';
import { countWords, endsWithFullStop, joinNames, lineToKey } from './line-text.ts';
import { lineToByline } from './parse-byline.ts';
import { lineToDates } from './parse-date-line.ts';
import { splitOutletDateline, splitPlaceDateline } from './parse-outlet-dateline.ts';
import outletLexicon from '../lexicons/ingest-outlets.json' with { type: 'json' };

/** Meta after inference, which fields came from the text, and the body without the meta lines. */
export interface InferredMeta {
  meta: ArticleMeta;
  inferred: MetaField[];
  blocks: Block[];
  removed: RemovedBlock[];
}

/** Bylines and date lines are looked for in the first blocks of the article … */
const HEAD_BLOCKS = 8;
/** … and in its last blocks ("Written by B.C. Begley"). */
const TAIL_BLOCKS = 3;
const MAX_HEADLINE_WORDS = 25;
/** Short lines that are no sentence, before the story's first paragraph (an editor's note, a subtitle), at most this many … */
const MAX_LINES_BEFORE_LEAD = 2;
/** … each shorter than this. */
const SHORT_LINE = 80;
/** What separates the parts of a header line: "By Jane Doe | 27 February 2024". */
const SEPARATOR_CHAR = /[|·•]/;
const OUTLETS = new Set(outletLexicon.outlets);

/** What one header line says. */
interface HeaderLine {
  kind: 'byline' | 'dateline';
  author?: string;
  outlet?: string;
  published?: string;
  updated?: string;
}

/**
 * Infers meta from the text and removes the lines it came from.
 *
 * @param blocks The body after boilerplate removal.
 * @param given Meta from front matter; inference never overrides it.
 * @param format `markdown` takes a title only from a first heading; `text` from a first line
 *   that reads as a headline.
 * @example
 * inferMeta(
 *   [
 *     { text: 'Allies reject troops plan', line: 1, heading: false },
 *     { text: 'By Jane Doe', line: 2, heading: false },
 *     { text: 'Alwaght- The French President said …', line: 3, heading: false },
 *   ],
 *   {},
 *   'text',
 * )
 * // => { meta: { title: 'Allies reject troops plan', author: 'Jane Doe', outlet: 'Alwaght' },
 * //      inferred: ['title', 'outlet', 'author'],
 * //      blocks: [{ text: 'The French President said …', line: 3, heading: false }], removed: [ … ] }
 */
export function inferMeta(blocks: readonly Block[], given: ArticleMeta, format: 'markdown' | 'text'): InferredMeta {
  const kinds: Array<RemovedBlock['kind'] | undefined> = new Array(blocks.length).fill(undefined);
  const found: ArticleMeta = {};
  const removed: RemovedBlock[] = [];

  for (let i = 0; i < blocks.length; i++) {
    if (i === HEAD_BLOCKS && blocks.length - TAIL_BLOCKS > i) i = blocks.length - TAIL_BLOCKS;
    const header = readHeaderLine(blocks[i]!.text);
    if (!header) continue;
    kinds[i] = header.kind;
    found.author ??= header.author;
    found.outlet ??= header.outlet;
    found.published ??= header.published;
    found.updated ??= header.updated;
  }

  const first = blocks[0];
  if (first && kinds[0] === undefined) {
    if (given.title !== undefined) {
      if (lineToKey(first.text) === lineToKey(given.title)) kinds[0] = 'headline';
    } else if (blocks.length > 1 && looksLikeHeadline(first, format)) {
      kinds[0] = 'headline';
      found.title = first.text;
    }
  }

  const kept: Block[] = [];
  for (const [i, block] of blocks.entries()) {
    const kind = kinds[i];
    if (kind) removed.push({ kind, text: block.text, line: block.line });
    else kept.push(block);
  }

  const lead = kept[0];
  const dateline = lead && !lead.heading ? splitOutletDateline(lead.text) : undefined;
  if (lead && dateline) {
    kept[0] = { ...lead, text: dateline.rest };
    removed.push({ kind: 'dateline', text: dateline.prefix, line: lead.line });
    // The dateline names the outlet that published the text; a byline's outlet may be a partner.
    found.outlet = dateline.outlet;
  } else {
    // A place alone ("LONDON, May 3 -") is furniture too: no actor, no setting of the first sentence's subject. It
    // opens the first paragraph of the story, after any short line that is no sentence (a subtitle) or an editor's note in brackets ("[All links are in Spanish.]").
    const at = kept.findIndex((block, i) => i > MAX_LINES_BEFORE_LEAD || block.heading || (!/^\[[^\]]*\]$/.test(block.text) && (block.text.length >= SHORT_LINE || endsWithFullStop(block.text))));
    const first = at >= 0 ? kept[at] : undefined;
    const place = first && !first.heading ? splitPlaceDateline(first.text) : undefined;
    if (first && place) {
      kept[at] = { ...first, text: place.rest };
      removed.push({ kind: 'dateline', text: place.prefix, line: first.line });
    }
  }

  const meta: ArticleMeta = { ...given };
  const inferred: MetaField[] = [];
  for (const field of ['title', 'outlet', 'author', 'published', 'updated'] as const) {
    const value = found[field];
    if (value !== undefined && value !== '' && given[field] === undefined) {
      meta[field] = value;
      inferred.push(field);
    }
  }
  return { meta, inferred, blocks: kept, removed };
}

/**
 * Reads a line made of bylines and dates, possibly several joined by "|" or "·":
 * "By Jane Doe | 27 February 2024". Undefined when any part is something else.
 */
function readHeaderLine(text: string): HeaderLine | undefined {
  if (text.length > 200) return undefined;
  const whole = lineToByline(text);
  if (whole) return { kind: 'byline', author: authorsToText(whole.authors), outlet: whole.outlet };
  const dates = lineToDates(text);
  if (dates) return { kind: 'dateline', ...dates };

  // Without a separator the line is one segment, which was read whole above.
  if (!SEPARATOR_CHAR.test(text)) return undefined;
  const segments = text.split(/\s*[|·•]\s*/).filter((segment) => segment !== '');
  if (segments.length < 2) return undefined;
  const header: HeaderLine = { kind: 'dateline' };
  for (const segment of segments) {
    if (OUTLETS.has(lineToKey(segment))) {
      // "By Jane Doe | Reuters": the outlet the byline writes for.
      header.outlet ??= segment;
      continue;
    }
    const byline = lineToByline(segment);
    if (byline) {
      header.kind = 'byline';
      header.author ??= authorsToText(byline.authors);
      header.outlet ??= byline.outlet;
      continue;
    }
    const segmentDates = lineToDates(segment);
    if (!segmentDates) return undefined;
    if (segmentDates.published) {
      if (header.published) header.updated ??= segmentDates.published;
      else header.published = segmentDates.published;
    }
    header.updated ??= segmentDates.updated;
  }
  return header;
}

function authorsToText(authors: readonly string[]): string | undefined {
  return authors.length > 0 ? joinNames(authors) : undefined;
}

/**
 * A headline is short, does not end with a full stop (a final "?", "!" or quote mark is fine),
 * starts with a capital, digit or quote mark, and does not end mid-sentence.
 */
function looksLikeHeadline(block: Block, format: 'markdown' | 'text'): boolean {
  const words = countWords(block.text);
  if (words > MAX_HEADLINE_WORDS) return false;
  if (format === 'markdown') return block.heading;
  if (words < 2 || endsWithFullStop(block.text)) return false;
  if (/[,;:\-–—]$/.test(block.text)) return false;
  return /^[\p{Lu}\p{N}"“‘'«]/u.test(block.text);
}
