import { findActors, tokenizeParagraphs } from '../../src/engine/actors/index.ts';
import { findQuoteSpans, findQuotes } from '../../src/engine/quotes/index.ts';

/** One quote as the attribution tests read it: its text, its speaker's name, and how the speaker was chosen. */
export interface QuoteOfLines {
  text: string;
  speaker: string | null;
  rule?: string;
  resolution?: string;
}

/**
 * Runs the actor and quote stages on lines of text (one paragraph each) and returns every quote with its speaker's
 * display name, the way the attribution tests compare them.
 *
 * @example
 * quotesOfLines('“We will appeal,” said Martin Okoye.')
 * // => [{ text: 'We will appeal,', speaker: 'Martin Okoye', rule: 'said-name-after-quote', resolution: 'full-name' }]
 */
export function quotesOfLines(article: string): QuoteOfLines[] {
  const texts = article.split('\n').map((t) => t.trim()).filter(Boolean);
  const paragraphs = tokenizeParagraphs(
    texts.map((text, index) => ({ index, text })),
    texts.map((text) => findQuoteSpans(text)),
  );
  const { actors, mentions } = findActors(paragraphs);
  const names = new Map(actors.map((a) => [a.id, a.name]));
  return findQuotes(paragraphs, mentions).map((q) => ({
    text: q.text,
    speaker: q.speaker === null ? null : (names.get(q.speaker) ?? null),
    ...(q.rule ? { rule: q.rule } : {}),
    ...(q.resolution ? { resolution: q.resolution } : {}),
  }));
}
