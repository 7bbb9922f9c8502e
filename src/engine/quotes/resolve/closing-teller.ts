/**
 * A teller that closes its sentence ("…, Greer said.", "…, said Ann Roe."): the sentence is that person's report, so an
 * epithet in the next sentence ("The feminist writer said …") continues the teller, not the people the report names.
 */
import type { Mention, TokenizedParagraph } from '../../actors/index.ts';
import { SPEECH_VERBS } from '../../actors/load-lexicons.ts';

/** A word of saying in a finite form, outside quotes and lower case ("said", "says"; not "dubbing"). */
function isFiniteSpeechVerb(paragraph: TokenizedParagraph, k: number): boolean {
  const t = paragraph.tokens[k];
  return t !== undefined && t.word && !t.cap && t.quote < 0 && SPEECH_VERBS.has(t.lower) && !/ing$/.test(t.lower);
}

/** True when token `k` is the full stop that ends the sentence of the token before it. */
function isSentenceEnd(paragraph: TokenizedParagraph, k: number): boolean {
  const t = paragraph.tokens[k];
  return t !== undefined && t.quote < 0 && (t.text === '.' || t.text === '!');
}

/**
 * True when the teller's name and its finite verb of saying end the sentence: "…, NAME said." or "…, said NAME.".
 *
 * @example
 * // Tom Vale had been told to leave, Ann Roe said.
 * tellerClosesSentence(paragraph, annRoe) // => true
 * // Mr Roe attacked the plan, dubbing Mr Vale "Sir Spend".
 * tellerClosesSentence(paragraph, mrVale) // => false
 */
export function tellerClosesSentence(paragraph: TokenizedParagraph, teller: Mention): boolean {
  if (isFiniteSpeechVerb(paragraph, teller.last + 1) && isSentenceEnd(paragraph, teller.last + 2)) return true;
  return isFiniteSpeechVerb(paragraph, teller.first - 1) && isSentenceEnd(paragraph, teller.last + 1);
}
