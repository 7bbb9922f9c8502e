/**
 * The gender the text gives someone unnamed brought in by "One of …" opening a sentence ("One of them was asked to stop
 * by his company"): a "his" or "her" later in that sentence, when the sentence names no person who could own it.
 */
import type { TokenizedParagraph } from '../../actors/index.ts';
import type { MentionIndex } from '../cue-types.ts';
import type { Gender } from '../find-genders.ts';

/** Possessive pronouns and the gender each gives its owner. */
const POSSESSIVES: ReadonlyMap<string, Gender> = new Map([
  ['his', 'male'],
  ['her', 'female'],
]);

/**
 * The gender of the person "One of …" at `one` brings in, from the possessive pronouns of the rest of its sentence
 * outside quotes: "One of them was asked to stop by his company" is a man, so a later "she" is not that one. Unknown
 * when the sentence has no such pronoun, has both, or names a person (or an unnamed source) who could own it instead
 * ("One of the fans met Ann Roe at her hotel").
 *
 * @param paragraph The paragraph of "One".
 * @param mentions Its mentions.
 * @param one The token of "One".
 * @returns 'male', 'female' or 'unknown'.
 * @example
 * // One of them was asked to stop blogging by his company.
 * genderOfOneOf(paragraph, mentions, 0) // => 'male'
 * // One of the fans met Ann Roe at her hotel.
 * genderOfOneOf(paragraph, mentions, 0) // => 'unknown'
 */
export function genderOfOneOf(paragraph: TokenizedParagraph, mentions: MentionIndex, one: number): Gender {
  const { tokens } = paragraph;
  const sentence = tokens[one]?.sentence;
  if (sentence === undefined) return 'unknown';
  if (mentions.list.some((m) => !m.inQuote && m.first > one && tokens[m.first]!.sentence === sentence && (m.kind === 'person' || m.kind === 'anonymous'))) return 'unknown';
  const found = new Set<Gender>();
  for (let k = one + 1; k < tokens.length && tokens[k]!.sentence === sentence; k++) {
    const t = tokens[k]!;
    const gender = t.word && t.quote < 0 ? POSSESSIVES.get(t.lower) : undefined;
    if (gender) found.add(gender);
  }
  return found.size === 1 ? [...found][0]! : 'unknown';
}
