/**
 * Sieve: a quote left open at the end of its line, followed by a line that opens with a quote
 * whose own cue names the speaker — the news convention of not closing a quote that the next
 * paragraph continues: "“What we are trying to do is have outside-in thinking." ⏎ "“We are
 * creating a future cultural drive,” said Mr Stone."
 */
import type { Sieve } from './sieve.ts';

/**
 * @example
 * // "“We will win. ⏎ “Nobody can stop us,” said Jane Doe." → the first quote gets jane-doe
 */
export const quoteLeftOpenBeforeQuote: Sieve = {
  rule: 'quote-left-open-before-quote',
  attribute({ quotes, paragraphs }, i) {
    const q = quotes[i]!;
    const next = quotes[i + 1];
    if (!next || next.speaker === null || !next.rule || next.position !== q.position + 1 || next.quote !== 0 || !next.startsSentence || next.sentence !== 0) return undefined;
    const paragraph = paragraphs[q.position]!;
    const span = paragraph.quotes[q.quote]!;
    if (span.closed || span.close !== paragraph.text.length || !q.startsSentence) return undefined;
    return { speaker: next.speaker, resolution: 'previous-quote-speaker', cue: 'continuation', ...(next.verb ? { verb: next.verb } : {}) };
  },
};
