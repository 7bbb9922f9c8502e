/**
 * Two frames in which a spokesperson named by the noun alone ("a spokesman") still speaks for the body of the
 * sentence before: the spokesperson right after a quote set off by a comma (“…,” a spokesman told reporters), which
 * is the same sentence as "A spokesman told reporters: “…”"; and a body of the sentence before set off as the
 * apposition of the subject and followed by a verb of saying ("One of the bidders, the Dutch group Zalvo, said …").
 */
import type { Mention, TokenizedParagraph } from '../../actors/index.ts';
import { SPEECH_VERBS } from '../../actors/load-lexicons.ts';
import determinersJson from '../../lexicons/determiners.json' with { type: 'json' };

const DETERMINERS: ReadonlySet<string> = new Set(determinersJson.articles);

/**
 * True when everything in the sentence before the spokesperson (and its article) is one quotation closed by a
 * comma: “…,” a spokesman said.
 *
 * @param paragraph The spokesperson's paragraph.
 * @param start The first token of the spokesperson's sentence (or clause).
 * @param first The spokesperson mention's first token.
 * @returns True for “We will look at it,” a spokesman told reporters.
 * @example
 * // “We will look at it,” a spokesman said. (start 0, first at "spokesman") → true
 * // Asked about it, a spokesman said … → false
 */
export function followsSetOffQuote(paragraph: TokenizedParagraph, start: number, first: number): boolean {
  const { tokens } = paragraph;
  const q = tokens[start]?.quote ?? -1;
  const end = DETERMINERS.has(tokens[first - 1]?.lower ?? '') ? first - 1 : first;
  if (q < 0 || end - start < 3) return false;
  for (let k = start; k < end; k++) if (tokens[k]!.quote !== q) return false;
  return tokens[end - 2]!.text === ',';
}

/**
 * True when a body's name closes an apposition of the subject and a verb of saying follows it: "One of the bidders,
 * the Dutch group Zalvo, said it welcomed the move." The body is the one the sentence reports as speaking.
 *
 * @param paragraph The paragraph of the body's mention.
 * @param mention The body's mention.
 * @returns True when "," and a speech verb stand right after the mention, and a comma stands right before its phrase.
 * @example
 * // "One of the bidders, the Dutch group Zalvo, said it …" (mention: Zalvo) → true
 * // "After talks with Zalvo, the union said …" → false
 */
export function isAppositiveSpeaker(paragraph: TokenizedParagraph, mention: Mention): boolean {
  const { tokens } = paragraph;
  if (tokens[mention.last + 1]?.text !== ',' || !SPEECH_VERBS.has(tokens[mention.last + 2]?.lower ?? '')) return false;
  const sentence = tokens[mention.first]!.sentence;
  for (let k = mention.first - 1; k >= 0 && tokens[k]!.sentence === sentence; k--) {
    if (tokens[k]!.quote >= 0) return false;
    if (tokens[k]!.text === ',') return true;
  }
  return false;
}
