/**
 * Sieve: a paragraph that is only a quote, under a heading line that only names one speaker — a
 * person or an organisation, with at most a post or affiliation after a comma or in brackets —
 * is that speaker's. Press releases list statements of support this way:
 * "Senator Ann Roe (D-XX), Chair of the Energy Committee" ⏎ "“This bill is long overdue.”".
 * The heading has no sentence end at its end (abbreviations inside, as in "(R-W.Va.)", are fine), no quotation, no verb (every lower-case word is a link word of a
 * name or post), and its name stands first (after capitalised title words only) and ends at the
 * line's end, a comma, a bracket or a dash; a second person in it withholds.
 */
import { resolveSubject } from '../resolve-subject.ts';
import { isOnlyQuotesLine, isPointedBackAt, type Sieve, type SieveContext } from './sieve.ts';
import type { Mention } from '../../actors/06-resolve-mentions.ts';
import type { Token, TokenizedParagraph } from '../../actors/01-tokenize-text.ts';
import { TITLE_HEAD_WORDS, TITLE_MODIFIERS } from '../../actors/load-lexicons.ts';
import headingLinkWordsJson from '../../lexicons/heading-link-words.json' with { type: 'json' };

const LINK_WORDS: ReadonlySet<string> = new Set(headingLinkWordsJson.words);
/** Punctuation that may close the name within a heading. */
const NAME_ENDS: ReadonlySet<string> = new Set([',', '(', '–', '—', '-', '|']);
/** Punctuation that ends a sentence (a heading has none at its end). */
const SENTENCE_ENDS: ReadonlySet<string> = new Set(['.', '!', '?', ':', ';', '…']);
/** A heading names its speaker in a few words; a longer line is prose. */
const MAX_HEADING_TOKENS = 32;

/**
 * True when a paragraph is a heading line: short, no quotation, no sentence end at its end, and no
 * lower-case word but the link words of names and posts (so no verb).
 *
 * @param paragraph The paragraph.
 * @example
 * isHeadingLine(paragraphOf('Chairman Peter Oduya, Council on Water Policy, 2009-2013')) // => true
 * isHeadingLine(paragraphOf('Mayor Ann Roe was not convinced')) // => false
 */
export function isHeadingLine(paragraph: TokenizedParagraph): boolean {
  const { tokens } = paragraph;
  if (tokens.length === 0 || tokens.length > MAX_HEADING_TOKENS || paragraph.quotes.length > 0) return false;
  if (SENTENCE_ENDS.has(tokens[tokens.length - 1]!.text)) return false;
  for (const t of tokens) if (t.word && !t.cap && !/^\d/.test(t.text) && !LINK_WORDS.has(t.lower)) return false;
  return true;
}

/**
 * True when a paragraph is a heading line of two or more capitalised words ("NATIONAL FARMERS COALITION",
 * "Water and Sewer Distributors of America"): it names who speaks next, even when the article knows no actor by
 * that name, so the speaker of a quote before it is not carried past it.
 *
 * @param paragraph The paragraph.
 * @example
 * isNameHeading(paragraphOf('Harbour Pilots Association')) // => true
 * isNameHeading(paragraphOf('Analysis')) // => false
 */
export function isNameHeading(paragraph: TokenizedParagraph): boolean {
  return isHeadingLine(paragraph) && paragraph.tokens.filter((t) => t.word && t.cap).length >= 2;
}

/**
 * The one speaker a heading line names, or undefined when the line is not such a heading.
 *
 * @param context The article.
 * @param position The heading's paragraph.
 * @example
 * // "U.S. Senator Ann Roe (D-XX), Chair of the Energy Committee" → the mention of Ann Roe
 */
export function headingSpeaker(context: SieveContext, position: number): Mention | undefined {
  const { tokens } = context.paragraphs[position]!;
  if (!isHeadingLine(context.paragraphs[position]!)) return undefined;
  const mentions = context.index[position]!.list.filter((m) => !m.inQuote && m.kind !== 'place');
  let first = mentions[0];
  // "Vermont Gas President and CEO Ann Roe": an organisation and the person's post before the one person.
  const person = mentions.find((m) => m.kind === 'person');
  if (first?.kind === 'organization' && person && isPostBefore(tokens, first.last + 1, person.first)) first = person;
  if (!first || (first.kind !== 'person' && first.kind !== 'organization')) return undefined;
  // Only capitalised title words before the name ("U.S. Senator", "Chairman"), two posts joined by "and" too.
  for (let k = 0; k < first.first; k++) if ((!tokens[k]!.word || LINK_WORDS.has(tokens[k]!.lower)) && !joinsPosts(tokens, k)) return undefined;
  const after = tokens[first.last + 1];
  if (after && !NAME_ENDS.has(after.text)) return undefined;
  // "Ann Roe and Bob Lee": two people, two possible speakers.
  if (mentions.some((m) => m !== first && m.kind === 'person' && m.actor !== first.actor)) return undefined;
  return first;
}

/** "President and CEO", "Chairman & Chief Executive": an "and" or "&" between two title words. */
function joinsPosts(tokens: readonly Token[], k: number): boolean {
  const isTitle = (t: Token | undefined): boolean => t !== undefined && t.word && t.cap && TITLE_HEAD_WORDS.has(t.lower);
  return (tokens[k]!.lower === 'and' || tokens[k]!.text === '&') && isTitle(tokens[k - 1]) && (isTitle(tokens[k + 1]) || (tokens[k + 1]?.cap === true && isTitle(tokens[k + 2])));
}

/**
 * True when the tokens from `from` up to `to` (not included) are a post only: capitalised title words, at least one
 * title head among them, and "and"/"&" between two posts ("President and CEO", "Executive Director").
 */
function isPostBefore(tokens: readonly Token[], from: number, to: number): boolean {
  if (to <= from) return false;
  let head = false;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (joinsPosts(tokens, k)) continue;
    if (!t.word || !t.cap || !(TITLE_HEAD_WORDS.has(t.lower) || TITLE_MODIFIERS.has(t.lower))) return false;
    if (TITLE_HEAD_WORDS.has(t.lower)) head = true;
  }
  return head;
}

/**
 * @example
 * // "Water Users Alliance ⏎ “The rule will protect farms.”" → Water Users Alliance
 */
export const quoteLineAfterHeading: Sieve = {
  rule: 'quote-line-after-heading',
  attribute(context, i) {
    const q = context.quotes[i]!;
    // The article's first line is its headline, not a heading over a statement.
    if (!q.startsSentence || q.sentence !== 0 || q.position < 2 || !isOnlyQuotesLine(context, q) || isPointedBackAt(context, q)) return undefined;
    const mention = headingSpeaker(context, q.position - 1);
    if (!mention) return undefined;
    const resolved = resolveSubject(context, { type: 'mention', mention });
    return resolved ? { ...resolved, cue: 'floating' } : undefined;
  },
};
