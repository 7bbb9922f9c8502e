/**
 * People named in the appositive of a sentence's closing teller ("…, observed Tom Reed, adviser to the bank's
 * chairman, Ian Dale."): they describe the teller, and are no rival for a pronoun that continues the teller.
 */
import type { Mention, TokenizedParagraph } from '../../actors/index.ts';

/** Lower-case words after the teller's comma that open no appositive but another clause or a second name. */
const NOT_APPOSITIVE: ReadonlySet<string> = new Set(['and', 'or', 'but', 'who', 'whom', 'whose', 'which', 'while', 'whereas', 'although', 'though', 'as', 'adding', 'saying', 'he', 'she', 'it', 'they']);

/**
 * True when `m` is named after the teller, in the same sentence, and the teller's name is followed by a comma and a
 * lower-case word that opens an appositive about the teller ("adviser to …", "the head of …").
 *
 * @param paragraph The paragraph of the sentence.
 * @param teller The mention of the person the sentence's closing speech verb names.
 * @param m Another mention of that sentence.
 * @example
 * // Losses are real, observed Tom Reed, adviser to the bank's chairman, Ian Dale.
 * inTellerAppositive(paragraph, tomReed, ianDale) // => true
 * // Losses are real, observed Tom Reed, and Ian Dale agreed.
 * inTellerAppositive(paragraph, tomReed, ianDale) // => false
 */
export function inTellerAppositive(paragraph: TokenizedParagraph, teller: Mention, m: Mention): boolean {
  const { tokens } = paragraph;
  const comma = tokens[teller.last + 1];
  const opening = tokens[teller.last + 2];
  if (m.first <= teller.last || comma?.text !== ',' || comma.quote >= 0 || !opening?.word || opening.cap || opening.quote >= 0) return false;
  if (NOT_APPOSITIVE.has(opening.lower)) return false;
  return tokens[m.first]!.sentence === comma.sentence;
}
