/**
 * "the UK premiere of Night Train", "a screening of Cold Harbour", "the sequel to River Song": a name right after a
 * lower-case noun for a showing or a remaking of a work and its preposition is the work's title, not a person, unless a
 * possessive follows it ("the premiere of Ann Roe's film" names her). The pairs are `showingsOfWorks` of
 * non-actor-contexts.json.
 */
import type { Token } from './01-tokenize-text.ts';
import nonActorContextsJson from '../lexicons/non-actor-contexts.json' with { type: 'json' };

const SHOWINGS: ReadonlySet<string> = new Set(nonActorContextsJson.showingsOfWorks);

/**
 * True when the name run `first`..`last` follows a noun for a showing of a work and its preposition ("premiere of").
 *
 * @param tokens The tokens of a paragraph.
 * @param first The first token of the name.
 * @param last The last token of the name.
 * @example
 * const t = tokenizeText(0, 'It was the premiere of Night Train.', []).tokens;
 * followsShowingOfWork(t, 5, 6) // => true
 * followsShowingOfWork(tokenizeText(0, "It was the premiere of Ann Roe's film.", []).tokens, 5, 6) // => false
 */
export function followsShowingOfWork(tokens: readonly Token[], first: number, last: number): boolean {
  const preposition = tokens[first - 1];
  const noun = tokens[first - 2];
  if (!preposition?.word || !noun?.word || noun.cap || !SHOWINGS.has(`${noun.lower} ${preposition.lower}`)) return false;
  const after = tokens[last + 1]?.lower;
  return after !== "'s" && after !== "'";
}
