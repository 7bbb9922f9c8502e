/**
 * ", said NAME." ending a sentence: after a comma, a verb of saying with a name right after it and nothing but the
 * sentence's end (or a comma) past that name is an inverted teller; a name before the comma ("… was Jewish, said
 * Mr Blair.") is no subject of that verb.
 */
import type { Subject } from '../cue-types.ts';
import type { Context } from './cue-context.ts';
import { subjectAfter } from './subject-after-verb.ts';

/**
 * The teller named right after a verb of saying at token `k` that follows a comma, when that name ends the sentence or
 * its clause (a full stop or a comma after it); else undefined.
 *
 * @param context The paragraph and sentence of the quote.
 * @param k The verb of saying.
 * @param to The last token to read.
 * @returns The named teller, or undefined.
 * @example
 * // He “should have quit” when the paper was Courier-owned, said Ann Roe.
 * tellerAfterComma(context, 12, 16) // => { type: 'mention', mention: ‹Ann Roe› }
 */
export function tellerAfterComma(context: Context, k: number, to: number): Subject | undefined {
  const { tokens } = context.paragraph;
  if (tokens[k - 1]?.text !== ',') return undefined;
  const teller = subjectAfter(context, k + 1, to);
  if (teller.type !== 'mention' || teller.mention.inQuote) return undefined;
  const next = tokens[teller.mention.last + 1]?.text;
  return next === '.' || next === ',' ? teller : undefined;
}
