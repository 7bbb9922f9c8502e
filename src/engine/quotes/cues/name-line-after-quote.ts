/**
 * Press releases and wire copy sign a statement with its author's name and posts right after the closing mark, with no
 * verb of saying: "“We welcome the ruling.” Jo Lee, Executive Director, Harbour Power" / "“…,” Jane Doe, director of
 * the trust." / "“…” – John Smith, CEO". A person's name that follows the quote and, with only its posts and bodies after
 * it, ends the paragraph can only be the quote's speaker (issue 13, round 46). Congressional releases put titles before
 * the name and a district or party tag after it ("” -Rep. Jo Lee (PA-12).", "” — Sen. Jo Lee (D-Md.)"), and sign an
 * endorsing body's statement with the body after a dash ("” — Harbour Policy Institute") (round 53).
 */
import type { Token } from '../../actors/index.ts';
import { HONORIFICS, TITLE_HEAD_WORDS, TITLE_MODIFIERS } from '../../actors/load-lexicons.ts';
import headingLinkWordsJson from '../../lexicons/heading-link-words.json' with { type: 'json' };
import type { CueSite, Found } from './cue-context.ts';
import { DASHES } from './token-tests.ts';

const LINK_WORDS: ReadonlySet<string> = new Set(headingLinkWordsJson.words);
/** Marks a list of posts may hold besides its commas ("JD", "Children's", "Co-Chair", "(ret.)"). */
const POST_MARKS: ReadonlySet<string> = new Set([',', '.', '-', '(', ')', "'s", '’s', '&']);
/** A signature line is short; a longer run after the name is prose. */
const MAX_POST_TOKENS = 30;
/** The most title words a signature puts before its name ("Ranking Member", "Rep.", "Senior Policy Director"). */
const MAX_TITLE_TOKENS = 4;
/** The most tokens of a bracketed tag after the name ("(PA-12)", "(R-Texas)", "(D-N. Y.)"). */
const MAX_TAG_TOKENS = 4;

/** True for a capitalised title or honorific that may stand before a signature's name ("Rep.", "Senator", "Ranking"). */
function isTitleWord(t: Token): boolean {
  return t.word && t.cap && (HONORIFICS.has(t.lower) || TITLE_HEAD_WORDS.has(t.lower) || TITLE_MODIFIERS.has(t.lower));
}

/**
 * The token after a bracketed tag of capitals and numbers that follows the name ("(PA-12)", "(R-Texas)", "(D-N.Y.)":
 * a legislator's party, state or district), or `first` itself when no such tag stands there.
 */
function skipBracketTag(tokens: readonly Token[], first: number): number {
  if (tokens[first]?.text !== '(') return first;
  for (let k = first + 1; k <= first + 1 + MAX_TAG_TOKENS && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.text === ')') return k > first + 1 ? k + 1 : first;
    if (t.quote >= 0 || (t.word && !t.cap && !/^\d/.test(t.text)) || (!t.word && t.text !== '.' && t.text !== '-')) return first;
  }
  return first;
}

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
 * after it end the paragraph: the quote's signature. A comma or a dash may stand between the closing mark and the name,
 * titles before the name ("Rep.", "Ranking Member") and a bracketed tag of capitals after it ("(PA-12)", "(R-Texas)").
 * After a dash the name may be a body's. Undefined when a verb of saying or any other word comes after the quote, when
 * another quote follows in the paragraph, or when the name is neither a person's nor, after a dash, a body's.
 *
 * @param site What the cue rules read about the quotation.
 * @example
 * // “The ruling protects every tenant.” Amy Roe, JD, Policy Director, Harbour Legal Aid
 * findNameLineAfterQuote(site) // => { subject: { type: 'mention', mention: ‹Amy Roe› }, kind: 'said-after' }
 * // “We owe our veterans better.” -Rep. Amy Roe (PA-12).
 * findNameLineAfterQuote(site) // => { subject: { type: 'mention', mention: ‹Amy Roe› }, kind: 'said-after' }
 * // “The ruling protects every tenant.” Amy Roe took the case to court.
 * findNameLineAfterQuote(site) // => undefined
 */
export function findNameLineAfterQuote(site: CueSite): Found | undefined {
  const { context, closeToken } = site;
  const { tokens } = context.paragraph;
  if (!site.opensSentence || site.after || !/[.,!?]$/.test(site.text)) return undefined;
  let k = closeToken + 1;
  const dashed = DASHES.has(tokens[k]?.text ?? '');
  if (dashed || tokens[k]?.text === ',') k++;
  const nameAt = k;
  for (let n = 0; n < MAX_TITLE_TOKENS && tokens[k] && isTitleWord(tokens[k]!) && !context.mentions.startAt.has(k); n++) k++;
  const mention = context.mentions.startAt.get(k);
  if (!mention || mention.inQuote) return undefined;
  // "” Ms Calder.": a title and a surname alone read as a beat of the story, not a signature, which gives the full name.
  if (k > nameAt && mention.last === mention.first) return undefined;
  // A body signs only after a dash ("” — Harbour Legal Aid"): a bare run of capitals after a quote may be a heading.
  if (mention.kind !== 'person' && !(dashed && mention.kind === 'organization')) return undefined;
  if (!isPostList(tokens, skipBracketTag(tokens, mention.last + 1))) return undefined;
  return { subject: { type: 'mention', mention }, kind: 'said-after' };
}
