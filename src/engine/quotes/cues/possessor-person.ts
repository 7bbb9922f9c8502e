/**
 * "said Sky Networks' Sophie Turner Laing", "said Labour's John Prescott": a body's possessive right before a
 * person's name says where the person works; the person speaks, not the body.
 */
import type { Mention, Token } from '../../actors/index.ts';
import type { Context } from './cue-context.ts';
import { personEndingClauseAt } from './token-tests.ts';

/**
 * The possessive mark right after `m` ("'s", or a bare apostrophe after a plural "Networks'"); its token index.
 *
 * @example
 * // Sky Networks' Sophie Turner Laing
 * possessiveMarkAfter(tokens, skyNetworks) // => 2
 */
export function possessiveMarkAfter(tokens: readonly Token[], m: Mention): number | undefined {
  const next = tokens[m.last + 1];
  if (!next) return undefined;
  if (next.lower === "'s" || next.lower === '’s') return m.last + 1;
  const plural = (next.text === "'" || next.text === '’') && tokens[m.last]!.lower.endsWith('s');
  return plural ? m.last + 1 : undefined;
}

/**
 * The person named right after the possessive of `m` ("Labour's John Prescott"), when the name ends the clause
 * (a comma, full stop, colon, quotation mark or the end of the cue after it): the person is the speaker the
 * cue names. A role between the possessive and the name ("Labour's leader NAME") is found elsewhere.
 *
 * @param context The cue's sentence.
 * @param m The mention before the possessive.
 * @param to The last token of the cue.
 * @example
 * // “We are honoured,” said Sky Networks' Sophie Turner Laing.
 * personAfterPossessor(context, skyNetworks, 9) // => the mention of Sophie Turner Laing
 */
export function personAfterPossessor(context: Context, m: Mention, to: number): Mention | undefined {
  const mark = possessiveMarkAfter(context.paragraph.tokens, m);
  return mark === undefined ? undefined : personEndingClauseAt(context, mark + 1, to);
}
