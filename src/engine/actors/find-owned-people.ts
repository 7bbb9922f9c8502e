/**
 * Unnamed people a reporter names only through the named person they act for: "Mr Lee's lawyer said". News keys name
 * them by the whole phrase ("Mr Lee's lawyer"); no name stage finds them, and the unnamed-people stage needs "a"/"one"
 * before the noun.
 */
import type { TokenizedParagraph } from './01-tokenize-text.ts';
import type { NameCandidate } from './03-classify-name-runs.ts';
import type { AnonymousCandidate } from './04-find-anonymous-sources.ts';
import { isSubjectOfSpeech } from './speech-verb-forms.ts';
import unnamedJson from '../lexicons/unnamed-speakers.json' with { type: 'json' };
import { foldText } from '../text/fold-text.ts';

const OWNED_ROLES: ReadonlySet<string> = new Set(unnamedJson.ownedRoles);

/**
 * Finds the people of one paragraph named by a person's name, "'s" and a role held for that person (`ownedRoles`:
 * "lawyer", "agent") as the subject right before a speech verb ("Mr Lee's lawyer said"). After the verb behind a quotation
 * ("…," said Cole's lawyer) the phrase is left to the quote stages, which give those words to nobody. An honorific or title before the owner's name opens
 * the phrase. A name set off after the noun ("Mr Lee's lawyer, Ann Roe, said") keeps the verb from the noun.
 *
 * @param paragraph The tokenised paragraph.
 * @param names The paragraph's name candidates.
 * @param found The paragraph's anonymous sources already found: their tokens are not taken again.
 * @returns The new anonymous speakers, named by the whole phrase ("Mr Lee's lawyer").
 * @example
 * const p = tokenizeText(0, "Mr Lee's lawyer said the ruling was unfair.", []);
 * findOwnedPeople(p, names, []).map((c) => c.surface) // => ["Mr Lee's lawyer"]
 */
export function findOwnedPeople(paragraph: TokenizedParagraph, names: readonly NameCandidate[], found: readonly AnonymousCandidate[]): AnonymousCandidate[] {
  const { tokens } = paragraph;
  const starts = new Set(paragraph.sentenceStarts);
  const out: AnonymousCandidate[] = [];
  for (let k = 2; k < tokens.length; k++) {
    const noun = tokens[k]!;
    if (!noun.word || noun.cap || noun.quote >= 0 || !OWNED_ROLES.has(noun.lower) || tokens[k - 1]!.lower !== "'s") continue;
    const owner = names.find((n) => n.last === k - 2 && (n.kind === 'person' || n.kind === 'surname'));
    if (owner === undefined) continue;
    let opening = owner.first;
    // "Mr Lee's lawyer", "Senator Hale's attorney": an honorific or title opens the phrase.
    while (opening > 0 && tokens[opening - 1]!.word && tokens[opening - 1]!.cap && !starts.has(opening)) opening--;
    if (!isSubjectOfSpeech(tokens, k, opening, starts)) continue;
    if (found.some((c) => c.paragraph === paragraph.index && c.first <= k && c.last >= opening)) continue;
    const surface = paragraph.text.slice(tokens[opening]!.start, noun.end);
    out.push({ paragraph: paragraph.index, first: opening, last: k, surface, key: foldText(surface), backReference: false, head: noun.lower, inQuote: false });
  }
  return out;
}
