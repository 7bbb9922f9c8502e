/**
 * "wrestling promotion World Wonder Ring Stardom", "the charity War Child", "broadcaster National Public Radio", "the
 * bank Credit Agricole": a lower-case noun that introduces an organisation (`introducingNouns` in `organizations.json`)
 * right before a run of capitals says the run is the organisation's whole name, so its first word belongs to it even
 * when that word is capitalised elsewhere only in titles and fixed phrases ("World", "Global", "National", "War";
 * `common-words.json`). Without the noun such a word is stripped ("World leaders met"), and the name loses it.
 */
import type { Token } from './01-tokenize-text.ts';
import { COMMON_WORDS, HONORIFICS, INTRODUCING_NOUNS, TITLE_HEAD_WORDS, TITLE_MODIFIERS } from './load-lexicons.ts';
import calendarWordsJson from '../lexicons/calendar-words.json' with { type: 'json' };
import functionWordsJson from '../lexicons/function-words.json' with { type: 'json' };

/** "the company Monday", "the firm The …": days, months and function words open no name after the noun. */
const NEVER_OPENING: ReadonlySet<string> = new Set([...calendarWordsJson.nameRun, ...functionWordsJson.nameRun]);

/**
 * True when token `first` of a name run is a common capitalised word that opens an organisation's name: a lower-case
 * introducing noun stands right before it, and at least one more capitalised word of the run follows it that is no
 * title or honorific ("the union General Secretary Ann Roe" is a post and its holder, not a body named "General …").
 *
 * @param tokens The tokens of a paragraph.
 * @param first The first token of the name run.
 * @param last The last token of the name run.
 * @example
 * const t = tokenizeText(0, 'The charity World Harvest Fund said so.', []).tokens;
 * opensIntroducedName(t, 2, 4) // => true
 * opensIntroducedName(tokenizeText(0, 'Then World Harvest Fund said so.', []).tokens, 1, 3) // => false
 */
export function opensIntroducedName(tokens: readonly Token[], first: number, last: number): boolean {
  if (first >= last) return false;
  const noun = tokens[first - 1];
  if (!noun?.word || noun.cap || !INTRODUCING_NOUNS.has(noun.lower)) return false;
  const token = tokens[first]!;
  if (!token.cap || !COMMON_WORDS.has(token.lower) || NEVER_OPENING.has(token.lower)) return false;
  const next = tokens[first + 1]!;
  return next.word && next.cap && next.quote === token.quote && !HONORIFICS.has(next.lower) && !TITLE_HEAD_WORDS.has(next.lower) && !TITLE_MODIFIERS.has(next.lower);
}
