/**
 * Press releases list statements of support as "HOLDER, POST, BODY: “…”" ("Jo Lee, Executive Director, Harbour
 * Power: “…”", "Mayor Ann Roe, Dover, Delaware, Co-Chair of Coastal Mayors: “…”"). Between the holder and the colon
 * stand only comma segments of capitalised words (with the link words of names and posts), one of them a post: what
 * they name — a place, the body where the post is held — is never a second speaker, even when the actors took it
 * for a person ("Harbour Power", "Delaware").
 */
import type { Mention, Token } from '../../actors/index.ts';
import { TITLE_HEAD_WORDS } from '../../actors/load-lexicons.ts';
import headingLinkWordsJson from '../../lexicons/heading-link-words.json' with { type: 'json' };

const LINK_WORDS: ReadonlySet<string> = new Set(headingLinkWordsJson.words);
/** Words that join a second holder: "Jo Lee, Director, and Al Moe, Chair, …" is a joint statement. */
const JOINING_WORDS: ReadonlySet<string> = new Set(['and', '&']);
/** A list of posts and places is short; a longer run before the colon is prose. */
const MAX_LIST_TOKENS = 24;

/** The comma segments between the holder and the colon, as [first, last] token ranges, or undefined when none. */
function listSegments(tokens: readonly Token[], holder: Mention): [number, number][] | undefined {
  if (tokens[holder.last + 1]?.text !== ',') return undefined;
  const segments: [number, number][] = [];
  let first = holder.last + 2;
  for (let k = first; k < tokens.length && k <= holder.last + 1 + MAX_LIST_TOKENS; k++) {
    const t = tokens[k]!;
    if (t.quote >= 0) return undefined;
    if (t.text === ',' || t.text === ':') {
      if (k === first) return undefined;
      segments.push([first, k - 1]);
      if (t.text === ':') return tokens[k + 1]?.quote !== undefined && tokens[k + 1]!.quote >= 0 ? segments : undefined;
      first = k + 1;
      continue;
    }
    if (t.word && !t.cap && !/^\d/.test(t.text) && !LINK_WORDS.has(t.lower)) return undefined;
    if (!t.word && !['.', '-', '(', ')', "'s", '’s'].includes(t.text)) return undefined;
  }
  return undefined;
}

/** True when a segment holds a capitalised head of a post ("Executive Director", "Co-Chair of …"). */
function holdsPost(tokens: readonly Token[], [first, last]: [number, number]): boolean {
  for (let k = first; k <= last; k++) if (tokens[k]!.cap && TITLE_HEAD_WORDS.has(tokens[k]!.lower)) return true;
  return false;
}

/**
 * True when `mention` stands in the list of posts, places and bodies after `holder` that ends in the colon before a
 * quote, so that it does not rival the holder as the speaker. A full name of two words or more set right before a
 * post of its own ("Jo Lee, Director, Al Moe, Chair: “…”") is a second holder, and so is anything after "and".
 *
 * @param tokens The tokens of the paragraph.
 * @param holder The mention that opens the line.
 * @param mention Another mention before the colon.
 * @example
 * // Lori Lodes, Executive Director, Climate Power: “Passing the act was a victory.”
 * isInPostListAfterHolder(tokens, ‹Lori Lodes›, ‹Climate Power›) // => true
 * // Lori Lodes, Director, Sam Reyes, Chair: “…”
 * isInPostListAfterHolder(tokens, ‹Lori Lodes›, ‹Sam Reyes›) // => false
 */
export function isInPostListAfterHolder(tokens: readonly Token[], holder: Mention, mention: Mention): boolean {
  const segments = listSegments(tokens, holder);
  if (!segments || !segments.some((s) => holdsPost(tokens, s))) return false;
  if (segments.some(([first]) => JOINING_WORDS.has(tokens[first]!.lower))) return false;
  const at = segments.findIndex(([first, last]) => mention.first >= first && mention.last <= last);
  if (at < 0) return false;
  const next = segments[at + 1];
  return !(mention.last > mention.first && next !== undefined && holdsPost(tokens, next));
}
