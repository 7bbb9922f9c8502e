/**
 * Stage 1 of actors: split a paragraph into word and punctuation tokens with offsets, mark the
 * tokens inside quotations and number the sentences. Every later stage of actors and quotes reads these tokens.
 */
import type { QuoteSpan } from '../quotes/01-find-quote-spans.ts';
import { ALNUM, CAP, SPACE, UPPER, WORD, charClass, isSurrogate } from '../text/char-class.ts';
import { closesGluedEllipsis } from '../text/glued-ellipsis.ts';
import sentenceAbbreviationsJson from '../lexicons/sentence-abbreviations.json' with { type: 'json' };
import gluedSpeechJson from '../lexicons/glued-speech.json' with { type: 'json' };
import { foldText } from '../text/fold-text.ts';
import { HONORIFICS, TITLE_HEAD_WORDS } from './load-lexicons.ts';

/** A word or punctuation mark of a paragraph. */
export interface Token {
  text: string;
  /** Folded text (lower case, no accents, straight apostrophes): always `foldText(text)`, which later stages rely on. */
  lower: string;
  start: number;
  end: number;
  /** True for words (letters or digits), false for punctuation and quotation marks. */
  word: boolean;
  /** True for a word whose first character is a capital letter. */
  cap: boolean;
  /** Index of the quotation (in the paragraph's spans) the token lies in, marks included; -1 outside quotes. */
  quote: number;
  /** Index of the sentence within the paragraph. */
  sentence: number;
}

/** A paragraph ready for the actor and quote stages. */
export interface TokenizedParagraph {
  /** The paragraph's index in the article. */
  index: number;
  text: string;
  tokens: Token[];
  quotes: QuoteSpan[];
  /** Token index where each sentence starts. */
  sentenceStarts: number[];
}

const ABBREVIATION: ReadonlySet<string> = new Set(sentenceAbbreviationsJson.tokenizer);
/** The abbreviations a dotted degree may not start with ("Mr.T" is "Mr." and "T"), as written before a full stop. */
const NOT_DEGREE_LEADS = [...ABBREVIATION].filter((a) => /^[a-z]{2,3}$/.test(a)).map((a) => a[0]!.toUpperCase() + a.slice(1)).join('|');
/**
 * The tokens as a regular expression: `scanTokens` finds the same without one; text with surrogate pairs uses it as it
 * is. Initials, degrees written with full stops ("Ph.D.", and "Ph.D" with no letter after it), words, other marks.
 */
const TOKEN = new RegExp(
  `\\p{Lu}\\.(?:\\p{Lu}\\.)+|\\p{Lu}[a-z]{1,2}\\.(?:\\p{Lu}\\.)+|(?!(?:${NOT_DEGREE_LEADS})\\.)\\p{Lu}[a-z]{1,2}\\.\\p{Lu}(?![\\p{L}\\p{M}\\p{N}])|[\\p{L}\\p{M}\\p{N}]+(?:[-'’&][\\p{L}\\p{M}\\p{N}]+)*|\\S`,
  'gu',
);
const SENTENCE_END = new Set(['.', '!', '?', '…']);
const CLOSING_MARKS = new Set(['”', '’', '"', "'", '»', '›', ')', ']']);
/** Marks that open a quotation or an aside. */
export const OPENING_MARKS: ReadonlySet<string> = new Set(['“', '‘', '"', "'", '«', '‹', '„', '(']);

/**
 * Tokenises one paragraph. Possessive endings become their own token ("Macron’s" → "Macron", "’s");
 * abbreviations and initials keep their period ("Mr.", "S.", "U.S.").
 *
 * @param index The paragraph's index in the article.
 * @param text The paragraph.
 * @param quotes The paragraph's quotations (from `findQuoteSpans`).
 * @example
 * tokenizeText(0, 'Mr. Weiss said “no”.', []).tokens.map((t) => t.text)
 * // => ['Mr.', 'Weiss', 'said', '“', 'no', '”', '.']
 */
