import * as chrono from 'chrono-node';
import cueData from '../lexicons/timeline-cues.json' with { type: 'json' };
import type { Paragraph } from '../schema.ts';
import type { Citation, TimelineEvent } from './schema.ts';
import { contentTerms, textToTerms } from '../text/normalise-terms.ts';
import { splitSentences } from '../text/split-sentences.ts';
import { createUnionFind } from '../text/union-find.ts';
import { membersToCitations } from './members-to-citations.ts';

/** What timeline building needs of an article. */
export interface TimelineSource {
  slug: string;
  /** When the article was published (ISO 8601), if known: relative dates resolve against its day. */
  published?: string | undefined;
  paragraphs: readonly Paragraph[];
}

/** Options for {@link buildTimeline}. */
export interface BuildTimelineOptions {
  /** Events kept per story, preferring those more sources report, then those earlier in their articles. Default 12. */
  maxEvents?: number;
  /** Set cosine of content terms that makes two sentences on the same date report the same event. Default 0.45. */
  minSimilarity?: number;
  /** Content terms two such sentences must share. Default 3. */
  minShared?: number;
  /** Sentences shorter than this (in words) are not events. Default 5. */
  minWords?: number;
  /** Longer sentences (in characters) are not read for dates: chrono's cost grows with length. Default 600. */
  maxSentenceLength?: number;
}

/** A day as numbers, free of any time zone. */
interface Day {
  year: number;
  month: number;
  day: number;
}

/** A date a sentence was placed on. */
interface Placement {
  date: string;
  precision: TimelineEvent['precision'];
  /** Where the date expression is in the sentence, so it can be left out of the comparison. */
  index: number;
  length: number;
}

interface Candidate {
  article: number;
  paragraph: number;
  order: number;
  text: string;
  date: string;
  precision: TimelineEvent['precision'];
  /** Same day (or week) and precision: only such candidates can be one event. */
  key: string;
  terms: Set<string>;
}

const escapePattern = (phrase: string) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Whole words or phrases, longest first; a phrase opening with an apostrophe ("'ll") may follow a letter. */
const wordsPattern = (phrases: readonly string[]) =>
  new RegExp(
    [...phrases]
      .sort((a, b) => b.length - a.length)
      .map((p) => (/^\p{L}/u.test(p) ? '(?<![\\p{L}])' : '') + escapePattern(p) + '(?![\\p{L}])')
      .join('|'),
    'iu',
  );

const WEEKDAY = wordsPattern(cueData.weekdays);
const MONTH = wordsPattern(cueData.months);
const NUMERIC_DATE = /\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4}/;
const CASUAL_DAY = wordsPattern(cueData.casualDays);
const WEEK = wordsPattern(cueData.weeks);
const DAYS_AGO = wordsPattern(cueData.daysAgo);
/** Any of the cues: only the text around one is handed to chrono. */
const ANY_CUE = new RegExp([WEEKDAY, MONTH, CASUAL_DAY, WEEK, DAYS_AGO, NUMERIC_DATE].map((r) => r.source).join('|'), 'giu');
/** Characters read on each side of a cue: room for "a day after Monday's", "at 10:30 on Monday". */
const CUE_CONTEXT = 40;
/** "last Monday", "next Thursday": the text says which week; chrono's reading of it is kept. */
const WEEK_MODIFIER = /\b(?:last|next|this|past|coming)\b/i;
const FUTURE = wordsPattern(cueData.future);
/** Words before a weekday read for its tense: "will travel to Kyiv on Thursday". */
const TENSE_WINDOW = 5;

/** Reference for undated articles: only dates stating their year are kept, so it never shows. */
const UNDATED_REFERENCE = Date.UTC(2000, 0, 1, 12);

/**
 * Builds a story's timeline: dated events, oldest first, each citing every source paragraph that
 * reports it.
 *
 * Each sentence naming a day is read with chrono-node against the day its article was published:
 * "on Monday" in an article of Tuesday 27 February 2024 is 26 February; a bare weekday is taken as
 * the latest such day on or before the article's day, or the next one on or after it when the words
 * just before it are in the future tense ("will meet on Thursday"). "Last week" and "three weeks ago"
 * give a week (dated by its Monday). Dates in an undated article are kept only when the text states
 * day, month and year; nothing is dated by the clock. Not placed: a month or a year alone ("in
 * 2022"), a weekend, offsets with no date to count from ("a day after the summit", "two days
 * later"), and dates inside quotation marks (the speaker's "yesterday" is not the article's).
 *
 * Sentences on the same day from different articles that share enough content terms are one event.
 *
 * @param sources The story's articles, oldest first.
 * @param options Limits and similarity thresholds.
 * @example
 * buildTimeline([{ slug: 'express', published: '2024-02-27T23:55:00Z', paragraphs: [
 *   { index: 0, line: 1, text: 'Mr Macron said on Monday that nothing should be ruled out.' },
 * ] }])
 * // => [{ date: '2024-02-26', precision: 'day', text: 'Mr Macron said on Monday that nothing should be ruled out.',
 * //       citations: [{ article: 'express', paragraph: 0 }] }]
 */
