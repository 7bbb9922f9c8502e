/**
 * A quote closed by a comma and followed only by a person's name and the full stop, its verb of saying left out:
 * "“The outlook is poor,” Mr Bootle." A name that ends the sentence right after a quote's comma, with no verb and no
 * other word, can only be the teller of the quote (issue 13, round 32).
 */
import { HONORIFICS, TITLE_HEAD_WORDS } from '../../actors/load-lexicons.ts';
import type { CueSite, Found } from './cue-context.ts';

/**
 * The person named alone after a quote that opens its sentence and ends with a comma: up to three title words, the
 * person's mention, then the sentence's full stop and nothing else. Undefined when any other word comes after the
 * quote, when the name is not a person's, or when the quote does not end with a comma.
 *
 * @param site What the cue rules read about the quotation.
 * @example
 * // “The outlook is poor,” Mr Bootle.
 * findBareNameAfterQuote(site) // => { subject: { type: 'mention', mention: ‹Bootle› }, kind: 'said-after' }
 * // “The outlook is poor,” Mr Bootle and his team.
 * findBareNameAfterQuote(site) // => undefined
 */
export function findBareNameAfterQuote(site: CueSite): Found | undefined {
  const { context, closeToken } = site;
  const { tokens } = context.paragraph;
  const commaInside = /,$/.test(site.text);
  const commaAfter = tokens[closeToken + 1]?.text === ',';
  if (!site.opensSentence || !(commaInside || commaAfter)) return undefined;
  let k = closeToken + (commaAfter ? 2 : 1);
  const first = k;
  while (k < first + 3 && tokens[k]?.word && tokens[k]!.cap && !context.mentions.startAt.has(k) && (TITLE_HEAD_WORDS.has(tokens[k]!.lower) || HONORIFICS.has(tokens[k]!.lower))) k++;
  const mention = context.mentions.startAt.get(k);
  if (!mention || mention.kind !== 'person' || mention.inQuote) return undefined;
  const stop = tokens[mention.last + 1];
  if (stop?.text !== '.' || mention.last + 1 !== context.sentenceEnd) return undefined;
  return { subject: { type: 'mention', mention }, kind: 'said-after' };
}
