/**
 * Finds the sentences of one article that name a date, read against the article's own date. This is
 * per-article work, done once when the article is analysed (and cached with it); the timeline of a story
 * only groups what its articles found.
 */
import type { DatedSentence, Paragraph } from '../schema.ts';
import { countWordsUpTo } from '../text/count-words.ts';
import { splitSentences, type SentenceSpan } from '../text/split-sentences.ts';
import { createSentencePlacer, publishedToDay, type Placement, type SentencePlacer } from './place-sentences.ts';

/**
 * The placer that articles analysed one after another share, so that wire copy repeated across articles is
 * read by chrono once. It only remembers readings (the same words and day always place the same way), so
 * sharing it changes no result; it bounds its own memory.
 */
const sharedPlacer = createSentencePlacer();

/** Options for {@link findDatedSentences}. */
export interface FindDatedSentencesOptions {
  /** Sentences shorter than this (in words) are not events. Default 5. */
  minWords?: number;
  /** Longer sentences (in characters) are not read for dates: chrono's cost grows with length. Default 600. */
  maxSentenceLength?: number;
  /** Places sentences on dates; by default, one shared by the articles analysed in this thread. */
  placeSentence?: SentencePlacer;
  /** Splits a paragraph into sentences; pass a memoised splitter to share work with other stages. */
  sentences?: (paragraph: string) => readonly SentenceSpan[];
}

/**
 * The article's sentences that name a date the timeline's rules accept (see `buildTimeline`), in order.
 *
 * @param paragraphs The article's paragraphs.
 * @param published When the article was published (ISO 8601), if known: relative dates resolve against its day.
 * @example
 * findDatedSentences([{ index: 0, line: 1, text: 'Mr Macron said on Monday that nothing should be ruled out.' }], '2024-02-27T23:55:00Z')
 * // => [{ paragraph: 0, order: 0, start: 0, end: 58, date: '2024-02-26', precision: 'day', at: 15, length: 9 }]
 */
export function findDatedSentences(paragraphs: readonly Paragraph[], published: string | undefined, options: FindDatedSentencesOptions = {}): DatedSentence[] {
  const minWords = options.minWords ?? 5;
  const maxSentenceLength = options.maxSentenceLength ?? 600;
  const placeSentence = options.placeSentence ?? sharedPlacer;
  const sentences = options.sentences ?? splitSentences;
  const reference = publishedToDay(published);
  const placed = new Map<string, Placement | null>();
  const out: DatedSentence[] = [];
  let order = 0;
  for (const p of paragraphs) {
    for (const s of sentences(p.text)) {
      const sentenceOrder = order++;
      if (s.text.length > maxSentenceLength || countWordsUpTo(s.text, minWords) < minWords) continue;
      let placement = placed.get(s.text);
      if (placement === undefined) placed.set(s.text, (placement = placeSentence(s.text, reference) ?? null));
      if (!placement) continue;
      const { date, precision, index: at, length } = placement;
      out.push({ paragraph: p.index, order: sentenceOrder, start: s.start, end: s.end, date, precision, at, length });
    }
  }
  return out;
}