export function buildTimeline(sources: readonly TimelineSource[], options: BuildTimelineOptions = {}): TimelineEvent[] {
  const maxEvents = options.maxEvents ?? 12;
  const minSimilarity = options.minSimilarity ?? 0.45;
  const minShared = options.minShared ?? 3;
  const minWords = options.minWords ?? 5;
  const maxSentenceLength = options.maxSentenceLength ?? 600;

  const candidates: Candidate[] = [];
  sources.forEach((source, article) => {
    const reference = publishedToDay(source.published);
    let order = 0;
    for (const p of source.paragraphs) {
      for (const s of splitSentences(p.text)) {
        const sentenceOrder = order++;
        if (s.text.length > maxSentenceLength || s.text.split(/\s+/).length < minWords) continue;
        const placement = placeSentence(s.text, reference);
        if (!placement) continue;
        const rest = s.text.slice(0, placement.index) + ' ' + s.text.slice(placement.index + placement.length);
        candidates.push({
          article,
          paragraph: p.index,
          order: sentenceOrder,
          text: s.text,
          date: placement.date,
          precision: placement.precision,
          key: `${placement.precision} ${placement.date.slice(0, 10)}`,
          terms: new Set(contentTerms(textToTerms(rest))),
        });
      }
    }
  });

  // Inverted index per date: only sentences on the same date are compared, through shared terms.
  const index = new Map<string, number[]>();
  candidates.forEach((c, i) => {
    for (const t of c.terms) {
      const k = `${c.key} ${t}`;
      const posting = index.get(k);
      if (posting) posting.push(i);
      else index.set(k, [i]);
    }
  });
  const sets = createUnionFind(candidates.length);
  const degree = new Array<number>(candidates.length).fill(0);
  // A term shared by many sentences of one date does not tell events apart; skipping it keeps the cost
  // linear when hundreds of articles report the same day.
  const tooCommon = 48;
  candidates.forEach((c, i) => {
    const shared = new Map<number, number>();
    for (const t of c.terms) {
      const posting = index.get(`${c.key} ${t}`)!;
      if (posting.length > tooCommon) continue;
      for (const j of posting) if (j > i && candidates[j]!.article !== c.article) shared.set(j, (shared.get(j) ?? 0) + 1);
    }
    for (const [j, count] of shared) {
      const similarity = count / Math.sqrt(c.terms.size * candidates[j]!.terms.size);
      if (count >= minShared && similarity >= minSimilarity) {
        sets.union(i, j);
        degree[i]!++;
        degree[j]!++;
      }
    }
  });

  const events = sets.groups().map((members) => {
    const best = [...members].sort(
      (a, b) => degree[b]! - degree[a]! || candidates[a]!.article - candidates[b]!.article || candidates[a]!.order - candidates[b]!.order,
    )[0]!;
    const chosen = candidates[best]!;
    return {
      event: { date: chosen.date, precision: chosen.precision, text: chosen.text, citations: membersToCitations(members, candidates, sources) },
      sources: new Set(members.map((i) => candidates[i]!.article)).size,
      order: Math.min(...members.map((i) => candidates[i]!.order)),
      first: Math.min(...members),
    };
  });
  events.sort((a, b) => b.sources - a.sources || a.order - b.order || a.first - b.first);
  return events
    .slice(0, maxEvents)
    .sort((a, b) => (a.event.date < b.event.date ? -1 : a.event.date > b.event.date ? 1 : a.first - b.first))
    .map((e) => e.event);
}

/** Reads the day of an ISO date or date-time, as written (the engine's dates are UTC). */
function publishedToDay(published: string | undefined): Day | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(published ?? '');
  if (!match) return undefined;
  const day = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return dayToIso(day) ? day : undefined;
}

/**
 * Places a sentence on the first date in it that the rules accept (see {@link buildTimeline}).
 * chrono reads only the words around each cue, which costs far less than the whole sentence.
 */
