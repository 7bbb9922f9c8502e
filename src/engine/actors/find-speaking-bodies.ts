/**
 * Bodies named by a common noun that speak as one: "The army said", "The team wrote", "the researchers write",
 * "Mr Whitfield's family said". News keys name them by the noun ("army") or by the owner and the noun
 * ("Whitfield family"), and no name stage finds them.
 */
import type { TokenizedParagraph } from './01-tokenize-text.ts';
import type { CandidateKind, NameCandidate } from './03-classify-name-runs.ts';
import { followsQuotedSpeech, isSubjectOfSpeech } from './speech-verb-forms.ts';
import unnamedJson from '../lexicons/unnamed-speakers.json' with { type: 'json' };

const BODY_KINDS: ReadonlyMap<string, CandidateKind> = new Map([
  ...unnamedJson.bodies.organization.map((noun): [string, CandidateKind] => [noun, 'organization']),
  ...unnamedJson.bodies.group.map((noun): [string, CandidateKind] => [noun, 'group']),
]);

/**
 * Adds the speaking bodies of one paragraph to its names: "the" and a body noun, or a name, "'s" and a body noun,
 * as the subject right before a speech verb ("The army said", "Mr Lee's family said"), or right after a verb of
 * saying that follows a quotation or a comma ("…," said the family). The phrase must open its clause: "members of
 * the team said" is said by the members. The owner stays an actor of its own.
 *
 * @param paragraph The tokenised paragraph.
 * @param names The paragraph's name candidates.
 * @returns The candidates with the bodies, in text order: one token, the noun, named "army" or "Whitfield family".
 * @example
 * const p = tokenizeText(0, 'The army said the crew were all Iranian.', []);
 * findSpeakingBodies(p, []).map((c) => [c.surface, c.kind]) // => [['army', 'organization']]
 */
export function findSpeakingBodies(paragraph: TokenizedParagraph, names: NameCandidate[]): NameCandidate[] {
  const { tokens } = paragraph;
  const starts = new Set(paragraph.sentenceStarts);
  const bodies: NameCandidate[] = [];
  for (let k = 1; k < tokens.length; k++) {
    const noun = tokens[k]!;
    const kind = noun.word && !noun.cap && noun.quote < 0 ? BODY_KINDS.get(noun.lower) : undefined;
    if (!kind || names.some((n) => n.first <= k && n.last >= k)) continue;
    const owner = tokens[k - 1]!.lower === "'s" ? names.find((n) => n.last === k - 2 && n.kind !== 'place') : undefined;
    if (!owner && tokens[k - 1]!.lower !== 'the') continue;
    let opening = owner ? owner.first : k - 1;
    // "Mr Whitfield's family", "Senator Hale's campaign": an honorific or title opens the phrase.
    while (owner && opening > 0 && tokens[opening - 1]!.word && tokens[opening - 1]!.cap) opening--;
    if (!isSubjectOfSpeech(tokens, k, opening, starts, noun.lower.endsWith('s')) && !followsQuotedSpeech(tokens, opening)) continue;
    bodies.push({
      paragraph: paragraph.index, first: k, last: k, kind: owner ? 'group' : kind, surface: noun.text,
      ...(owner ? { canonical: `${tokens[owner.last]!.text} ${noun.text}` } : {}),
      titled: false, roles: [], inQuote: false, sentenceInitial: starts.has(k - 1),
    });
  }
  return bodies.length === 0 ? names : [...names, ...bodies].sort((a, b) => a.first - b.first);
}
