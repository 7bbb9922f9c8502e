/**
 * Quotation marks around the title of a work or the label of a thing are no quotation: "a post called ‘Hands that
 * heal’", "the book ‘Ilhas Verdes’ (Green Islands)", "a speech entitled “The Road Ahead”". Citizen media set off
 * titles that way, often with a translation after them.
 */
import type { QuoteSpan } from './01-find-quote-spans.ts';
import titleCuesJson from '../lexicons/title-cues.json' with { type: 'json' };
import { countWordRunsUpTo } from '../text/count-words.ts';
import { LETTER, LETTER_OR_NUMBER, SPACE, charClass, isSurrogate } from '../text/char-class.ts';

const NAMING_WORDS: ReadonlySet<string> = new Set([...titleCuesJson.namingWords, ...titleCuesJson.workNouns]);
const VERB_NAMING_WORDS: ReadonlySet<string> = new Set(titleCuesJson.verbNamingWords);
const PARTICIPLE_MARKERS: ReadonlySet<string> = new Set(titleCuesJson.participleMarkers);
const GLOSS_LANGUAGE_WORDS: ReadonlySet<string> = new Set(titleCuesJson.glossLanguageWords);
const LABEL_NOUNS: ReadonlySet<string> = new Set(titleCuesJson.labelNouns);
/** The word right after the closing mark, with nothing but spaces between. */
const WORD_AFTER = /^\s+(\p{L}+)(?![\p{L}'’-])/u;
/** A title is short: longer quotations after "called" are someone's words. */
const MAX_TITLE_WORDS = 12;
/** A title or name given with a gloss is shorter still. */
const MAX_GLOSSED_WORDS = 8;
/** The word right before the opening mark, with nothing but spaces between (not 'so-called', not 'a poem, '). */
const WORD_BEFORE = /(?:^|[^\p{L}\p{N}'’-])(\p{L}+)\s+$/u;
/** How many words before 'called' or 'named' may hold the article or be-verb that makes it a participle. */
const MARKER_REACH = 3;
/** A parenthesised gloss right after the closing mark (an optional comma between): its text up to the parenthesis. */
const GLOSS_AFTER = /^,?\s*\(([^()]{1,120})\)/u;

/**
 * True when the quotation `span` of `text` is a title or label: right after a naming word or a noun of a work
 * ("entitled ‘…’", "the poem ‘…’"); or short and right before a noun it names ("the ‘Clean Air’ campaign"); or short,
 * without a sentence's end, and followed by a parenthesised gloss that starts with a capital or a digit (a
 * translation or an acronym: "‘Não Vou Ficar’ (I Will Not Stay)").
 *
 * @param text The paragraph.
 * @param span One quotation of the paragraph.
 * @example
 * isQuotedTitle('In a post called ‘Hands that heal’, she recalls the past.', { open: 17, close: 34, start: 18, end: 33, closed: true })
 * // => true
 */
export function isQuotedTitle(text: string, span: QuoteSpan): boolean {
  if (!span.closed) return false;
  const inside = text.slice(span.start, span.end);
  // Counted only as far as the longest title: the rules below compare the count with MAX_TITLE_WORDS and MAX_GLOSSED_WORDS.
  const words = countWordRunsUpTo(inside, Math.max(MAX_TITLE_WORDS, MAX_GLOSSED_WORDS) + 1);
  if (words <= MAX_TITLE_WORDS && followsNamingWord(text.slice(0, span.open))) return true;
  const after = WORD_AFTER.exec(text.slice(span.close, span.close + 40))?.[1]?.toLowerCase();
  if (words <= MAX_GLOSSED_WORDS && after !== undefined && LABEL_NOUNS.has(after)) return true;
  return words <= MAX_GLOSSED_WORDS && !/[.!?]/u.test(inside.replace(/[,;:]$/u, '')) && isGloss(text.slice(span.close));
}

/**
 * True when `before` ends in a naming word or a noun of a work; 'called' and 'named' only as participles ('a post
 * called', 'was called'), not as the verb of a subject ('what the utility called').
 */
function followsNamingWord(before: string): boolean {
  const word = wordBefore(before.slice(-40))?.toLowerCase();
  if (word === undefined) return false;
  if (NAMING_WORDS.has(word)) return true;
  if (!VERB_NAMING_WORDS.has(word)) return false;
  const earlier = before.slice(-120).toLowerCase().split(/[^\p{L}]+/u).filter(Boolean).slice(0, -1).slice(-MARKER_REACH);
  return earlier.some((w) => PARTICIPLE_MARKERS.has(w));
}

/** True when `after` opens with a parenthesised translation or acronym: capital or digit first, no "(Arabic for …)". */
function isGloss(after: string): boolean {
  const gloss = GLOSS_AFTER.exec(after)?.[1]?.trim();
  if (!gloss || !/^[\p{Lu}\p{N}]/u.test(gloss)) return false;
  const second = gloss.split(/\s+/u)[1]?.toLowerCase();
  return second === undefined || !GLOSS_LANGUAGE_WORDS.has(second);
}

/**
 * What {@link WORD_BEFORE} captures in `text`, read by the classes of code units: the run of letters that white space
 * alone follows to the end, when what stands before it is no number, apostrophe or hyphen. The expression, tried at
 * every position of the text with its Unicode classes, cost about 1% of `processArticle` (round 37). Text with a
 * surrogate, whose code points the classes do not see, goes to the expression.
 */
function wordBefore(text: string): string | undefined {
  for (let i = 0; i < text.length; i++) if (isSurrogate(text.charCodeAt(i))) return WORD_BEFORE.exec(text)?.[1];
  let end = text.length;
  while (end > 0 && (charClass(text.charCodeAt(end - 1)) & SPACE) !== 0) end--;
  if (end === text.length) return undefined;
  let start = end;
  while (start > 0 && (charClass(text.charCodeAt(start - 1)) & LETTER) !== 0) start--;
  if (start === end) return undefined;
  if (start > 0) {
    const before = text.charCodeAt(start - 1);
    if ((charClass(before) & LETTER_OR_NUMBER) !== 0 || before === 0x27 || before === 0x2019 || before === 0x2d) return undefined;
  }
  return text.slice(start, end);
}
