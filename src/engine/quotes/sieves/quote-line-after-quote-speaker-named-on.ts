/**
 * Sieve: a paragraph that opens on a quote, right after a paragraph whose last sentence holds a quote by someone, is
 * that speaker's even when the narrative after it names others, as long as the sentence right after the quote names
 * that speaker again — the text goes on with the same person ("“…,” he said. ⏎ “If not, others will take their place.”
 * In a year that saw Ian Dale emerge, Connolly dismissed the talk."). `quote-line-after-quote` withholds on any other
 * name after the quote ("“…” The remark came from NAME."); here the speaker named on beside them settles it.
 */
import type { SieveContext } from './sieve.ts';
import { inheritSpeaker, isCuedWhereItCloses, quoteLineFollowed, turnsToSomeoneElse, type Sieve } from './sieve.ts';

/**
 * True when the sentence right after quote `q`, in its own paragraph, names `speaker` outside quotation marks, not as
 * a possessor ("Connolly's coach …" is about someone else).
 *
 * @param context The article.
 * @param q The quote, ending its sentence.
 * @param speaker The speaker that would be carried to it.
 * @example
 * namesSpeakerInNextSentence(context, quoteOf('“…” In a year that saw Ian Dale emerge, Connolly dismissed it.'), 'connolly') // => true
 */
export function namesSpeakerInNextSentence(context: SieveContext, q: { position: number; sentence: number }, speaker: string): boolean {
  const paragraph = context.paragraphs[q.position]!;
  const from = paragraph.sentenceStarts[q.sentence + 1];
  if (from === undefined) return false;
  const to = paragraph.sentenceStarts[q.sentence + 2] ?? paragraph.tokens.length;
  return context.index[q.position]!.list.some(
    (m) => m.first >= from && m.last < to && !m.inQuote && m.actor === speaker && paragraph.tokens[m.last + 1]?.lower !== "'s",
  );
}

/**
 * @example
 * // "“We will win,” he said. ⏎ “Nobody can stop us.” Asked about Tom Roe, Jane Doe smiled." → jane-doe
 */
export const quoteLineAfterQuoteSpeakerNamedOn: Sieve = {
  rule: 'quote-line-after-quote-speaker-named-on',
  attribute(context, i) {
    const q = context.quotes[i]!;
    const previous = quoteLineFollowed(context, i);
    if (!previous) return undefined;
    if (!namesSpeakerInNextSentence(context, q, previous.speaker)) return undefined;
    if (isCuedWhereItCloses(context, q)) return undefined;
    if (turnsToSomeoneElse(context, previous, previous.speaker)) return undefined;
    return inheritSpeaker(previous, 'floating');
  },
};