export function tokenizeText(index: number, text: string, quotes: readonly QuoteSpan[]): TokenizedParagraph {
  const tokens: Token[] = [];
  if (!scanTokens(text, tokens)) {
    tokens.length = 0;
    for (const match of text.matchAll(TOKEN)) addToken(tokens, text, match.index, match.index + match[0].length, FOLD);
  }
  if (CREDIT_LABELS.some((label) => text.includes(label)) && GLUED_CREDIT.test(text)) splitGluedCredits(tokens, text);
  if (mayGlueSpeech(text) && GLUED_SPEECH.test(text)) splitGluedSpeech(tokens, text);
  if (mayGlueAfterSurname(text) && GLUED_AFTER_SURNAME.test(text)) splitGluedSurnameSpeech(tokens, text);
  markQuotes(tokens, quotes);
  const sentenceStarts = markSentences(tokens);
  return { index, text, tokens, quotes: [...quotes], sentenceStarts };
}

const GLUED_VERBS: readonly string[] = gluedSpeechJson.verbs;
const GLUED_PRONOUNS: readonly string[] = gluedSpeechJson.pronouns;

/** A caption glued to its picture credit: "Jo JorgensenImage: Jo Jorgensen for President." */
const GLUED_CREDIT = /\p{Ll}(?:Image|Photo|Picture|Credit):/u;
/**
 * The labels {@link GLUED_CREDIT} ends in, with their colon: a paragraph with none of them is not read by the expression,
 * whose Unicode class is scanned slowly over the whole paragraph.
 */
const CREDIT_LABELS: readonly string[] = ['Image:', 'Photo:', 'Picture:', 'Credit:'];

/**
 * Splits a word that runs a caption into its credit label ("JorgensenImage" before ":" → "Jorgensen", "Image"),
 * so that the name in the caption is not read as "Jo JorgensenImage".
 */
function splitGluedCredits(tokens: Token[], text: string): void {
  for (let k = tokens.length - 2; k >= 0; k--) {
    const token = tokens[k]!;
    if (!token.word || tokens[k + 1]!.text !== ':' || tokens[k + 1]!.start !== token.end) continue;
    const label = /\p{Ll}(Image|Photo|Picture|Credit)$/u.exec(token.text);
    if (!label) continue;
    const cut = token.end - label[1]!.length;
    const parts: Token[] = [];
    pushToken(parts, text, token.start, cut, FOLD);
    pushToken(parts, text, cut, token.end, FOLD);
    tokens.splice(k, 1, ...parts);
  }
}

/** A verb of saying glued by a typo to the name after it or to the pronoun before it: "saidMandy Cohen", "hesaid". */
const GLUED_SPEECH = new RegExp(`(?<![\\p{L}\\p{M}])(?:(?:${GLUED_VERBS.join('|')})\\p{Lu}\\p{Ll}|(?:${GLUED_PRONOUNS.join('|')})(?:${GLUED_VERBS.join('|')})(?![\\p{L}\\p{M}]))`, 'u');

/**
 * False only when {@link GLUED_SPEECH} cannot match: every verb of `GLUED_VERBS` the text holds stands between characters
 * that are no letters (ASCII space or punctuation, or either end), as in nearly every paragraph ("he said.", "Ann Roe says
 * so"); a match needs a verb glued to a capital after it or to a pronoun before it. Reading the paragraph with that
 * expression cost about 3 µs, 1% of `processArticle` (round 37); finding the verbs costs a fraction of it.
 */
function mayGlueSpeech(text: string): boolean {
  for (const verb of GLUED_VERBS) {
    for (let at = text.indexOf(verb); at >= 0; at = text.indexOf(verb, at + 1)) {
      if (!isAsciiNonLetter(text.charCodeAt(at - 1)) || !isAsciiNonLetter(text.charCodeAt(at + verb.length))) return true;
    }
  }
  return false;
}

/** True for an ASCII code unit that is no letter, and for the NaN of a position past either end of the text. */
function isAsciiNonLetter(unit: number): boolean {
  if (Number.isNaN(unit)) return true;
  return unit < 0x80 && !((unit >= 0x41 && unit <= 0x5a) || (unit >= 0x61 && unit <= 0x7a));
}

/**
 * Splits a word that is a verb of saying glued by a typo to a name after it ("saidMandy" → "said", "Mandy") or to a
 * subject pronoun before it ("hesaid" → "he", "said"), so that the cue after a quote reads as the outlet meant it.
 */
