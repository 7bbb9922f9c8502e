/**
 * Sieve: a sentence or paragraph that is only a quote, right after a sentence of reported speech
 * (no quotation in it), belongs to that sentence's speaker — "Strong winds made the crossing hard,
 * Zapata said, adding it took endurance. “It burns — it's quite hard.”", or the same across a line break.
 */
import { findReportedSpeech } from '../02-find-cues.ts';
import { resolveSubject } from '../resolve-subject.ts';
import { isCuedWhereItCloses, isOnlyQuotesLine, type Sieve } from './sieve.ts';

/**
 * @example
 * // "Ms Hewitt said the plan was fair. ⏎ “We have made a firm commitment.”" → hewitt
 */
export const quoteAfterReportedSpeech: Sieve = {
  rule: 'quote-after-reported-speech',
  attribute(context, i) {
    const { quotes, paragraphs } = context;
    const q = quotes[i]!;
    if (!q.startsSentence || !q.endsSentence || isCuedWhereItCloses(context, q)) return undefined;
    let position = q.position;
    let sentence = q.sentence - 1;
    if (q.sentence === 0) {
      if (!isOnlyQuotesLine(context, q) || q.position === 0) return undefined;
      position = q.position - 1;
      sentence = paragraphs[position]!.sentenceStarts.length - 1;
    } else if (quotes[i - 1]?.position === q.position && quotes[i - 1]!.sentence === sentence) return undefined;
    const found = findReportedSpeech(paragraphs, context.index, position, sentence);
    if (!found) return undefined;
    const resolved = resolveSubject(context, found.subject);
    return resolved ? { ...resolved, cue: 'floating', verb: found.verb } : undefined;
  },
};
