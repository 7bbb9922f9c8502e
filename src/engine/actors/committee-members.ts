/**
 * "The MPs found the system was “…”": after a parliamentary committee is named, "the MPs" (or "the peers") who sit on
 * it stand for the committee whose findings the report gives. Stage 6 resolves the candidate to the one committee
 * named before whose name shows it to be parliamentary ("Commons work and pensions committee"); with none, or two,
 * it names nobody.
 */
import type { TokenizedParagraph } from './01-tokenize-text.ts';
import type { RoleCandidate } from './role-candidate.ts';
import committeeMembersJson from '../lexicons/committee-members.json' with { type: 'json' };

const MEMBERS: ReadonlySet<string> = new Set(committeeMembersJson.members);
/** Words of which one must be in the committee's name (folded). */
export const PARLIAMENT_WORDS: ReadonlySet<string> = new Set(committeeMembersJson.parliamentWords);
/** The noun of the body the members stand for. */
export const COMMITTEE_HEAD = 'committee';

/**
 * Reads "the MPs" at the "the" at token `the`: a plural noun for a committee's members right after "the", with no
 * capital after it ("the MPs Ann Roe and …" names people) and no "'s" or "'" of ownership.
 *
 * @param paragraph The tokenised paragraph.
 * @param the The index of the token "the".
 * @returns An organisation role candidate headed "committee", marked `members`, or undefined.
 * @example
 * findCommitteeMembers(tokenizeText(0, 'The MPs found it was “a mess”.', []), 0)
 * // => { head: 'committee', members: true, surface: 'The MPs', organization: true, … }
 */
export function findCommitteeMembers(paragraph: TokenizedParagraph, the: number): RoleCandidate | undefined {
  const { tokens } = paragraph;
  const det = tokens[the];
  const noun = tokens[the + 1];
  if (det?.lower !== 'the' || !noun || !noun.word || noun.quote !== det.quote || !MEMBERS.has(noun.lower)) return undefined;
  const next = tokens[the + 2];
  if (next && (next.cap || next.lower === "'s" || next.text === "'" || next.text === '’')) return undefined;
  return { paragraph: paragraph.index, first: the, last: the + 1, head: COMMITTEE_HEAD, surface: paragraph.text.slice(det.start, noun.end), inQuote: det.quote >= 0, organization: true, members: true };
}