function splitGluedSpeech(tokens: Token[], text: string): void {
  const verbs = new Set(GLUED_VERBS);
  const pronouns = new Set(GLUED_PRONOUNS);
  for (let k = tokens.length - 1; k >= 0; k--) {
    const token = tokens[k]!;
    if (!token.word) continue;
    let cut = -1;
    const named = /^(\p{Ll}+)\p{Lu}\p{Ll}/u.exec(token.text);
    if (named && verbs.has(named[1]!)) cut = token.start + named[1]!.length;
    else {
      const pronoun = [...pronouns].find((p) => token.lower.startsWith(p) && verbs.has(token.lower.slice(p.length)));
      if (pronoun !== undefined) cut = token.start + pronoun.length;
    }
    if (cut < 0) continue;
    const parts: Token[] = [];
    pushToken(parts, text, token.start, cut, FOLD);
    pushToken(parts, text, cut, token.end, FOLD);
    tokens.splice(k, 1, ...parts);
  }
}

/** A verb of saying glued by a typo to a capitalised surname before a comma or full stop: "Roesaid.". */
const GLUED_AFTER_SURNAME = new RegExp(`\\p{Lu}\\p{Ll}{2,}(?:${gluedSpeechJson.afterTitledSurname.join('|')})[.,]`, 'u');
/**
 * False only when {@link GLUED_AFTER_SURNAME} cannot match: no verb of `afterTitledSurname` stands before "." or ","
 * after a character that may be a lower-case letter (anything but ASCII space or punctuation). Most paragraphs hold
 * "said." or "said," only after a space; the expression, whose Unicode classes are scanned slowly over the whole
 * paragraph, then need not read them (round 49: about 0.5% of `processArticle`).
 */
function mayGlueAfterSurname(text: string): boolean {
  for (const verb of GLUED_SURNAME_VERBS) {
    for (let at = text.indexOf(verb, 1); at >= 0; at = text.indexOf(verb, at + 1)) {
      const after = text.charCodeAt(at + verb.length);
      if ((after === 0x2e || after === 0x2c) && !isAsciiNonLetter(text.charCodeAt(at - 1))) return true;
    }
  }
  return false;
}
const GLUED_SURNAME_VERBS: readonly string[] = gluedSpeechJson.afterTitledSurname;
const GLUED_AFTER_SURNAME_WORD = new RegExp(`^(\\p{Lu}\\p{Ll}{2,})(?:${gluedSpeechJson.afterTitledSurname.join('|')})$`, 'u');
/** Marks that close a quotation, and the comma, before the title of an attribution after a quote. */
const BEFORE_ATTRIBUTION_TITLE: ReadonlySet<string> = new Set(['”', '"', '’', "'", ',']);

/**
 * Splits a surname with a verb of saying glued to it by a typo ("”, Representative Roesaid." → "Roe", "said") when the
 * word follows a title or honorific right after a closing quote mark or comma and ends before a comma or full stop: the
 * attribution after a quotation, so that the title takes the surname and the cue reads the verb.
 */
function splitGluedSurnameSpeech(tokens: Token[], text: string): void {
  for (let k = tokens.length - 2; k >= 2; k--) {
    const token = tokens[k]!;
    const title = tokens[k - 1]!;
    const surname = GLUED_AFTER_SURNAME_WORD.exec(token.text);
    if (!surname || !token.word || !title.cap || !(TITLE_HEAD_WORDS.has(title.lower) || HONORIFICS.has(title.lower))) continue;
    if (!BEFORE_ATTRIBUTION_TITLE.has(tokens[k - 2]!.text) || !['.', ','].includes(tokens[k + 1]!.text)) continue;
    const cut = token.start + surname[1]!.length;
    const parts: Token[] = [];
    pushToken(parts, text, token.start, cut, FOLD);
    pushToken(parts, text, cut, token.end, FOLD);
    tokens.splice(k, 1, ...parts);
  }
}

/**
 * Finds the tokens {@link TOKEN} finds by the classes of code units instead of a regular expression,
 * where every code point is one code unit. Returns false, leaving tokens half done, on meeting a surrogate:
 * no class marks one as a letter, a number or a space, so every surrogate starts a token before any
 * token could take it in, and the expression, which reads code points, decides that text.
 */
