/**
 * "The environment select committee said …": a body that news copy names only by lower-case words, with no name of it
 * anywhere before. When "the", one or two modifier words and a noun of `speakingBodies` (`organizations.json`) are the
 * subject of a verb of saying and no organisation named before holds those words, they are the body's name, as news
 * keys give it ("environment select committee"), and a later "the committee" stands for it. The noun alone ("the
 * committee said") names no body: one common word is no name; but a noun of `speakingBodiesAlone` alone names the one
 * body a reader takes it for when it speaks a quotation (`speaks-a-quote.ts`): "But the government said it would
 * “protect jobs”", with no government named before, is "government"; "the government announced £250 million" is no one.
 */
import type { RoleCandidate } from './role-candidate.ts';
import { SPEAKING_BODIES, SPEAKING_BODIES_ALONE } from './load-lexicons.ts';

/**
 * The name of the body an unresolved organisation back reference speaks for, or undefined: only for a listed noun, out
 * of quotations, with no owner before it ("Day's committee" points to a named body).
 *
 * @param role The organisation role candidate that no organisation named before resolves.
 * @param speaks Whether the candidate is the subject of a verb of saying ("…, the transport committee said").
 * @param speaksQuote Whether, so, it speaks a quotation (`speaksAQuote`): only then does a noun alone name its body.
 * @returns The body's name, the candidate's words without "the".
 * @example
 * speakingBodyName({ surface: 'the environment select committee', head: 'committee', organization: true, … }, true)
 * // => 'environment select committee'
 * speakingBodyName({ surface: 'the government', head: 'government', organization: true, … }, true, true) // => 'government'
 * speakingBodyName({ surface: 'the government', head: 'government', organization: true, … }, true, false) // => undefined
 * speakingBodyName({ surface: 'the committee', head: 'committee', organization: true, … }, true, true) // => undefined
 */
export function speakingBodyName(role: RoleCandidate, speaks: boolean, speaksQuote = false): string | undefined {
  if (!speaks || !role.organization || role.inQuote || role.owner !== undefined) return undefined;
  // "the prime minister's office said": an office owned by a post is named by those words (`post-office.ts`).
  if (role.postOffice) return role.surface.replace(/^the\s+/i, '');
  if (!SPEAKING_BODIES.has(role.head)) return undefined;
  // "the committee" alone: one common word names no body a reader could tell from any other; "the government" does,
  // but only where it speaks a quotation, so that an act it reports makes no actor.
  if (!role.modifiers?.length && !(speaksQuote && SPEAKING_BODIES_ALONE.has(role.head))) return undefined;
  return role.surface.replace(/^the\s+/i, '');
}
