/**
 * Sieve: quotes in one sentence share a speaker — "…“no consensus” on X, “nothing…,” Macron added."
 */
import { inheritSpeaker, type Sieve, type AttributedQuote } from './sieve.ts';

/**
 * The speaker of the quote before in the same sentence, else of the quote after it when that one
 * found its speaker by its own cue.
 *
 * @example
 * // "“No” and “never,” Jane Doe said." → “No” gets jane-doe from “never,”
 */
export const sameSentenceAsQuote: Sieve = {
  rule: 'same-sentence-as-quote',
  attribute({ quotes }, i) {
    const q = quotes[i]!;
    const sameSentence = (o: AttributedQuote | undefined): o is AttributedQuote => o !== undefined && o.position === q.position && o.sentence === q.sentence && o.speaker !== null;
    const previous = quotes[i - 1];
    const next = quotes[i + 1];
    if (sameSentence(previous)) return inheritSpeaker(previous, 'continuation');
    if (sameSentence(next) && next.cue !== 'continuation') return inheritSpeaker(next, 'continuation');
    return undefined;
  },
};
