/**
 * Bodies named by a common noun that speak as one: "The army said", "the researchers write",
 * "Mr Whitfield's family said". News keys name them by the noun ("army") or by the owner and the noun
 * ("Whitfield family"), and no name stage finds them.
 */
import type { Token, TokenizedParagraph } from './01-tokenize-text.ts';
import type { CandidateKind, NameCandidate } from './03-classify-name-runs.ts';
import { followsQuotedSpeech, isSubjectOfSpeech } from './speech-verb-forms.ts';
import { DOCUMENT_NOUNS } from './load-lexicons.ts';
import unnamedJson from '../lexicons/unnamed-speakers.json' with { type: 'json' };

const BODY_KINDS: ReadonlyMap<string, CandidateKind> = new Map([
  ...unnamedJson.bodies.organization.map((noun): [string, CandidateKind] => [noun, 'organization']),
  ...unnamedJson.bodies.group.map((noun): [string, CandidateKind] => [noun, 'group']),
]);

/**
 * Adds the speaking bodies of one paragraph to its names: "the" and a body noun, or a name, "'s" and a body noun,
 * as the subject right before a speech verb ("The army said", "Mr Lee's family said"), or right after a verb of
 * saying that follows a quotation or a comma ("…," said the family), or as the owner of a statement ("The family's
 * statement read:"). The phrase must open its clause: "members of the family said" is said by the members. The owner
 * stays an actor of its own.
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
    if (!isSubjectOfSpeech(tokens, k, opening, starts, noun.lower.endsWith('s')) && !followsQuotedSpeech(tokens, opening) && !ownsStatement(tokens, k, opening, starts)) continue;
    bodies.push({
      paragraph: paragraph.index, first: k, last: k, kind: owner ? 'group' : kind, surface: noun.text,
      ...(owner ? { canonical: `${tokens[owner.last]!.text} ${noun.text}` } : {}),
      titled: false, roles: [], inQuote: false, sentenceInitial: starts.has(k - 1),
    });
  }
  return bodies.length === 0 ? names : [...names, ...bodies].sort((a, b) => a.first - b.first);
}

/**
 * "The family's statement read: …", "the army's statement said": the body owns what speaks, at the start of a
 * clause, and the quote stages give the words of a statement to its owner.
 */
function ownsStatement(tokens: readonly Token[], noun: number, opening: number, starts: ReadonlySet<number>): boolean {
  if (tokens[noun + 1]?.lower !== "'s" || !DOCUMENT_NOUNS.has(tokens[noun + 2]?.lower ?? '')) return false;
  const before = tokens[opening - 1];
  return starts.has(opening) || before === undefined || !before.word;
}

/**
 * Names each speaking body the article names nowhere but by its noun after the one owner the article writes
 * before that noun anywhere ("the family said" … "the Imus family" → "Imus family"). With no such owner, or with two
 * ("the Smith family", "the Jones family"), the body keeps its noun.
 *
 * @param paragraphs The article's tokenised paragraphs.
 * @param names Per paragraph, its name candidates with the bodies (changed in place).
 * @example
 * // "The family said: “…”" and later "… the Imus family …" → the body is named "Imus family".
 */
export function nameBodiesByOwner(paragraphs: readonly TokenizedParagraph[], names: readonly NameCandidate[][]): void {
  const owners = new Map<string, Set<string>>();
  for (const { tokens } of paragraphs) {
    for (let k = 1; k < tokens.length; k++) {
      const noun = tokens[k]!;
      const owner = tokens[k - 1]!;
      if (!noun.word || noun.cap || !BODY_KINDS.has(noun.lower) || !owner.word || !owner.cap || !['the', 'a'].includes(tokens[k - 2]?.lower ?? '')) continue;
      if (!owners.has(noun.lower)) owners.set(noun.lower, new Set());
      owners.get(noun.lower)!.add(owner.text);
    }
  }
  for (const [p, list] of names.entries()) {
    for (const c of list) {
      const noun = paragraphs[p]!.tokens[c.first]!;
      const found = c.canonical === undefined && c.first === c.last && !noun.cap ? owners.get(noun.lower) : undefined;
      if (found?.size === 1 && BODY_KINDS.has(noun.lower)) c.canonical = `${[...found][0]} ${noun.text}`;
    }
  }
}
