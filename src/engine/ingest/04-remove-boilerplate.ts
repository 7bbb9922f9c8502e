/**
 * Stage 4: boilerplate. Removes the page furniture that comes along when an article is copied
 * from a web page: photo captions and credits, audio and share widgets, "Read more" links,
 * subscription prompts, contributor notes and the list of other stories after the article.
 * The phrases live in the boilerplate lexicons; the code knows only the shapes of the lines.
 */
import type { RemovedBlock } from '../schema.ts';
import boilerplate from '../lexicons/boilerplate.json' with { type: 'json' };
import credits from '../lexicons/boilerplate-credits.json' with { type: 'json' };
import type { Block } from './03-split-blocks.ts';
import { countWords, endsWithFullStop, lineToKey } from './line-text.ts';
import { isPersonName } from './parse-byline.ts';
import outletLexicon from '../lexicons/ingest-outlets.json' with { type: 'json' };
import { escapeRegExp } from '../text/escape-reg-exp.ts';

/** Blocks kept and blocks removed, in file order. */
export interface CleanBlocks {
  blocks: Block[];
  removed: RemovedBlock[];
}

type RemovedKind = RemovedBlock['kind'];

const WHOLE_LINES = new Map<string, RemovedKind>([
  ...boilerplate.wholeLines['audio-widget'].map((phrase) => [phrase, 'audio-widget'] as const),
  ...boilerplate.wholeLines.other.map((phrase) => [phrase, 'other'] as const),
]);
const READ_MORE_PREFIXES = [...boilerplate.linePrefixes['read-more']].sort((a, b) => b.length - a.length);
/** Whether a key starts with any read-more prefix at all: one anchored test instead of a loop on every line. */
const READ_MORE_START = new RegExp(`^(?:${READ_MORE_PREFIXES.map(escapeRegExp).join('|')})`);
const PROMPT_PHRASES = boilerplate.promptPhrases;
const TRAILING_HEADINGS = new Set(boilerplate.trailingHeadings);
const TRAILING_HEADING_PREFIXES = boilerplate.trailingHeadingPrefixes;
const CONTRIBUTOR_PHRASES = boilerplate.contributorPhrases;
const CONTRIBUTOR_PREFIXES = [...boilerplate.contributorPrefixes].sort((a, b) => b.length - a.length);
/** One pass over a line tells whether any prompt phrase, or any contributor phrase or prefix, is in it at all. */
const PROMPT_PATTERN = phrasesToPattern(PROMPT_PHRASES);
const CONTRIBUTOR_HINT = phrasesToPattern([...CONTRIBUTOR_PHRASES, ...CONTRIBUTOR_PREFIXES.map((prefix) => `${prefix} `)]);
const OUTLETS = new Set(outletLexicon.outlets);
const LONE_CREDITS = new Set(credits.loneLines);
const CREDIT_AGENCIES = new Set(credits.agencies);
const AGENCY_WORDS = new RegExp(`(?:^|[^\\p{L}])(?:${credits.agencies.map(escapeRegExp).join('|')})(?:$|[^\\p{L}])`, 'iu');

/** "Picture: Alamy", "PHOTO: Reuters/John Smith", "Image credit: NASA" at the end of a line. */
const CREDIT_LABEL = new RegExp(
  `(?:^|[.!?"”’)]\\s+|\\s[|/\\-–—]\\s*|\\s)(${[...credits.labels].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})\\s*:\\s*([^:]{1,80})$`,
  'id',
);
/** "(Getty Images)", "(Photo by Jane Doe/AFP via Getty Images)" at the end of a line. */
const CREDIT_PARENS = /\(([^()]{1,100})\)$/;
/** A credit in brackets that opens with a word such as "photo" or "courtesy": "(Photo: Reuters)". */
const CREDIT_PARENS_HEAD = new RegExp(`^(?:${credits.parenthesisHeads.join('|')})\\b`);
/** "Pictured: the mayor at the launch", "Image caption Rescue workers at the scene": a caption label opening a line. */
const CAPTION_OPENER = new RegExp(
  `^(?:${[...credits.captionLabels].sort((a, b) => b.length - a.length).map((label) => `${escapeRegExp(label)}${label.includes(' ') ? '(?::|\\s)' : '\\s*:'}`).join('|')})\\s*\\S`,
  'i',
);

