/**
 * "The prime minister's office said …", "the attorney general's office added": an office owned by a post written in
 * lower case speaks for that post as a body of its own. News keys name it by those words ("prime minister's office"),
 * whoever holds the post; the post alone ("the prime minister said") stays a role for a person.
 */
import type { TokenizedParagraph } from './01-tokenize-text.ts';
import type { RoleCandidate } from './role-candidate.ts';
import { SPEAKS_FOR_HEADS, STAFF_NOUNS, TITLE_HEAD_WORDS, TITLE_MODIFIERS } from './load-lexicons.ts';
import { foldText } from '../text/fold-text.ts';

/** The noun for the staff a post heads. */
const OFFICE = 'office';
/** At most this many words of the post ("deputy prime minister"). */
const MAX_POST_WORDS = 3;

/**
 * Reads "the", a lower-case post of one to three words that ends in a title head, "'s" and "office", from the "the" at
 * token `the`; a capital, a possessive or a post right after "office" ("the mayor's office spokesman") makes it no speaker.
 *
 * @param paragraph The tokenised paragraph.
 * @param the The index of the token "the".
 * @returns An organisation role candidate whose `modifiers` are the post's words, marked `postOffice`, or undefined.
 * @example
 * findPostOffice(tokenizeText(0, "The prime minister's office said so.", []), 0)
 * // => { head: 'office', modifiers: ['prime', 'minister'], surface: "The prime minister's office", postOffice: true, … }
 * findPostOffice(tokenizeText(0, 'The prime minister said so.', []), 0) // => undefined
 */
export function findPostOffice(paragraph: TokenizedParagraph, the: number): RoleCandidate | undefined {
  const { tokens } = paragraph;
  const det = tokens[the];
  if (det?.lower !== 'the') return undefined;
  let k = the + 1;
  while (k <= the + MAX_POST_WORDS && isPostWord(tokens[k], det.quote)) k++;
  const headAt = k - 1;
  if (headAt === the || !TITLE_HEAD_WORDS.has(tokens[headAt]!.lower)) return undefined;
  const possessive = tokens[k];
  const noun = tokens[k + 1];
  if (!possessive || !/^['’]s$/.test(possessive.text) || possessive.start !== tokens[headAt]!.end) return undefined;
  if (!noun || !noun.word || noun.cap || noun.lower !== OFFICE || noun.quote !== det.quote) return undefined;
  // "the mayor's office spokesman", "the mayor's office's staff": the office owns what follows, which is no speech of it.
  const next = tokens[k + 2];
  if (next && (next.cap || /^['’]s$/.test(next.text) || TITLE_HEAD_WORDS.has(next.lower) || SPEAKS_FOR_HEADS.has(next.lower) || STAFF_NOUNS.has(next.lower))) return undefined;
  const modifiers = tokens.slice(the + 1, k).map((t) => foldText(t.text));
  return { paragraph: paragraph.index, first: the, last: k + 1, head: OFFICE, surface: paragraph.text.slice(det.start, noun.end), inQuote: det.quote >= 0, organization: true, modifiers, postOffice: true };
}

/** A lower-case word of a post ("prime", "minister", "general") inside the same quote as "the". */
function isPostWord(token: TokenizedParagraph['tokens'][number] | undefined, quote: number): boolean {
  if (!token || !token.word || token.cap || token.quote !== quote) return false;
  return TITLE_HEAD_WORDS.has(token.lower) || TITLE_MODIFIERS.has(token.lower) || token.lower === 'prime';
}
