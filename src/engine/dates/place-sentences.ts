/**
 * Places sentences on dates for the timeline: finds the date cues of a sentence (weekdays, months, "yesterday",
 * "last week", numeric dates), reads the words around each with chrono-node, and keeps the first reading the
 * timeline's rules accept.
 */
import cueData from '../lexicons/timeline-cues.json' with { type: 'json' };
import type { DatePrecision } from '../schema.ts';
import { readChrono } from './read-chrono.ts';
import { escapeRegExp } from '../text/escape-reg-exp.ts';
import { LETTER, charClass } from '../text/char-class.ts';

/** A day as numbers, free of any time zone. */
export interface Day {
  year: number;
  month: number;
  day: number;
}

/** A date a sentence was placed on. */
export interface Placement {
  date: string;
  precision: DatePrecision;
  /** Where the date expression is in the sentence, so it can be left out of the comparison. */
  index: number;
  length: number;
}

/** Whole words or phrases, longest first; a phrase opening with an apostrophe ("'ll") may follow a letter. */
const wordsPattern = (phrases: readonly string[]) => new RegExp(cuesPattern([phrases]), 'iu');

/**
 * The phrases of each list in turn (each list longest first) as alternatives of one pattern source, each
 * phrase a whole word or words: not followed by a letter, and, when it opens with a letter, not preceded by one.
 * Each run of phrases opening with a letter shares one look-behind, which the regular expression engine scans
 * several times faster than one per phrase; the alternatives and their order are the same.
 */
function cuesPattern(lists: readonly (readonly string[])[]): string {
  const runs: { letter: boolean; phrases: string[] }[] = [];
  for (const list of lists) {
    for (const phrase of [...list].sort((a, b) => b.length - a.length)) {
      const letter = /^\p{L}/u.test(phrase);
      const last = runs.at(-1);
      if (last && last.letter === letter) last.phrases.push(escapeRegExp(phrase));
      else runs.push({ letter, phrases: [escapeRegExp(phrase)] });
    }
  }
  return runs
    .map(({ letter, phrases }) => (letter ? '(?<![\\p{L}])' : '') + `(?:${phrases.join('|')})(?![\\p{L}])`)
    .join('|');
}

const WEEKDAY = wordsPattern(cueData.weekdays);
const MONTH = wordsPattern(cueData.months);
const NUMERIC_DATE = /\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4}/;
const CASUAL_DAY = wordsPattern(cueData.casualDays);
const WEEK = wordsPattern(cueData.weeks);
const DAYS_AGO = wordsPattern(cueData.daysAgo);
/** Any of the cues (`WEEKDAY|MONTH|CASUAL_DAY|WEEK|DAYS_AGO|NUMERIC_DATE`): only the text around one is handed to chrono. */
const ANY_CUE = new RegExp(
  [cuesPattern([cueData.weekdays, cueData.months, cueData.casualDays, cueData.weeks, cueData.daysAgo]), NUMERIC_DATE.source].join('|'),
  'giu',
);
const CUE_PHRASES: readonly string[] = [cueData.weekdays, cueData.months, cueData.casualDays, cueData.weeks, cueData.daysAgo].flat();
/** The first word of every cue phrase ("last" of "last week"), lower case. */
const CUE_FIRST_WORDS: ReadonlySet<string> = new Set(CUE_PHRASES.map((phrase) => phrase.split(' ')[0]!));
/** The shortest and longest of those words: a word of another length is not looked up. */
const CUE_FIRST_LENGTHS = { min: Math.min(...[...CUE_FIRST_WORDS].map((w) => w.length)), max: Math.max(...[...CUE_FIRST_WORDS].map((w) => w.length)) };
/** Cue phrases of ASCII letters and spaces only: the test {@link mayHoldCue} relies on; other phrases switch it off. */
const PLAIN_CUES = CUE_PHRASES.every((phrase) => /^[a-z]+(?: [a-z]+)*$/.test(phrase));

