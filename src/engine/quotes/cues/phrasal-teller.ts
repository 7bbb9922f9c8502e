/**
 * A phrasal verb of saying that closes a sentence of reported speech as its teller: "Its engineers work with the
 * ministry, Mr Hadi points out." The verb and its particle (`closingTeller` in `after-quote-verbs.json`) end the
 * sentence, and a comma comes before their subject; the subject is then read as the teller of a verb of saying.
 */
import { HONORIFICS, TITLE_HEAD_WORDS, type SpeechVerb } from '../../actors/load-lexicons.ts';
import type { Token } from '../../actors/index.ts';
import afterQuoteVerbsJson from '../../lexicons/after-quote-verbs.json' with { type: 'json' };

const CLOSING_TELLERS: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(afterQuoteVerbsJson.closingTeller));

/**
 * The verb of saying a phrasal teller stands for when the token at `k` and its particle end the sentence at
 * `sentenceEnd` (the index of its closing mark); undefined otherwise ("He points out the flaws." goes on after the
 * particle).
 *
 * @param tokens The paragraph's tokens.
 * @param k The verb's token.
 * @param sentenceEnd The token that ends the sentence.
 * @example
 * // "…, Mr Hadi points out."
 * closingPhrasalTeller(tokens, 9, 11) // => { lemma: 'points out', listener: false }
 */
export function closingPhrasalTeller(tokens: readonly Token[], k: number, sentenceEnd: number): SpeechVerb | undefined {
  const particles = CLOSING_TELLERS.get(tokens[k]!.lower);
  const particle = tokens[k + 1];
  if (!particles || !particle || !particles.includes(particle.lower) || k + 2 !== sentenceEnd || tokens[sentenceEnd]!.text !== '.') return undefined;
  return { lemma: `${tokens[k]!.lower} ${particle.lower}`, listener: false };
}

/**
 * True when a comma stands right before the teller, its honorific or titles: "…, Mr Hadi points out." (not "Mr Hadi
 * points out.", which reports nothing before it).
 *
 * @param tokens The paragraph's tokens.
 * @param tellerAt The first token of the teller.
 * @example
 * // "…, Mr Hadi points out."
 * isAfterComma(tokens, 7) // => true
 */
export function isAfterComma(tokens: readonly Token[], tellerAt: number): boolean {
  let k = tellerAt - 1;
  while (k >= 0 && tokens[k]!.word && tokens[k]!.cap && (HONORIFICS.has(tokens[k]!.lower) || TITLE_HEAD_WORDS.has(tokens[k]!.lower))) k--;
  return tokens[k]?.text === ',';
}
