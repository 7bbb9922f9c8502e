/**
 * Quotation marks that set off a word or a label the writer does not vouch for are no quotation: the so-called
 * “reform”, a site known as “Harbour Watch”, the term “time-shifting”, the “temporary” measure, “minga” (communal
 * work). Nobody says them, so they are not quotes of anybody; they are told from the span's shape and the words
 * around it, never from a list of phrases.
 */
import type { QuoteSpan } from './01-find-quote-spans.ts';
import { isQuotedTitle } from './drop-quoted-titles.ts';
import setOffJson from '../lexicons/set-off-cues.json' with { type: 'json' };
import { SPEECH_VERBS } from '../actors/load-lexicons.ts';
import perceptionVerbsJson from '../lexicons/perception-verbs.json' with { type: 'json' };
import { countWordRunsUpTo } from '../text/count-words.ts';
import { SPACE, charClass } from '../text/char-class.ts';

const DETERMINERS: ReadonlySet<string> = new Set(setOffJson.determiners);
const PREDICATE_WORDS: ReadonlySet<string> = new Set(setOffJson.predicateWords);
const COPULAS: ReadonlySet<string> = new Set(setOffJson.copulas);
const NOT_GLOSS_STARTS: ReadonlySet<string> = new Set(setOffJson.notGlossStarts);
const PERCEPTION_VERBS: ReadonlySet<string> = new Set(perceptionVerbsJson.verbs);
/** A verb of naming among the words before the determiner ('called the disappearance an …'); a verb of saying there counts too. */
const NAMING_VERB = new RegExp(`\\b(?:${setOffJson.namingStems.join('|')})\\p{L}*\\b`, 'iu');
/** How many words before the determiner a verb of naming may stand. */
const NAMING_REACH = 4;
/** The end of the text before the mark is a label intro ('so-called', 'known as', 'the term'), as whole words. */
const LABEL_INTRO = new RegExp(`(?:^|[^\\p{L}\\p{N}-])(?:${setOffJson.labelIntros.map((w) => w.replace(/ /g, '\\s+')).join('|')})\\s*$`, 'iu');
/**
 * The last letters of the label intros, when every intro ends in an ASCII letter (else undefined, and
 * {@link mayEndInLabelIntro} lets every text through).
 */
const LABEL_INTRO_ENDS: ReadonlySet<number> | undefined = setOffJson.labelIntros.every((w) => /[a-z]$/.test(w)) ? new Set(setOffJson.labelIntros.map((w) => w.charCodeAt(w.length - 1))) : undefined;

/**
 * False only when {@link LABEL_INTRO} cannot match: the text, past its trailing white space, does not end in the last
 * letter of an intro in either case (nor in "ſ" or the Kelvin sign, which case-insensitive Unicode matching folds to
 * "s" and "k"). Most quotations follow a comma, a colon or a verb; the expression, tried at every position of the 60
 * characters before each one, cost about 0.6% of `processArticle` (round 37).
 */
function mayEndInLabelIntro(text: string): boolean {
  if (!LABEL_INTRO_ENDS) return true;
  let end = text.length;
  while (end > 0 && (charClass(text.charCodeAt(end - 1)) & SPACE) !== 0) end--;
  if (end === 0) return false;
  const last = text.charCodeAt(end - 1);
  if (last === 0x17f || last === 0x212a) return true;
  return LABEL_INTRO_ENDS.has(last >= 0x41 && last <= 0x5a ? last + 0x20 : last);
}