/**
 * False only when {@link ANY_CUE} cannot match the sentence: it holds no ASCII digit, and no whole word (a run of
 * letters) that is, in lower case, the first word of a cue phrase. A cue of letters stands between non-letters, so it is
 * such a run or opens with one. The two characters that case-insensitive Unicode matching folds to an ASCII letter
 * while lower-casing does not ("ſ" to "s", the Kelvin sign to "k") send the sentence to the expression. Most
 * sentences name no date; this scan of them costs a fraction of the expression's (1–2% of `processArticle`, round 37).
 */
function mayHoldCue(sentence: string): boolean {
  if (!PLAIN_CUES) return true;
  let start = -1;
  for (let i = 0; i <= sentence.length; i++) {
    const unit = i < sentence.length ? sentence.charCodeAt(i) : 0x20;
    if ((unit >= 0x30 && unit <= 0x39) || unit === 0x17f || unit === 0x212a) return true;
    const letter = (charClass(unit) & LETTER) !== 0;
    if (letter && start < 0) start = i;
    else if (!letter && start >= 0) {
      const length = i - start;
      if (length >= CUE_FIRST_LENGTHS.min && length <= CUE_FIRST_LENGTHS.max && CUE_FIRST_WORDS.has(sentence.slice(start, i).toLowerCase())) return true;
      start = -1;
    }
  }
  return false;
}

/** Characters read on each side of a cue: room for "a day after Monday's", "at 10:30 on Monday". */
const CUE_CONTEXT = 40;
/** "last Monday", "next Thursday": the text says which week; chrono's reading of it is kept. */
const WEEK_MODIFIER = new RegExp(`\\b(?:${cueData.weekModifiers.join('|')})\\b`, 'i');
const FUTURE = wordsPattern(cueData.future);
/** Words before a weekday read for its tense: "will travel to Kyiv on Thursday". */
const TENSE_WINDOW = 5;

/** Reference for undated articles: only dates stating their year are kept, so it never shows. */
const UNDATED_REFERENCE = Date.UTC(2000, 0, 1, 12);

/**
 * Reads the day of an ISO date or date-time, as written (the engine's dates are UTC).
 *
 * @example
 * publishedToDay('2024-02-27T23:55:00Z') // => { year: 2024, month: 2, day: 27 }
 * publishedToDay('27 Feb') // => undefined
 */
export function publishedToDay(published: string | undefined): Day | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(published ?? '');
  if (!match) return undefined;
  const day = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  return dayToIso(day) ? day : undefined;
}

/** Places a sentence on a date, read against the day its article was published (undefined when undated). */
export type SentencePlacer = (sentence: string, reference: Day | undefined) => Placement | undefined;

/** What the rules read of one of chrono's results: where it is, its text, and its start's values. */
interface ReadDate {
  index: number;
  text: string;
  year: number | null;
  month: number | null;
  day: number | null;
  hour: number | null;
  minute: number | null;
  weekday: number | null;
  certainYear: boolean;
  certainMonth: boolean;
  certainDay: boolean;
  certainHour: boolean;
}

/**
 * Creates a function that places a sentence on the first date in it that the timeline's rules accept
 * (see `buildTimeline`). chrono reads only the words around each cue, which costs far less than the
 * whole sentence; what it reads of each distinct stretch of words is remembered per reference day, since wire
 * copy repeats the same words across articles and stories. Share one placer across the stories of a digest.
 * It forgets everything when it holds `maxReadings` readings, which bounds its memory (a few hundred bytes each).
 *
 * @param options.maxReadings How many readings it holds at most. Default 40,000 (about 10 MB).
 * @example
 * const place = createSentencePlacer();
 * place('Mr Macron said on Monday that nothing should be ruled out.', { year: 2024, month: 2, day: 27 })
 * // => { date: '2024-02-26', precision: 'day', index: 15, length: 9 }
 */
