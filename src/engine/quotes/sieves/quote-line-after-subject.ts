/**
 * Sieve: a paragraph that is only a quote, after a paragraph without quotations whose last
 * sentence is about one person (its subject, active voice), is that person's —
 * "But Greene believes he lost the race in the semi-finals." ⏎ "“I was conserving energy.”"
 */
import { findPersonSubject } from '../02-find-cues.ts';
import { resolveSubject } from '../resolve-subject.ts';
import { holdsSpokenQuote } from '../drop-set-off-phrases.ts';
import { isHeadingLine } from './quote-line-after-heading.ts';
import { isOnlyQuotesLine, isPointedBackAt, type Sieve } from './sieve.ts';

/**
 * @example
 * // "Mr Negroponte wants the laptops to sell widely. ⏎ “Nokia make 200 million phones a year.”" → negroponte
 */
export const quoteLineAfterSubject: Sieve = {
  rule: 'quote-line-after-subject',
  attribute(context, i) {
    const { quotes, paragraphs } = context;
    const q = quotes[i]!;
    if (!q.startsSentence || !q.endsSentence || q.sentence !== 0 || q.position === 0 || !isOnlyQuotesLine(context, q) || isPointedBackAt(context, q)) return undefined;
    const previous = paragraphs[q.position - 1]!;
    // A heading line is no sentence with a subject: quote-line-after-heading decides, or nobody.
    if (holdsSpokenQuote(previous) || isHeadingLine(previous)) return undefined;
    const subject = findPersonSubject(paragraphs, context.index, q.position - 1, previous.sentenceStarts.length - 1);
    const resolved = resolveSubject(context, subject);
    return resolved ? { ...resolved, cue: 'floating' } : undefined;
  },
};
