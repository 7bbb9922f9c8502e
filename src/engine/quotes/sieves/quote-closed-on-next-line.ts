/**
 * Sieve: a quote left open at the end of its line, closed on a later line (no mark between)
 * whose cue follows the closing mark — text kept one sentence per line:
 * "“Some countries have tried fixed rates." ⏎ "I do not wish to make any judgements,” he said."
 */
import { findCueAfterMark } from '../02-find-cues.ts';
import { resolveSubject } from '../resolve-subject.ts';
import type { Sieve } from './sieve.ts';

/** How many lines a quote may run on before its closing mark is looked for no further. */
const MAX_LINES = 4;
const CLOSING_MARKS = new Set(['”', '"', '’', '»']);

/**
 * @example
 * // "“Some countries have tried fixed rates. ⏎ I do not wish to judge,” he said." → he
 */
export const quoteClosedOnNextLine: Sieve = {
  rule: 'quote-closed-on-next-line',
  attribute(context, i) {
    const { quotes, paragraphs } = context;
    const q = quotes[i]!;
    const paragraph = paragraphs[q.position]!;
    const span = paragraph.quotes[q.quote]!;
    if (span.closed || span.close !== paragraph.text.length) return undefined;
    for (let position = q.position + 1; position < paragraphs.length && position <= q.position + MAX_LINES; position++) {
      const { tokens } = paragraphs[position]!;
      for (let k = 0; k < tokens.length; k++) {
        const t = tokens[k]!;
        if (t.quote >= 0) return undefined;
        if (t.word || !CLOSING_MARKS.has(t.text)) continue;
        if (k === 0) return undefined;
        const found = findCueAfterMark(paragraphs, context.index, position, k);
        const resolved = found ? resolveSubject(context, found.subject) : undefined;
        return resolved ? { ...resolved, cue: 'continuation', ...(found!.verb ? { verb: found!.verb } : {}) } : undefined;
      }
    }
    return undefined;
  },
};
