/**
 * Press releases and wire copy sign a statement with its author's name and posts right after the closing mark, with no
 * verb of saying: "“We welcome the ruling.” Jo Lee, Executive Director, Harbour Power" / "“…,” Jane Doe, director of
 * the trust." / "“…” – John Smith, CEO". A person's name that follows the quote and, with only its posts and bodies after
 * it, ends the paragraph can only be the quote's speaker (issue 13, round 46).
 */
import type { Token } from '../../actors/index.ts';
import { TITLE_HEAD_WORDS } from '../../actors/load-lexicons.ts';
import headingLinkWordsJson from '../../lexicons/heading-link-words.json' with { type: 'json' };
import type { CueSite, Found } from './cue-context.ts';
import { DASHES } from './token-tests.ts';

const LINK_WORDS: ReadonlySet<string> = new Set(headingLinkWordsJson.words);
/** Marks a list of posts may hold besides its commas ("JD", "Children's", "Co-Chair", "(ret.)"). */
const POST_MARKS: ReadonlySet<string> = new Set([',', '.', '-', '(', ')', "'s", '’s', '&']);
/** A signature line is short; a longer run after the name is prose. */
const MAX_POST_TOKENS = 30;

/** True when the tokens from `first` to the paragraph's end are only posts, bodies and places set off by commas. */
function isPostList(tokens: readonly Token[], first: number): boolean {
  if (first >= tokens.length) return true;
  if (tokens[first]!.text === '.') return first === tokens.length - 1;
  if (tokens[first]!.text !== ',' || tokens.length - first > MAX_POST_TOKENS) return false;
  for (let k = first + 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.quote >= 0) return false;
    if (t.word && !t.cap && !/^\d/.test(t.text) && !LINK_WORDS.has(t.lower) && !TITLE_HEAD_WORDS.has(t.lower)) return false;
    if (!t.word && !POST_MARKS.has(t.text)) return false;
  }
  return true;
}

/**
 * The person named right after a closed quote that opens its sentence, when that name and the posts set off by commas
 * after it end the paragraph: the quote's signature. A comma or a dash may stand between the closing mark and the name.
 * Undefined when a verb of saying or any other word comes after the quote, when another quote follows in the paragraph,
 * or when the name is not a person's.
 *
 * @param site What the cue rules read about the quotation.
 * @example
 * // “The ruling protects every tenant.” Amy Roe, JD, Policy Director, Harbour Legal Aid
 * findNameLineAfterQuote(site) // => { subject: { type: 'mention', mention: ‹Amy Roe› }, kind: 'said-after' }
 * // “The ruling protects every tenant.” Amy Roe took the case to court.
 * findNameLineAfterQuote(site) // => undefined
 */
export function findNameLineAfterQuote(site: CueSite): Found | undefined {
  const { context, closeToken } = site;
  const { tokens } = context.paragraph;
  if (!site.opensSentence || site.after || !/[.,!?]$/.test(site.text)) return undefined;
  let k = closeToken + 1;
  if (tokens[k]?.text === ',' || DASHES.has(tokens[k]?.text ?? '')) k++;
  const mention = context.mentions.startAt.get(k);
  if (!mention || mention.kind !== 'person' || mention.inQuote) return undefined;
  if (!isPostList(tokens, mention.last + 1)) return undefined;
  return { subject: { type: 'mention', mention }, kind: 'said-after' };
}
