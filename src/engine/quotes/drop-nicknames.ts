/**
 * Quotation marks around a nickname inside a person's name are no quotation: 'said Rep. Glenn "GT" Thompson',
 * 'Thomas "Tip" O'Neill', 'Earvin “Magic” Johnson'. The name runs on through the nickname (02-find-name-runs.ts), and
 * nobody says the nickname. Told from the span's shape: one or two capitalised words, set between a capitalised word
 * and a capitalised word that is no day or month, one space on each side.
 */
import type { QuoteSpan } from './01-find-quote-spans.ts';
import calendarWordsJson from '../lexicons/calendar-words.json' with { type: 'json' };
import { foldText } from '../text/fold-text.ts';

const CALENDAR_WORDS: ReadonlySet<string> = new Set(calendarWordsJson.nameRun);
/** One or two capitalised words, nothing else ("GT", "Tip", "The Rock"). */
const NICKNAME = /^\p{Lu}[\p{L}\p{N}'’.-]*(?: \p{Lu}[\p{L}\p{N}'’.-]*)?$/u;
/** A capitalised word of two letters or more right before the opening mark, one space between ("Glenn "). */
const GIVEN_NAME_BEFORE = /(?:^|[^\p{L}\p{N}'’.-])(\p{Lu}\p{Ll}[\p{L}'’-]*) $/u;
/** A capitalised word right after the closing mark, one space between (" Thompson"). */
const SURNAME_AFTER = /^ (\p{Lu}[\p{L}'’-]*)/u;

/**
 * True when `span` of `text` is a nickname set inside a person's name.
 *
 * @param text One paragraph.
 * @param span One of its quotations (from `findQuoteSpans`).
 * @example
 * isNicknameInName('said Rep. Glenn "GT" Thompson (R-PA).', { open: 15, close: 19, start: 16, end: 18, closed: true })
 * // => true
 * isNicknameInName('They called him "Boss" Tuesday.', { open: 16, close: 22, start: 17, end: 21, closed: true })
 * // => false
 */
export function isNicknameInName(text: string, span: QuoteSpan): boolean {
  if (!span.closed || span.start !== span.open + 1 || span.end !== span.close - 1) return false;
  if (!NICKNAME.test(text.slice(span.start, span.end))) return false;
  const given = GIVEN_NAME_BEFORE.exec(text.slice(0, span.open));
  if (!given || CALENDAR_WORDS.has(foldText(given[1]!))) return false;
  const surname = SURNAME_AFTER.exec(text.slice(span.close, span.close + 40));
  return surname !== null && !CALENDAR_WORDS.has(foldText(surname[1]!));
}