export function createSentencePlacer({ maxReadings = 40_000 }: { maxReadings?: number } = {}): SentencePlacer {
  const readings = new Map<string, Map<string, ReadDate[]>>();
  let held = 0;
  return (sentence, reference) => {
    if (held >= maxReadings) {
      readings.clear();
      held = 0;
    }
    const referenceKey = reference ? dayToIso(reference)! : '';
    let read = readings.get(referenceKey);
    if (!read) readings.set(referenceKey, (read = new Map()));
    if (!mayHoldCue(sentence)) return undefined;
    let readUpTo = 0;
    // exec with lastIndex rather than matchAll, which copies the (large) pattern on every call.
    ANY_CUE.lastIndex = 0;
    for (let cue = ANY_CUE.exec(sentence); cue !== null; cue = ANY_CUE.exec(sentence)) {
      if (cue.index < readUpTo) continue;
      const from = wordStartBefore(sentence, Math.max(readUpTo, cue.index - CUE_CONTEXT));
      const to = wordEndAfter(sentence, cue.index + cue[0].length + CUE_CONTEXT);
      readUpTo = to;
      const window = sentence.slice(from, to);
      let dates = read.get(window);
      if (!dates) {
        read.set(window, (dates = readDates(window, reference)));
        held++;
      }
      for (const date of dates) {
        const index = from + date.index;
        if (isInsideQuote(sentence, index)) continue;
        const placed = resultToDate(date, sentence, index, reference);
        if (placed) return { ...placed, index, length: date.text.length };
      }
    }
    return undefined;
  };
}

/** chrono's reading of a stretch of text against a reference day (or the fixed reference of undated articles). */
function readDates(text: string, reference: Day | undefined): ReadDate[] {
  const instant = new Date(reference ? Date.UTC(reference.year, reference.month - 1, reference.day, 12) : UNDATED_REFERENCE);
  // An explicit instant and zone: chrono would otherwise read the clock and the machine's zone.
  return readChrono(text, { instant, timezone: 0 }).map((result) => ({
    index: result.index,
    text: result.text,
    year: result.start.get('year'),
    month: result.start.get('month'),
    day: result.start.get('day'),
    hour: result.start.get('hour'),
    minute: result.start.get('minute'),
    weekday: result.start.get('weekday'),
    certainYear: result.start.isCertain('year'),
    certainMonth: result.start.isCertain('month'),
    certainDay: result.start.isCertain('day'),
    certainHour: result.start.isCertain('hour'),
  }));
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
  result: ReadDate,
  sentence: string,
  index: number,
  reference: Day | undefined,
): Pick<Placement, 'date' | 'precision'> | undefined {
  const text = result.text;
  const read = (): Day => ({ year: result.year!, month: result.month!, day: result.day! });
  const withTime = (day: Day): Pick<Placement, 'date' | 'precision'> | undefined => {
    const date = dayToIso(day);
    if (date === undefined) return undefined;
    if (!result.certainHour) return { date, precision: 'day' };
    return { date: `${date}T${pad(result.hour!)}:${pad(result.minute ?? 0)}`, precision: 'day' };
  };

  if (MONTH.test(text) || NUMERIC_DATE.test(text)) {
    // A month or a year alone is not a day; a day without its year needs the article's year.
    if (!result.certainDay || !result.certainMonth) return undefined;
    if (!result.certainYear && !reference) return undefined;
    return withTime(read());
  }
  if (!reference) return undefined;
  if (WEEKDAY.test(text)) {
    if (result.certainDay || WEEK_MODIFIER.test(text)) return withTime(read());
    const weekday = result.weekday;
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

/**
 * `YYYY-MM-DD`, or undefined for an impossible day (30 February).
 *
 * @example
 * dayToIso({ year: 2024, month: 2, day: 30 }) // => undefined
 */
export function dayToIso({ year, month, day }: Day): string | undefined {
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
