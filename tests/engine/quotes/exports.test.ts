import { describe, expect, test } from 'vitest';
import { findActors, tokenizeParagraphs } from '../../../src/engine/actors/index.ts';
import * as quotes from '../../../src/engine/quotes/index.ts';

describe('quotes exports', () => {
  test('exposes exactly the public API', () => {
    expect(Object.keys(quotes).sort()).toEqual(['findQuoteSpans', 'findQuotes']);
  });

  test('findQuotes gives a quotation to the person named after it, with its span in the paragraph', () => {
    const text = '“We will win,” Jane Doe said.';
    const paragraphs = tokenizeParagraphs([{ index: 0, text }], [quotes.findQuoteSpans(text)]);
    const { actors, mentions } = findActors(paragraphs);
    const [quote, ...rest] = quotes.findQuotes(paragraphs, mentions);
    expect(rest).toEqual([]);
    expect(quote!.text).toBe('We will win,');
    expect(text.slice(quote!.span.start, quote!.span.end)).toBe(quote!.text);
    expect(actors.find((a) => a.id === quote!.speaker)?.name).toBe('Jane Doe');
    expect(quote!.verb).toBe('said');
  });
});