/** A label or term is short: longer quotations after 'so-called' or 'the term' are someone's words. */
const MAX_LABEL_WORDS = 6;
/** A foreign word or phrase with a gloss is shorter still. */
const MAX_FOREIGN_WORDS = 3;
/** One word, lower case first, maybe hyphenated, maybe with the sentence's comma or full stop inside the marks. */
const ONE_LOWER_WORD = /^\p{Ll}[\p{L}'’]*(?:-[\p{L}'’]+)*[,.;]?$/u;
/** The two words right before the opening mark: the one before the determiner, and the determiner. */
const TWO_WORDS_BEFORE = /(?:^|[^\p{L}'’-])(?:([\p{L}'’-]+)[\s,]+)?([\p{L}'’-]+)\s+$/u;
/** A parenthesised gloss in lower case right after the closing mark (an optional comma between): “minga” (communal work). */
const LOWER_GLOSS_AFTER = /^,?\s*\((\p{Ll}[^()“”"«»]{0,60})\)/u;
/** A gloss that is a link's language code ('(hu)', '(ru)') or explains a phrase someone said ('Arabic for …'). */
const NOT_A_GLOSS = /^(?:\p{Ll}{2}\)?$|\p{L}+ for\b)/u;

/**
 * True when the quotation `span` of `text` sets off a label, a term, a foreign word or a scare word rather than
 * quoting someone: short and right after a label intro ('the so-called “…”', 'known as “…”', 'the term “…”'); or one
 * to three words followed by a gloss in lower case in parentheses ('“minga” (communal work)'); or a single lower-case
 * word right after a determiner, inside a noun phrase ('the “temporary” measure', 'their “base”'), unless the noun
 * phrase is what something is or is called ('it was a “disaster”', 'called it a “farce”', 'called the case an
 * “odd” one') or follows a verb of saying ('said the “phony” claims', 'warned about the “inevitability” of war').
 *
 * A quotation nobody was found to say (`unattributed`) is a scare word after a determiner even where the noun phrase
 * is what something is ('the show was a “hit”'), and a single lower-case word anywhere ('moving staff “offshore”'):
 * only someone's words make it a judgement; a verb of naming or saying among the four words before it still keeps it
 * ('what they described as a “guaranteed” fund', 'has repeatedly called the cap “illegitimate”'), and a bare word
 * stays with such a verb, or one of perceiving, anywhere in its sentence ('an archbishop said detentions
 * without trial were “unacceptable”').
 *
 * @param text The paragraph.
 * @param span One quotation of the paragraph.
 * @param unattributed True when attribution found no speaker for the quotation.
 * @example
 * isSetOffPhrase('The council backed the so-called “reform” on Monday.', { open: 31, close: 39, start: 32, end: 38, closed: true })
 * // => true
 */
export function isSetOffPhrase(text: string, span: QuoteSpan, unattributed = false): boolean {
  if (!span.closed) return false;
  const inside = text.slice(span.start, span.end);
  const words = countWordRunsUpTo(inside, MAX_LABEL_WORDS + 1);
  const before = text.slice(Math.max(0, span.open - 60), span.open);
  if (words <= MAX_LABEL_WORDS && mayEndInLabelIntro(before) && LABEL_INTRO.test(before)) return true;
  if (words <= MAX_FOREIGN_WORDS && !/[.!?]/u.test(inside)) {
    const gloss = LOWER_GLOSS_AFTER.exec(text.slice(span.close, span.close + 80))?.[1]?.trim();
    const first = gloss?.split(/[^\p{L}]+/u)[0] ?? '';
    if (gloss && !NOT_A_GLOSS.test(gloss) && !NOT_GLOSS_STARTS.has(first) && gloss.split(/\s+/u).length <= 6) return true;
  }
  if (words === 1 && ONE_LOWER_WORD.test(inside)) {
    const m = TWO_WORDS_BEFORE.exec(before);
    const det = m?.[2]?.toLowerCase();
    const previous = m?.[1]?.toLowerCase();
    const afterDeterminer = det !== undefined && DETERMINERS.has(det);
    // The words before the word (or its determiner) in the sentence; a verb is in lower case ('United States' holds none).
    const clause = (afterDeterminer ? before.replace(/\s*[\p{L}'’-]+\s*$/u, '') : before).split(/[.!?]\s/u).at(-1)!;
    const reach = clause.split(/[^\p{L}'’-]+/u).filter((w) => w !== '' && w === w.toLowerCase()).slice(-NAMING_REACH);
    if (reach.some((w) => NAMING_VERB.test(w) || SPEECH_VERBS.has(w))) return false;
    // A bare word nobody was found to say, with no verb of saying, naming or perceiving anywhere in its sentence: the
    // writer's ('moving staff “offshore”'), not someone's ('said the terms were “unfair”', '“absurd”, a bishop said').
    if (!afterDeterminer) {
      const sentence = `${clause} ${text.slice(span.close, span.close + 200).split(/[.!?](?:\s|$)/u)[0]}`;
      return unattributed && !sentence.split(/[^\p{L}'’-]+/u).some((w) => w === w.toLowerCase() && (NAMING_VERB.test(w) || SPEECH_VERBS.has(w) || PERCEPTION_VERBS.has(w)));
    }
    return previous === undefined || !((!unattributed && COPULAS.has(previous)) || PREDICATE_WORDS.has(previous) || SPEECH_VERBS.has(previous));
  }
  return false;
}

/**
 * True when the quotation `span` of `text` is a set-off phrase (`isSetOffPhrase`, before attribution) with no capital
 * letter in it: a plain word or label, which the article's later stages may read as narration ('the “temporary”
 * measure' reads as 'the temporary measure'), so that it neither starts a run of quotes nor makes a paragraph a quote's.
 * A capitalised label ('the so-called “Blair Babes”') stays a span until after attribution, so that no actor is made
 * of it.
 *
 * @example
 * isPlainSetOffPhrase('It is the “temporary” measure.', { open: 10, close: 21, start: 11, end: 20, closed: true }) // => true
 * isPlainSetOffPhrase('One of the so-called “Blair Babes” spoke.', { open: 21, close: 34, start: 22, end: 33, closed: true }) // => false
 */
export function isPlainSetOffPhrase(text: string, span: QuoteSpan): boolean {
  return !/\p{Lu}/u.test(text.slice(span.start, span.end)) && isSetOffPhrase(text, span);
}

/** Per paragraph, for each of its quotations, whether it may be someone's words (computed once). */
const SPOKEN = new WeakMap<object, boolean[]>();

/**
 * True when quotation `quote` of a paragraph may be someone's words: neither a title (`isQuotedTitle`) nor a set-off
 * phrase (`isSetOffPhrase`). Stages that read a sentence or a paragraph as narration only when it quotes nobody ask
 * this, so that a title or a label in it ('his book “Being Digital”') changes nothing.
 *
 * @param paragraph The paragraph's text and its quotations.
 * @param quote The index of the quotation in `paragraph.quotes`.
 * @example
 * isSpokenQuote({ text: 'He wrote the book “Open Doors”.', quotes: [{ open: 18, close: 30, start: 19, end: 29, closed: true }] }, 0) // => false
 */
export function isSpokenQuote(paragraph: { text: string; quotes: readonly QuoteSpan[] }, quote: number): boolean {
  let flags = SPOKEN.get(paragraph);
  if (!flags) {
    flags = paragraph.quotes.map((span) => !isQuotedTitle(paragraph.text, span) && !isSetOffPhrase(paragraph.text, span, true));
    SPOKEN.set(paragraph, flags);
  }
  return flags[quote] ?? true;
}

/**
 * True when a paragraph holds a quotation that may be someone's words (`isSpokenQuote`).
 *
 * @param paragraph The paragraph's text and its quotations.
 * @example
 * holdsSpokenQuote({ text: 'He wrote the book “Open Doors”.', quotes: [{ open: 18, close: 30, start: 19, end: 29, closed: true }] }) // => false
 */
export function holdsSpokenQuote(paragraph: { text: string; quotes: readonly QuoteSpan[] }): boolean {
  return paragraph.quotes.some((_span, q) => isSpokenQuote(paragraph, q));
}
