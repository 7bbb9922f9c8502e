/**
 * Sieve: a paragraph that is only a quote, right after a paragraph whose last sentence holds a
 * quote by someone, is that speaker's — "Ms Hewitt said: “…”" ⏎ "“We have made a firm commitment.”";
 * not when the rest of its own line names someone else.
 */
import { inheritSpeaker, isCuedWhereItCloses, namesSomeoneElseAfter, quoteLineFollowed, turnsToSomeoneElse, type Sieve } from './sieve.ts';

/**
 * @example
 * // "“We will win,” said Jane Doe. ⏎ “Nobody can stop us.”" → the second paragraph gets jane-doe
 */
export const quoteLineAfterQuote: Sieve = {
  rule: 'quote-line-after-quote',
  attribute(context, i) {
    const q = context.quotes[i]!;
    const previous = quoteLineFollowed(context, i);
    if (!previous) return undefined;
    // "“…” The remark came from NAME.": a name after the quote in its own line may be its speaker.
    if (namesSomeoneElseAfter(context, q, previous.speaker)) return undefined;
    // "“He had a good life. ⏎ He wrote every day,” said his wife.": the cue where the quote closes decides.
    if (isCuedWhereItCloses(context, q)) return undefined;
    // "“We will win,” Mr Pell said, but his lawyer Ian Rowe disagreed." ⏎ "“It is hopeless.”": the lawyer may answer.
    if (turnsToSomeoneElse(context, previous, previous.speaker)) return undefined;
    return inheritSpeaker(previous, 'floating');
  },
};