function scanTokens(text: string, tokens: Token[]): boolean {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const f = charClass(c);
    if (isSurrogate(c)) return false;
    if (f & SPACE) {
      i++;
      continue;
    }
    let end = i + 1;
    let units = c;
    let classes = f;
    if (f & UPPER && text.charCodeAt(i + 1) === 0x2e && isUpperAt(text, i + 2) && text.charCodeAt(i + 3) === 0x2e) {
      // Initials: \p{Lu}\.(?:\p{Lu}\.)+
      units |= text.charCodeAt(i + 2);
      end = i + 4;
      while (isUpperAt(text, end) && text.charCodeAt(end + 1) === 0x2e) {
        units |= text.charCodeAt(end);
        end += 2;
      }
    } else if (f & UPPER && dottedDegreeEnd(text, i) > 0) {
      // Degrees written with full stops: "Ph.D.", "Ed.D." — \p{Lu}[a-z]{1,2}\.(?:\p{Lu}\.)+
      end = dottedDegreeEnd(text, i);
      for (let m = i + 1; m < end; m++) units |= text.charCodeAt(m);
      classes |= UPPER;
    } else if (f & ALNUM) {
      // A word: [\p{L}\p{M}\p{N}]+(?:[-'’&][\p{L}\p{M}\p{N}]+)*
      for (;;) {
        while (end < n) {
          const unit = text.charCodeAt(end);
          const g = charClass(unit);
          if (!(g & ALNUM)) break;
          units |= unit;
          classes |= g;
          end++;
        }
        const joiner = text.charCodeAt(end);
        if (!(joiner === 0x2d || joiner === 0x27 || joiner === 0x2019 || joiner === 0x26) || !(end + 1 < n && charClass(text.charCodeAt(end + 1)) & ALNUM)) break;
        units |= joiner;
        end++;
      }
    }
    addToken(tokens, text, i, end, units >= 0x80 ? FOLD : classes & UPPER ? LOWER_CASE : AS_IS);
    i = end;
  }
  return true;
}

/**
 * The end of a degree written with full stops at `i` ("Ph.D.", "Ed.D."): a capital, one or two ASCII lower-case
 * letters, a full stop, then capitals each with a full stop; 0 when none. The last capital may lack its full stop when
 * no letter or full stop follows it ("Ph.D, the chief officer") and the letters before the first full stop are no
 * abbreviation ("Mr.T, the coach" stays "Mr." and "T").
 */
function dottedDegreeEnd(text: string, i: number): number {
  let k = i + 1;
  while (k < i + 3 && k < text.length && text.charCodeAt(k) >= 0x61 && text.charCodeAt(k) <= 0x7a) k++;
  if (k === i + 1 || text.charCodeAt(k) !== 0x2e || !isUpperAt(text, k + 1)) return 0;
  if (text.charCodeAt(k + 2) !== 0x2e) return isWordCharAt(text, k + 2) || ABBREVIATION.has(text.slice(i, k).toLowerCase()) ? 0 : k + 2;
  k += 3;
  while (isUpperAt(text, k) && text.charCodeAt(k + 1) === 0x2e) k += 2;
  return k;
}

function isWordCharAt(text: string, i: number): boolean {
  return i < text.length && (charClass(text.charCodeAt(i)) & ALNUM) !== 0;
}

function isUpperAt(text: string, i: number): boolean {
  return i < text.length && (charClass(text.charCodeAt(i)) & UPPER) !== 0;
}

/**
 * Adds the token text[start, end): a possessive ending becomes a token of its own, and a period
 * right after an abbreviation or an initial joins it.
 */
function addToken(tokens: Token[], text: string, start: number, end: number, folding: Folding): void {
  const n = end - start;
  // "Radio 1's controller": a one-digit stem gives its possessive up too, as "Radio 4" is a name.
  if ((n > 3 || (n === 3 && isDigitCode(text.charCodeAt(start)))) && text.charCodeAt(end - 1) === 0x73) {
    const mark = text.charCodeAt(end - 2);
    if (mark === 0x2019 || mark === 0x27) {
      pushToken(tokens, text, start, end - 2, folding);
      start = end - 2;
    }
  }
  if (n === 1 && text.charCodeAt(start) === 0x2e) {
    const last = tokens[tokens.length - 1];
    // "D-N.Y.", "R-S.C.": an initial after a hyphen keeps its full stop too, so a party tag ends no sentence.
    // "Minneapolis-St. Paul": an abbreviation after a hyphen keeps its full stop too.
    if (last && last.end === start && last.word && (ABBREVIATION.has(last.lower) || (/-\p{Lu}\p{Ll}*$/u.test(last.text) && ABBREVIATION.has(last.lower.slice(last.lower.lastIndexOf('-') + 1))) || (last.text.length <= 2 && /^\p{Lu}$/u.test(last.text) && !isLetterNamedElsewhere(tokens, text)) || (/-\p{Lu}$/u.test(last.text) && /^\.\p{Lu}\./u.test(text.slice(start, start + 3))))) {
      last.text += '.';
      last.lower += '.';
      last.end += 1;
      return;
    }
  }
  pushToken(tokens, text, start, end, folding);
}

