/**
 * "Americans for Tax Reform", "Citizens for Tax Justice", "Students for Fair Admissions": a body named by the people
 * who join it and the cause they stand for. A plural demonym or a plural noun for people who share a stake
 * (`peopleBeforeFor` of connected-body-heads.json), then "for" and a capital, opens one body's name, which the name
 * runs would otherwise cut at "for" into a group ("Americans") and a person ("Tax Reform").
 */
import type { Token } from './01-tokenize-text.ts';
import { PLURAL_DEMONYMS } from './load-lexicons.ts';
import connectedBodyHeadsJson from '../lexicons/connected-body-heads.json' with { type: 'json' };

/** "citizens", "students": plural nouns for people that open a body's name before "for". */
const PEOPLE_BEFORE_FOR: ReadonlySet<string> = new Set(connectedBodyHeadsJson.peopleBeforeFor);

/**
 * True when token `k` of a name run opens a body's name of people and their cause: a capitalised plural demonym or
 * people noun, "for" right after it, and a capitalised word after "for" still inside the run (up to `last`).
 *
 * @param tokens A paragraph's tokens.
 * @param k The token that may open the name ("Americans").
 * @param last The last token of the name run.
 * @example
 * const { tokens } = tokenizeText(0, 'Americans for Tax Reform said so.', []);
 * opensPeopleForCause(tokens, 0, 3) // => true
 * opensPeopleForCause(tokenizeText(0, 'Lawyers for Tom Roe said so.', []).tokens, 0, 3) // => false
 */
export function opensPeopleForCause(tokens: readonly Token[], k: number, last: number): boolean {
  const token = tokens[k]!;
  if (!token.cap || tokens[k + 1]?.text !== 'for' || k + 2 > last || !tokens[k + 2]!.cap) return false;
  return PLURAL_DEMONYMS.has(token.text) || PEOPLE_BEFORE_FOR.has(token.lower);
}
