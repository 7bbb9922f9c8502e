/**
 * Sieve: a paragraph that ends inside an open quote is continued by the quote opening the next
 * paragraph (the news convention of repeating the opening mark and not closing the paragraph).
 */
import { inheritSpeaker, type Sieve } from './sieve.ts';

/**
 * @example
 * // "Jane Doe said: “We will win. ⏎ “And we will win again.”" → the second paragraph gets jane-doe
 */
export const quoteReopened: Sieve = {
  rule: 'quote-reopened',
  attribute({ quotes, paragraphs }, i) {
    const q = quotes[i]!;
    const previous = quotes[i - 1];
    if (!previous || previous.speaker === null || !q.startsSentence || q.sentence !== 0 || previous.position !== q.position - 1) return undefined;
    const previousParagraph = paragraphs[previous.position]!;
    const previousSpan = previousParagraph.quotes[previous.quote]!;
    if (previousSpan.closed || previousSpan.close !== previousParagraph.text.length) return undefined;
    return inheritSpeaker(previous, 'continuation');
  },
};