function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/**
 * A capital letter that ends a name the paragraph also writes without a full stop ("Malcolm X," elsewhere): the
 * letter is the last word of the name, not an initial, so a full stop after it ends the sentence ("... and Malcolm
 * X. Attallah Shabazz, his daughter, ..."). "John F. Kennedy" keeps its initial: "John F" never stands alone.
 */
function isLetterNamedElsewhere(tokens: readonly Token[], text: string): boolean {
  const letter = tokens[tokens.length - 1]!;
  const name = tokens[tokens.length - 2];
  if (!name || !name.cap || !name.word || name.text.length < 2 || letter.start - name.end !== 1) return false;
  const pair = `${name.text} ${letter.text}`;
  for (let at = text.indexOf(pair); at >= 0; at = text.indexOf(pair, at + 1)) {
    const after = text.charAt(at + pair.length);
    if (at > 0 && /[\p{L}\p{N}]/u.test(text.charAt(at - 1))) continue;
    if (after === '' || /[\s,;:!?)’”'"]/u.test(after)) return true;
  }
  return false;
}

/**
 * How a token's text folds, when the scan knows: {@link foldText} in general, lower-casing for ASCII,
 * nothing for ASCII without capitals. A token's part (a possessive's stem) folds as the whole does.
 */
type Folding = typeof FOLD | typeof LOWER_CASE | typeof AS_IS;
const FOLD = 0;
const LOWER_CASE = 1;
const AS_IS = 2;

function pushToken(tokens: Token[], text: string, start: number, end: number, folding: Folding): void {
  const value = text.slice(start, end);
  const f = charClass(text.charCodeAt(start));
  const lower = folding === AS_IS ? value : folding === LOWER_CASE ? value.toLowerCase() : foldText(value);
  tokens.push({ text: value, lower, start, end, word: (f & WORD) !== 0, cap: (f & CAP) !== 0, quote: -1, sentence: 0 });
}

function markQuotes(tokens: Token[], quotes: readonly QuoteSpan[]): void {
  let q = 0;
  for (const token of tokens) {
    while (q < quotes.length && quotes[q]!.close <= token.start) q++;
    const span = quotes[q];
    if (span && token.start >= span.open && token.end <= span.close) token.quote = q;
  }
}

/**
 * The token before the closing mark at `i` and any closing marks of the same quotation right before it: "… to hide?'"",
 * where a quotation inside the quotation closes first, ends its sentence at "?" as "… to hide?"" does.
 */
function innerEnd(tokens: readonly Token[], i: number): number {
  let k = i - 1;
  while (k > 0 && CLOSING_MARKS.has(tokens[k]!.text) && tokens[k]!.quote === tokens[i]!.quote && tokens[k]!.end === tokens[k + 1]!.start) k--;
  return k;
}

/** Numbers sentences; a sentence ends at . ! ? outside quotes (or at a closing mark after one) before a capital or opening mark. */
function markSentences(tokens: Token[]): number[] {
  const starts = [0];
  let sentence = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    token.sentence = sentence;
    // Sentence ends and closing marks are punctuation, never words.
    if (token.word) continue;
    const next = tokens[i + 1];
    if (!next) break;
    const ends =
      (SENTENCE_END.has(token.text) && token.quote === -1) ||
      (CLOSING_MARKS.has(token.text) && token.quote >= 0 && next.quote !== token.quote && SENTENCE_END.has(tokens[innerEnd(tokens, i)]?.text ?? ''));
    if (!ends) continue;
    if (CLOSING_MARKS.has(next.text) && next.quote === token.quote && token.quote >= 0) continue;
    // "6.46secs", "3.5%": a decimal point is no sentence end.
    if (token.text === '.' && next.start === token.end && /^\p{N}/u.test(next.text)) continue;
    // "TV show Tonight... With Ann Lee, booked …": an ellipsis glued to a word outside quotations is inside a title.
    if (next.word && closesGluedEllipsis(tokens, i)) continue;
    const startsSentence = next.cap || /^\p{N}/u.test(next.text) || (OPENING_MARKS.has(next.text) && next.quote !== token.quote);
    if (startsSentence) {
      sentence++;
      starts.push(i + 1);
    }
  }
  return starts;
}
