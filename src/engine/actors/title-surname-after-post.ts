/**
 * "said Senator King", "Rep. Bishop told reporters", "Governor Major added": a post title before a word that is itself
 * a title reads as an all-title run, but when the article names a person with that surname in full ("Angus King"),
 * the second word is that person's surname. The candidate is made only-if-known, so the full name is the evidence:
 * without it ("the Lord Chancellor", "Attorney General") nothing is made.
 */
import type { Token } from './01-tokenize-text.ts';
import { TITLE_HEAD_WORDS, TITLE_HEADS, TITLE_MODIFIERS, HONORIFICS } from './load-lexicons.ts';
import honorificsJson from '../lexicons/honorifics.json' with { type: 'json' };

const ADDRESSED_OFFICES: ReadonlySet<string> = new Set(honorificsJson.addressedOffices);

const COURTESY_TITLES: ReadonlySet<string> = new Set(honorificsJson.courtesyTitles);

/** "Senator", "Governor", and the short forms with a point news writes before a surname ("Rep.", "Sen.", "Gov."). */
function isPostWord(token: Token): boolean {
  if (!token.cap || !token.word || COURTESY_TITLES.has(token.lower)) return false;
  return TITLE_HEAD_WORDS.has(token.lower) || (token.lower.endsWith('.') && HONORIFICS.has(token.lower));
}

/**
 * True when the run of tokens `first`..`last` is a post title and then a title word that may be a surname: two
 * capitalised words, the pair not one office ("Attorney General"), and no capitalised word after.
 *
 * @param tokens The paragraph's tokens.
 * @param first Index of the post ("Senator").
 * @param last Index of the title word ("King").
 * @example
 * const t = tokenizeText(0, 'said Senator King on Monday.', []).tokens;
 * isTitleSurnameAfterPost(t, 1, 2) // => true
 * const u = tokenizeText(0, 'said Attorney General on Monday.', []).tokens;
 * isTitleSurnameAfterPost(u, 1, 2) // => false
 */
export function isTitleSurnameAfterPost(tokens: readonly Token[], first: number, last: number): boolean {
  if (last !== first + 1) return false;
  const post = tokens[first]!;
  const word = tokens[last]!;
  if (!isPostWord(post) || !word.cap || !word.word || !/\p{Ll}/u.test(word.text)) return false;
  if (!TITLE_HEAD_WORDS.has(word.lower) && !TITLE_MODIFIERS.has(word.lower)) return false;
  if (ADDRESSED_OFFICES.has(word.lower) || TITLE_HEADS.has(`${post.lower} ${word.lower}`)) return false;
  const next = tokens[last + 1];
  return !(next?.cap && next.word);
}
