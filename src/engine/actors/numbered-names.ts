/**
 * Names that end in a number: "Radio 1 said", "he told BBC Radio 4's Today programme", "told BBC News 24",
 * "the Lost 52 Project", "Andre 3000 thanked fans". The name finder stops at a number, which is no capital; these
 * let it take the number where the article treats the capitalised word and the number as one name — it speaks, owns,
 * is cited or heads a body — and keep it out of products, versions, dates and figures ("Windows 95", "Apollo 11",
 * "January 5", "Article 50", "won 3-1").
 */
import type { Token, TokenizedParagraph } from './01-tokenize-text.ts';
import { INSTITUTIONS, ORG_HEADS, OUTLETS, OUTLET_SUB_BRANDS, SPEECH_VERBS, STAFF_NOUNS, BROADCAST_NOUNS } from './load-lexicons.ts';
import numberedNamesJson from '../lexicons/numbered-names.json' with { type: 'json' };
import calendarWordsJson from '../lexicons/calendar-words.json' with { type: 'json' };
import functionWordsJson from '../lexicons/function-words.json' with { type: 'json' };
import { foldText } from '../text/fold-text.ts';
import { isUpperCase } from '../text/is-upper-case.ts';

/** A whole number. */
const WHOLE_NUMBER = /^\d+$/;
/** "Radio 4", "Channel 5": words a number always completes into a broadcaster's name. */
const STATION_HEADS: ReadonlySet<string> = new Set(numberedNamesJson.stationHeads);
/** "Article 50", "Chapter 11", "Number 73": words a number after makes a part, a rank or a figure. */
const PART_WORDS: ReadonlySet<string> = new Set(numberedNamesJson.partWords);
/** "told", "according to": words that cite the name right after them. */
const CITING_CUES: readonly (readonly string[])[] = numberedNamesJson.citingCues;
/** "January 5", "Monday 3": a day or month before a number is a date. */
const CALENDAR_WORDS: ReadonlySet<string> = new Set(calendarWordsJson.classify);
/** "In 2016", "The 29": a function word before a number is no name. */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(functionWordsJson.nameRun);

/**
 * The forms ("radio 1", "andre 3000", folded: the capitalised word and the number) that the article treats as one
 * name somewhere: the form speaks ("Radio 1 said"), owns a person, a show or a named thing ("Radio 1's controller",
 * "Radio 4's Today programme"), is cited ("told BBC News 24") or heads a body ("the Lost 52 Project"). Every mention of
 * such a form is then one name, wherever it stands ("on Radio 1").
 *
 * @param paragraphs The article's tokenised paragraphs.
 * @example
 * findNumberedNames([tokenizeText(0, 'Radio 1 said the show would go on. Windows 95 crashed.', [])])
 * // => Set { 'radio 1' }
 */
export function findNumberedNames(paragraphs: readonly TokenizedParagraph[]): Set<string> {
  const forms = new Set<string>();
  for (const { tokens } of paragraphs) {
    for (let n = 1; n < tokens.length; n++) {
      if (!isNumberAfterWord(tokens, n)) continue;
      if (speaksOwnsOrHeads(tokens, n) || isCited(tokens, n)) forms.add(formAt(tokens, n));
    }
  }
  return forms;
}

/**
 * The forms ("drift 12", folded) that head a body's name somewhere in the article ("the Drift 12 Project"): written
 * alone elsewhere ("Drift 12 sailed on"), such a form is the body's short name, not a person's.
 *
 * @param paragraphs The article's tokenised paragraphs.
 * @example
 * findNumberedBodies([tokenizeText(0, 'The Drift 12 Project found it. Drift 12 sailed on.', [])])
 * // => Set { 'drift 12' }
 */
export function findNumberedBodies(paragraphs: readonly TokenizedParagraph[]): Set<string> {
  const forms = new Set<string>();
  for (const { tokens } of paragraphs) {
    for (let n = 1; n < tokens.length; n++) {
      const next = tokens[n + 1];
      if (isNumberAfterWord(tokens, n) && next?.word && next.cap && next.quote === tokens[n]!.quote && ORG_HEADS.has(next.lower)) forms.add(formAt(tokens, n));
    }
  }
  return forms;
}

/**
 * The span of a name that a number after the capitals `first`..`last` completes ("BBC Radio 4", "Number 10", "the
 * Lost 52 Project": up to the number, or to an organisation head or an outlet's part right after it), or undefined
 * when the number is no part of a name. The name holds no connector ("100% Homegrown on Radio 1" is "Radio 1"), and a
 * station's name opens at its head unless a known outlet or an acronym comes before it ("Have Radio 2 listeners
 * heard": "Radio 2"; "BBC Radio 2").
 *
 * @param tokens The paragraph's tokens.
 * @param first The first token of the run of capitals.
 * @param last The last capitalised token of the run.
 * @param numbered The forms the article treats as names (from `findNumberedNames`).
 * @example
 * // BBC Radio 4 listeners
 * numberedNameSpan(tokens, 0, 1, new Set()) // => { first: 0, last: 2 }
 * // Windows 95 crashed
 * numberedNameSpan(tokens, 0, 0, new Set()) // => undefined
 */
