/**
 * Sieve: a quote left open at the end of its line, closed on a later line (no mark between)
 * whose cue follows the closing mark — text kept one sentence per line:
 * "“Some countries have tried fixed rates." ⏎ "I do not wish to make any judgements,” he said."
 */
import { findCueAfterMark } from '../02-find-cues.ts';
import { resolveSubject } from '../resolve-subject.ts';
import { findClosingMark, type Sieve } from './sieve.ts';

/**
 * @example
 * // "“Some countries have tried fixed rates. ⏎ I do not wish to judge,” he said." → he
 */
export const quoteClosedOnNextLine: Sieve = {
  rule: 'quote-closed-on-next-line',
  attribute(context, i) {
    const mark = findClosingMark(context, context.quotes[i]!);
    if (!mark || mark.k === 0) return undefined;
    const found = findCueAfterMark(context.paragraphs, context.index, mark.position, mark.k);
    const resolved = found ? resolveSubject(context, found.subject) : undefined;
    return resolved ? { ...resolved, cue: 'continuation', ...(found!.verb ? { verb: found!.verb } : {}) } : undefined;
  },
};
