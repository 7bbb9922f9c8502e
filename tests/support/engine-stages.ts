import type { TokenizedParagraph } from '../../src/engine/actors/01-tokenize-text.ts';
import { findActors, tokenizeParagraphs } from '../../src/engine/actors/index.ts';
import { findQuoteSpans, findQuotes } from '../../src/engine/quotes/index.ts';
import { findUnopenedQuotes } from '../../src/engine/quotes/find-unopened-quotes.ts';
import type { Actor } from '../../src/engine/schema.ts';

/** The paragraphs of a test article written with blank lines between them. */
export const byBlankLines = (article: string): string[] => article.split(/\n\s*\n/).map((t) => t.trim());

/** The paragraphs of a test article written one to a line. */
export const byLines = (article: string): string[] => article.split('\n').map((t) => t.trim()).filter(Boolean);

/**
 * Paragraph texts tokenized as the engine's actor and quote stages read them (quote spans marked).
 *
 * @example
 * tokenizedParagraphs(['Ruth Calder said: “No.”'])[0].index // => 0
 */
export function tokenizedParagraphs(texts: readonly string[]): TokenizedParagraph[] {
  return tokenizeParagraphs(
    texts.map((text, index) => ({ index, text })),
    findUnopenedQuotes(texts, texts.map((text) => findQuoteSpans(text))),
  );
}

/**
 * The actors found in a test article whose paragraphs are separated by blank lines.
 *
 * @example
 * actorsOfParagraphs('Ruth Calder spoke.').map((a) => a.name) // => ['Ruth Calder']
 */
export function actorsOfParagraphs(article: string): Actor[] {
  return findActors(tokenizedParagraphs(byBlankLines(article))).actors;
}

/** One quote as the attribution tests read it: its text, its speaker's name, and how the speaker was chosen. */
export interface QuoteOfLines {
  text: string;
  speaker: string | null;
  rule?: string;
  resolution?: string;
}

/**
 * Runs the actor and quote stages on paragraph texts and returns every quote with its speaker's display name.
 *
 * @example
 * quotesOfTexts(['“We will appeal,” said Martin Okoye.'])
 * // => [{ text: 'We will appeal,', speaker: 'Martin Okoye', rule: 'said-name-after-quote', resolution: 'full-name' }]
 */
export function quotesOfTexts(texts: readonly string[]): QuoteOfLines[] {
  const paragraphs = tokenizedParagraphs(texts);
  const { actors, mentions } = findActors(paragraphs);
  const names = new Map(actors.map((a) => [a.id, a.name]));
  return findQuotes(paragraphs, mentions).map((q) => ({
    text: q.text,
    speaker: q.speaker === null ? null : (names.get(q.speaker) ?? null),
    ...(q.rule ? { rule: q.rule } : {}),
    ...(q.resolution ? { resolution: q.resolution } : {}),
  }));
}

/**
 * Runs the actor and quote stages on a test article written one paragraph to a line.
 *
 * @example
 * quotesOfLines('“We will appeal,” said Martin Okoye.')[0].speaker // => 'Martin Okoye'
 */
export function quotesOfLines(article: string): QuoteOfLines[] {
  return quotesOfTexts(byLines(article));
}