export function numberedNameSpan(tokens: readonly Token[], first: number, last: number, numbered: ReadonlySet<string>): { first: number; last: number } | undefined {
  const n = last + 1;
  if (n >= tokens.length || !WHOLE_NUMBER.test(tokens[n]!.text) || tokens[n]!.quote !== tokens[last]!.quote) return undefined;
  let start = first;
  for (let k = first; k < last; k++) if (!tokens[k]!.cap) start = k + 1;
  if (!isKnownWhole(tokens, start, n)) {
    if (!isNumberAfterWord(tokens, n)) return undefined;
    if (STATION_HEADS.has(tokens[last]!.lower)) start = stationStart(tokens, start, last);
    else if (!numbered.has(formAt(tokens, n))) return undefined;
  }
  const next = tokens[n + 1];
  const end = next?.word && next.cap && next.quote === tokens[n]!.quote && (ORG_HEADS.has(next.lower) || OUTLET_SUB_BRANDS.has(next.lower)) ? n + 1 : n;
  return { first: start, last: end };
}

/** "BBC Radio 4", "RTE Radio 1", "Have Radio 2": where a station's name opens, at a known outlet or an acronym right before its head, else at the head. */
function stationStart(tokens: readonly Token[], start: number, head: number): number {
  for (let from = start; from < head; from++) if (isKnownName(tokens, from, head - 1)) return from;
  const before = tokens[head - 1];
  return head > start && before!.text.length >= 2 && isUpperCase(before!.text) ? head - 1 : head;
}

/**
 * The index of a number right before `first` that opens a known institution's name with the capitals after it
 * ("10 Downing Street"), or undefined.
 *
 * @param tokens The paragraph's tokens.
 * @param first The first token of the run of capitals.
 * @param last The last token of the run.
 * @example
 * // at 10 Downing Street
 * numberedNameStart(tokens, 2, 3) // => 1
 */
export function numberedNameStart(tokens: readonly Token[], first: number, last: number): number | undefined {
  const n = first - 1;
  const number = tokens[n];
  if (!number || !WHOLE_NUMBER.test(number.text) || number.quote !== tokens[first]!.quote) return undefined;
  return isKnownName(tokens, n, last) ? n : undefined;
}

/**
 * A number token right after a capitalised word of the same quote, written as a whole number ("4", not "3.5",
 * "10:42", "1,000" or "50%").
 */
function isNumberAfterWord(tokens: readonly Token[], n: number): boolean {
  const number = tokens[n]!;
  const word = tokens[n - 1];
  if (!WHOLE_NUMBER.test(number.text) || !word?.word || !word.cap || word.quote !== number.quote || /^\d/.test(word.text)) return false;
  if (CALENDAR_WORDS.has(word.lower) || FUNCTION_WORDS.has(word.lower) || PART_WORDS.has(word.lower)) return false;
  const after = tokens[n + 1];
  // "Apollo 11.5", "Route 10,000", "Series 3%": a mark glued to the number goes on with a figure.
  if (after && after.start === number.end && !after.word && after.text !== "'" && after.text !== '’') {
    const glued = tokens[n + 2];
    if (after.text === '%' || (glued && glued.start === after.end && /^\d/.test(glued.text))) return false;
  }
  return true;
}

/** "radio 1": the folded capitalised word and the number at `n`. */
function formAt(tokens: readonly Token[], n: number): string {
  return `${tokens[n - 1]!.lower} ${tokens[n]!.text}`;
}

/** "Radio 1 said", "Radio 1's controller", "Radio 4's Today programme", "the Lost 52 Project": what follows the number. */
function speaksOwnsOrHeads(tokens: readonly Token[], n: number): boolean {
  const next = tokens[n + 1];
  if (!next || next.quote !== tokens[n]!.quote) return false;
  if (next.lower === "'s") {
    const owned = tokens[n + 2];
    return owned !== undefined && owned.word && (owned.cap || STAFF_NOUNS.has(owned.lower) || BROADCAST_NOUNS.has(owned.lower));
  }
  if (!next.word) return false;
  if (!next.cap && SPEECH_VERBS.has(next.lower) && !next.lower.endsWith('ing')) return true;
  return next.cap && ORG_HEADS.has(next.lower);
}

/** "told BBC News 24", "according to Channel 9": a citing cue right before the capitals that end at the number. */
function isCited(tokens: readonly Token[], n: number): boolean {
  let start = n - 1;
  while (start > 0 && tokens[start - 1]!.word && tokens[start - 1]!.cap && tokens[start - 1]!.quote === tokens[n]!.quote) start--;
  return CITING_CUES.some((cue) => cue.every((word, k) => tokens[start - cue.length + k]?.lower === word));
}

/** "Number 10", "at No 10", "Richard's Channel 4": the tokens from some point to `last` are a known institution's or outlet's name. */
function isKnownWhole(tokens: readonly Token[], first: number, last: number): boolean {
  for (let from = first; from < last; from++) if (isKnownName(tokens, from, last)) return true;
  return false;
}

/** "10 Downing Street", "Channel 4": the tokens first to last are a known institution's or outlet's name. */
function isKnownName(tokens: readonly Token[], first: number, last: number): boolean {
  const text = foldText(tokens.slice(first, last + 1).map((t) => t.text).join(' '));
  return INSTITUTIONS.has(text) || OUTLETS.has(text);
}
