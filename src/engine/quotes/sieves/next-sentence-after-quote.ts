/**
 * Sieve: a sentence that is only a quote, right after a quote of the same paragraph, continues it —
 * "“Nothing should be ruled out,” he said. “We will do anything…”"; not after a "but"/"while" that
 * turns to someone else.
 */
import { inheritSpeaker, turnsToSomeoneElse, type Sieve } from './sieve.ts';

/**
 * @example
 * // "“No,” Jane Doe said. “Never.”" → “Never.” gets jane-doe
 */
export const nextSentenceAfterQuote: Sieve = {
  rule: 'next-sentence-after-quote',
  attribute(context, i) {
    const { quotes } = context;
    const q = quotes[i]!;
    const previous = quotes[i - 1];
    if (!previous || previous.speaker === null || !q.startsSentence || !q.endsSentence) return undefined;
    if (previous.position !== q.position || q.sentence !== previous.sentence + 1) return undefined;
    // "“We will win,” NAME said, but his lawyer NAME2 disagreed. “It is hopeless.”": either may speak.
    if (turnsToSomeoneElse(context, previous, previous.speaker, q.openToken)) return undefined;
    return inheritSpeaker(previous, 'continuation');
  },
};
