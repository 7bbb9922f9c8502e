/**
 * Quotations of an article, as a pipeline:
 *
 *   findQuoteSpans (per paragraph, before tokenising) → indexMentions → findCues → attributeSpeakers → (drop quoted names, titles and set-off phrases) → toQuotes
 *
 * attributeSpeakers runs the two stages of attribution: quote → mention (the cue rules of findCues,
 * then the sieves of ./sieves/ in order) and mention → actor (resolve-subject.ts).
 */
import type { Quote } from '../schema.ts';
import type { Mention, TokenizedParagraph } from '../actors/index.ts';
import { attributeSpeakers } from './03-attribute-speakers.ts';
import { findCues, indexMentions } from './02-find-cues.ts';
import { isQuotedName } from './drop-quoted-names.ts';
import { isQuotedTitle } from './drop-quoted-titles.ts';
import { isSetOffPhrase } from './drop-set-off-phrases.ts';
import { isSingleMarked, quotesInDoubleMarks } from './drop-single-marked-mentions.ts';
import { fillFromRunTogetherLines } from './split-run-together-lines.ts';

export { findQuoteSpans, type QuoteSpan } from './01-find-quote-spans.ts';

/**
 * Finds the speaker of every quotation of an article; marks around nothing but the name of an organisation the
 * article names elsewhere too are no quotation (see drop-quoted-names.ts), nor are marks around a title or a glossed
 * name (see drop-quoted-titles.ts), nor a span in single marks in an article that quotes in double ones
 * (see drop-single-marked-mentions.ts).
 *
 * @param paragraphs The tokenised paragraphs (their `quotes` from `findQuoteSpans`).
 * @param mentions The actors' mentions (from `findActors`).
 * @param title The article's title, when known (a role it gives before any name: sieve quote-cued-by-role-of-lead-person).
 * @returns The quotes in text order, offsets into their paragraph's text.
 * @example
 * findQuotes(paragraphs, mentions)[0]
 * // => { text: 'We will win,', speaker: 'jane-doe', cue: 'said-after', verb: 'said', partial: false, span: { paragraph: 0, start: 1, end: 13 } }
 */
export function findQuotes(articleParagraphs: readonly TokenizedParagraph[], articleMentions: readonly Mention[], title?: string): Quote[] {
  const paragraphs = articleParagraphs;
  const mentions = articleMentions;
  const index = indexMentions(paragraphs, mentions);
  const attributed = fillFromRunTogetherLines(attributeSpeakers(paragraphs, index, findCues(paragraphs, index), title), paragraphs, mentions);
  const doubleStyle = quotesInDoubleMarks(paragraphs);
  const kept = attributed.filter((q) => {
    const paragraph = paragraphs[q.position]!;
    const span = paragraph.quotes[q.quote]!;
    if (doubleStyle && isSingleMarked(paragraph.text, span)) return false;
    return !isQuotedName(paragraph, q.quote, mentions) && !isQuotedTitle(paragraph.text, span) && !isSetOffPhrase(paragraph.text, span, q.speaker === null);
  });
  return kept.map((q) => {
    const paragraph = paragraphs[q.position]!;
    const span = paragraph.quotes[q.quote]!;
    return {
      text: paragraph.text.slice(span.start, span.end),
      span: { paragraph: paragraph.index, start: span.start, end: span.end },
      speaker: q.speaker,
      cue: q.cue,
      ...(q.verb ? { verb: q.verb } : {}),
      partial: q.partial,
      ...(q.speaker !== null && q.rule ? { rule: q.rule } : {}),
      ...(q.speaker !== null && q.resolution ? { resolution: q.resolution } : {}),
    };
  });
}