/** "REUTERS/Gonzalo Fuentes" at the end of a line. */
const CREDIT_SLASH = /(?:^|\s)(\p{Lu}[\p{Lu}-]+)\/((?:[\p{Lu}][\p{L}.'’-]*\s?){1,4})$/u;

/** A reading or listening time after a widget label: "Listen to this article · 5 min". */
const DURATION = /\s*[·|•-]?\s*\d{1,3}(?::\d{2})?\s*(?:min|mins|minutes|sec|secs|seconds|s)?(?: (?:read|listen))?$/;
/**
 * The longest text `DURATION` can match in a key, where white space comes single: " · 123:45 seconds listen".
 * A key longer than this plus the longest whole line cannot become a whole line by losing its duration.
 */
const MAX_DURATION_LENGTH = 24;
const LONGEST_WHOLE_LINE = Math.max(...[...WHOLE_LINES.keys()].map((phrase) => phrase.length));
/** A line that is only a reading time: "5 min read". */
const READING_TIME = /^\d{1,3} ?(?:min|mins|minute|minutes) (?:read|listen)$/;

/** Lines longer than this are article text: no boilerplate phrase is that long. */
const MAX_FURNITURE_LENGTH = 400;
/** Captions are short; a long paragraph that ends with "(AFP)" is article text. */
const MAX_CAPTION_WORDS = 50;
/** Credits are checked in the last characters of a line only, to keep long lines cheap. */
const CREDIT_TAIL = 160;
/** A trailing heading starts a list of other stories only if most blocks after it are not sentences. */
const TRAILING_LIST_SHARE = 0.5;

/**
 * Removes boilerplate blocks.
 *
 * @param blocks Blocks of the article body, in order.
 * @returns The blocks kept and, for each block removed, its kind, text and line.
 * @example
 * removeBoilerplate([
 *   { text: 'Macron spoke in Paris.', line: 1, heading: false },
 *   { text: 'Macron spoke in Paris. Picture: Alamy', line: 2, heading: false },
 *   { text: 'Listen to this article', line: 3, heading: false },
 *   { text: 'He said nothing was ruled out.', line: 4, heading: false },
 * ])
 * // => { blocks: [{ text: 'He said nothing was ruled out.', line: 4, heading: false }],
 * //      removed: [{ kind: 'duplicate-line', text: 'Macron spoke in Paris.', line: 1 },
 * //                { kind: 'caption', text: 'Macron spoke in Paris. Picture: Alamy', line: 2 },
 * //                { kind: 'audio-widget', text: 'Listen to this article', line: 3 }] }
 */
export function removeBoilerplate(blocks: readonly Block[]): CleanBlocks {
  const cut = findTrailingList(blocks);
  const body = blocks.slice(0, cut);
  const kinds: Array<RemovedKind | undefined> = body.map((block) => classifyBlock(block.text));
  markCaptionDuplicates(body, kinds);
  markRepeatedLines(body, kinds);

  const kept: Block[] = [];
  const removed: RemovedBlock[] = [];
  for (const [i, block] of body.entries()) {
    const kind = kinds[i];
    if (kind) removed.push({ kind, text: block.text, line: block.line });
    else kept.push(block);
  }
  if (cut < blocks.length) {
    removed.push({
      kind: 'related-headlines',
      text: blocks
        .slice(cut)
        .map((block) => block.text)
        .join('\n'),
      line: blocks[cut]!.line,
    });
  }
  return { blocks: kept, removed };
}

/**
 * Index of the heading ("More Latest News", "Most Read", "More from Europe") that starts the
 * list of other stories after the article, or `blocks.length` when there is none. Some article
 * text must come before it, and most blocks after it must not be sentences.
 */
function findTrailingList(blocks: readonly Block[]): number {
  // Counted only once a heading is found: most articles have none.
  let notSentencesFrom: number[] | undefined;
  let articleSeen = false;
  for (let i = 0; i < blocks.length; i++) {
    const text = blocks[i]!.text;
    if (articleSeen && isTrailingHeading(text)) {
      const after = blocks.length - i - 1;
      notSentencesFrom ??= countNotSentencesFrom(blocks);
      if (after === 0 || notSentencesFrom[i + 1]! >= after * TRAILING_LIST_SHARE) return i;
    }
    if (!articleSeen && countWords(text) >= 8) articleSeen = true;
  }
  return blocks.length;
}

/** For each index, how many blocks from it to the end do not end as sentences. */
function countNotSentencesFrom(blocks: readonly Block[]): number[] {
  const notSentencesFrom = new Array<number>(blocks.length + 1).fill(0);
  for (let i = blocks.length - 1; i >= 0; i--) {
    notSentencesFrom[i] = notSentencesFrom[i + 1]! + (endsWithFullStop(blocks[i]!.text) ? 0 : 1);
  }
  return notSentencesFrom;
}

function isTrailingHeading(text: string): boolean {
  if (text.length > 80 || endsWithFullStop(text)) return false;
  const key = lineToKey(text);
  if (TRAILING_HEADINGS.has(key)) return true;
  return countWords(key) <= 6 && TRAILING_HEADING_PREFIXES.some((prefix) => key.startsWith(`${prefix} `));
}

/** The kind of boilerplate a block is on its own, or undefined for article text. */
function classifyBlock(text: string): RemovedKind | undefined {
  const credit = findCredit(text);
  if (credit && countWords(credit.caption) <= MAX_CAPTION_WORDS) return credit.caption === '' ? 'credit' : 'caption';
  if (CAPTION_OPENER.test(text) && countWords(text) <= MAX_CAPTION_WORDS) return 'caption';
  if (text.length > MAX_FURNITURE_LENGTH) return undefined;

  const key = lineToKey(text);
  const whole = WHOLE_LINES.get(key) ?? (key.length <= LONGEST_WHOLE_LINE + MAX_DURATION_LENGTH ? WHOLE_LINES.get(key.replace(DURATION, '')) : undefined);
  if (whole) return whole;
  if (READING_TIME.test(key)) return 'other';
  if (LONE_CREDITS.has(key)) return 'credit';
  if (isReadMore(key)) return 'read-more';
  if (isContributorNote(text, key)) return 'contributor-note';
  // The phrase test first: few lines have one, so their words are rarely counted.
  if (PROMPT_PATTERN.test(key) && countWords(key) <= 60) return 'other';
  return undefined;
}

/** "Read more: …", "READ MORE", "Related: …", "See also - …": a link prompt and its link. */
function isReadMore(key: string): boolean {
  if (!READ_MORE_START.test(key)) return false;
  for (const prefix of READ_MORE_PREFIXES) {
    if (!key.startsWith(prefix)) continue;
    const after = key.slice(prefix.length);
    if (after === '' || /^\s*[:|»›>\-]/.test(after)) return true;
  }
  return false;
}

/**
 * "David E. Sanger contributed to the report.", "Reporting by Jane Doe; Editing by John Roe",
 * "(Additional reporting by Jane Doe in Kyiv)". The people named must read as names, so that
 * "The minister said he contributed to the report." stays.
 */
function isContributorNote(text: string, key: string): boolean {
  const inner = stripBracketsAndStop(text).trim();
  const lower = inner.toLowerCase();
  // The phrase test first: few lines have one, so their words are rarely counted.
  if (!CONTRIBUTOR_HINT.test(lower) || countWords(key) > 40) return false;
  for (const phrase of CONTRIBUTOR_PHRASES) {
    const at = lower.indexOf(phrase);
    if (at <= 0) continue;
    const after = lower.slice(at + phrase.length).replace(/[.\s]+$/, '');
    if (after !== '' && !/^ (?:from|in) [^.]+$/.test(after)) continue;
    const subject = inner.slice(0, at).trim().replace(/ also$/, '');
    if (isNameList(subject) || OUTLETS.has(lineToKey(subject))) return true;
  }
  const parts = inner.split(/\s*;\s*/);
  return parts.every((part) => {
    const prefix = CONTRIBUTOR_PREFIXES.find((candidate) => part.toLowerCase().startsWith(`${candidate} `));
    return prefix !== undefined && isNameList(part.slice(prefix.length).trim());
  });
}

/**
 * Removes an opening bracket at the start, and a closing bracket, full stop, or both (in that
 * order) at the end: what `text.replace(/^\(|\)?\.?$/g, '')` does, without trying the end
 * pattern at every position.
 */
function stripBracketsAndStop(text: string): string {
  const start = text.startsWith('(') ? 1 : 0;
  let end = text.length;
  if (end > start && text[end - 1] === '.') end--;
  if (end > start && text[end - 1] === ')') end--;
  return text.slice(start, end);
}

/** "Jane Doe", "Jane Doe and John Roe in Kyiv", "A, B and C". */
function isNameList(text: string): boolean {
  const names = text.replace(/[.,]$/, '').replace(/ in \p{Lu}[\p{L} ]*$/u, '').split(/, | and | & /);
  return names.length > 0 && names.every((name) => isPersonName(name));
}

/** The credit at the end of a line and the caption before it, or undefined when the line has none. */
function findCredit(text: string): { caption: string; credit: string } | undefined {
  const offset = Math.max(0, text.length - CREDIT_TAIL);
  const tail = text.slice(offset);

  // Each credit pattern needs a character that most lines lack; it runs only when that is there.
  const labelled = tail.includes(':') ? CREDIT_LABEL.exec(tail) : null;
  if (labelled) {
    const labelStart = offset + labelled.indices![1]![0];
    const credit = labelled[2]!.trim();
    if (/^\p{Lu}/u.test(labelled[1]!) && countWords(credit) <= 8 && !/[.!?]\s/.test(credit)) {
      return { caption: text.slice(0, labelStart).replace(/[\s|/\-–—]+$/, '').trim(), credit: text.slice(labelStart) };
    }
  }

  const parens = tail.endsWith(')') ? CREDIT_PARENS.exec(tail) : null;
  if (parens) {
    const inside = parens[1]!.trim();
    const lower = inside.toLowerCase();
    const isCredit =
      countWords(inside) <= 10 &&
      (CREDIT_AGENCIES.has(lower) ||
        CREDIT_PARENS_HEAD.test(lower) ||
        (AGENCY_WORDS.test(inside) && /\/| via /.test(lower)));
    if (isCredit) {
      const start = offset + parens.index;
      return { caption: text.slice(0, start).trim(), credit: text.slice(start) };
    }
  }

  const slash = tail.includes('/') ? CREDIT_SLASH.exec(tail) : null;
  if (slash && CREDIT_AGENCIES.has(slash[1]!.toLowerCase()) && slash[1] === slash[1]!.toUpperCase()) {
    const start = offset + slash.index;
    return { caption: text.slice(0, start).trim(), credit: text.slice(start).trim() };
  }
  return undefined;
}

/**
 * Marks the plain copy of a caption: pages print a caption once as alt text and once with
 * its credit, so a line next to a caption that equals the caption without its credit goes too.
 */
function markCaptionDuplicates(blocks: readonly Block[], kinds: Array<RemovedKind | undefined>): void {
  for (let i = 0; i < blocks.length; i++) {
    if (kinds[i] !== 'caption') continue;
    const caption = lineToKey(findCredit(blocks[i]!.text)?.caption ?? '');
    if (caption === '') continue;
    for (const j of [i - 1, i + 1]) {
      const neighbour = blocks[j];
      if (neighbour && kinds[j] === undefined && neighbour.text.length <= blocks[i]!.text.length && lineToKey(neighbour.text) === caption) {
        kinds[j] = 'duplicate-line';
      }
    }
  }
}

/** Marks a block that repeats the block just before it word for word (pasted twice). */
function markRepeatedLines(blocks: readonly Block[], kinds: Array<RemovedKind | undefined>): void {
  for (let i = 1; i < blocks.length; i++) {
    if (kinds[i] === undefined && kinds[i - 1] === undefined && blocks[i]!.text === blocks[i - 1]!.text) {
      kinds[i] = 'duplicate-line';
    }
  }
}

/** A regex that finds any of the phrases (as plain text) in a string. */
function phrasesToPattern(phrases: readonly string[]): RegExp {
  if (phrases.length === 0) return /(?!)/;
  return new RegExp(phrases.map(escapeRegExp).join('|'));
}