function placeSentence(sentence: string, reference: Day | undefined): Placement | undefined {
  const instant = new Date(reference ? Date.UTC(reference.year, reference.month - 1, reference.day, 12) : UNDATED_REFERENCE);
  let readUpTo = 0;
  for (const cue of sentence.matchAll(ANY_CUE)) {
    if (cue.index < readUpTo) continue;
    const from = wordStartBefore(sentence, Math.max(readUpTo, cue.index - CUE_CONTEXT));
    const to = wordEndAfter(sentence, cue.index + cue[0].length + CUE_CONTEXT);
    readUpTo = to;
    // An explicit instant and zone: chrono would otherwise read the clock and the machine's zone.
    for (const result of chrono.en.casual.parse(sentence.slice(from, to), { instant, timezone: 0 }, { forwardDate: false })) {
      const index = from + result.index;
      if (isInsideQuote(sentence, index)) continue;
      const placed = resultToDate(result, sentence, index, reference);
      if (placed) return { ...placed, index, length: result.text.length };
    }
  }
  return undefined;
}

/** The start of the word holding `offset` (or `offset` itself at a space). */
function wordStartBefore(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && !/\s/.test(text[i - 1]!)) i--;
  return i;
}

/** The end of the word holding `offset`, capped at the text's end. */
function wordEndAfter(text: string, offset: number): number {
  let i = Math.min(offset, text.length);
  while (i < text.length && !/\s/.test(text[i]!)) i++;
  return i;
}

function resultToDate(
  result: chrono.ParsedResult,
  sentence: string,
  index: number,
  reference: Day | undefined,
): Pick<Placement, 'date' | 'precision'> | undefined {
  const text = result.text;
  const start = result.start;
  const read = (): Day => ({ year: start.get('year')!, month: start.get('month')!, day: start.get('day')! });
  const withTime = (day: Day): Pick<Placement, 'date' | 'precision'> | undefined => {
    const date = dayToIso(day);
    if (date === undefined) return undefined;
    if (!start.isCertain('hour')) return { date, precision: 'day' };
    return { date: `${date}T${pad(start.get('hour')!)}:${pad(start.get('minute') ?? 0)}`, precision: 'day' };
  };

  if (MONTH.test(text) || NUMERIC_DATE.test(text)) {
    // A month or a year alone is not a day; a day without its year needs the article's year.
    if (!start.isCertain('day') || !start.isCertain('month')) return undefined;
    if (!start.isCertain('year') && !reference) return undefined;
    return withTime(read());
  }
  if (!reference) return undefined;
  if (WEEKDAY.test(text)) {
    if (start.isCertain('day') || WEEK_MODIFIER.test(text)) return withTime(read());
    const weekday = start.get('weekday');
    if (weekday === null) return undefined;
    const before = sentence.slice(0, index).split(/\s+/).slice(-TENSE_WINDOW).join(' ');
    return withTime(weekdayNear(reference, weekday, FUTURE.test(before)));
  }
  if (CASUAL_DAY.test(text) || DAYS_AGO.test(text)) return withTime(read());
  if (WEEK.test(text)) {
    const date = dayToIso(mondayOf(read()));
    return date ? { date, precision: 'week' } : undefined;
  }
  return undefined;
}

/** The latest `weekday` on or before `reference`, or the first on or after it. */
function weekdayNear(reference: Day, weekday: number, future: boolean): Day {
  const ref = new Date(Date.UTC(reference.year, reference.month - 1, reference.day));
  const delta = future ? (weekday - ref.getUTCDay() + 7) % 7 : -((ref.getUTCDay() - weekday + 7) % 7);
  return utcToDay(new Date(ref.getTime() + delta * 86_400_000));
}

/** The Monday of the (ISO) week holding a day. */
function mondayOf(day: Day): Day {
  const date = new Date(Date.UTC(day.year, day.month - 1, day.day));
  return utcToDay(new Date(date.getTime() - ((date.getUTCDay() + 6) % 7) * 86_400_000));
}

function utcToDay(date: Date): Day {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** `YYYY-MM-DD`, or undefined for an impossible day (30 February). */
function dayToIso({ year, month, day }: Day): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1000 || year > 9999 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** True when an offset of a sentence falls inside a quotation opened before it. */
function isInsideQuote(sentence: string, offset: number): boolean {
  const before = sentence.slice(0, offset);
  const opened = (before.match(/[“«]/g) ?? []).length;
  const closed = (before.match(/[”»]/g) ?? []).length;
  const straight = (before.match(/"/g) ?? []).length;
  return opened > closed || straight % 2 === 1;
}
