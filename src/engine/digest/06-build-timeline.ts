import type { DatedSentence, Paragraph } from '../schema.ts';
import type { TimelineEvent } from './schema.ts';
import { createTextMemory, type TextMemory } from '../text/text-memory.ts';
import { createUnionFind } from '../text/union-find.ts';
import { groupBy } from '../text/group-by.ts';
import { membersToCitations } from './members-to-citations.ts';
import { linkSimilarSentences } from './link-similar-sentences.ts';
import { findDatedSentences } from '../dates/find-dated-sentences.ts';

/** What timeline building needs of an article. */
export interface TimelineSource {
  slug: string;
  /** When the article was published (ISO 8601), if known: relative dates resolve against its day. */
  published?: string | undefined;
  paragraphs: readonly Paragraph[];
  /** The article's dated sentences, as its analysis found them (`analysis.dated`); read here when absent. */
  dated?: readonly DatedSentence[] | undefined;
}

/** Options for {@link buildTimeline}. */
export interface BuildTimelineOptions {
  /** Events kept per story, preferring those more sources report, then those earlier in their articles. Default 12. */
  maxEvents?: number;
  /** Set cosine of content terms that makes two sentences on the same date report the same event. Default 0.45. */
  minSimilarity?: number;
  /** Content terms two such sentences must share. Default 3. */
  minShared?: number;
  /** Sentences shorter than this (in words) are not events. Default 5. Applies to sources read here (no `dated`). */
  minWords?: number;
  /** Longer sentences (in characters) are not read for dates: chrono's cost grows with length. Default 600. Applies to sources read here (no `dated`). */
  maxSentenceLength?: number;
  /** Sentences and terms of the story's text; pass the digest's memory to share its work with other stages. */
  memory?: TextMemory;
}

interface Candidate {
  article: number;
  paragraph: number;
  order: number;
  text: string;
  date: string;
  precision: TimelineEvent['precision'];
  /** Same day (or week) and precision: only such candidates can be one event. */
  key: string;
  terms: ReadonlySet<string>;
}

/**
 * Builds a story's timeline: dated events, oldest first, each citing every source paragraph that
 * reports it.
 *
 * Each sentence naming a day is read with chrono-node against the day its article was published:
 * "on Monday" in an article of Tuesday 27 February 2024 is 26 February; a bare weekday is taken as
 * the latest such day on or before the article's day, or the next one on or after it when the words
 * just before it are in the future tense ("will meet on Thursday"). "Last week" and "three weeks ago"
 * give a week (dated by its Monday). Dates in an undated article are kept only when the text states
 * day, month and year; nothing is dated by the clock. Not placed: a month or a year alone ("in
 * 2022"), a weekend, offsets with no date to count from ("a day after the summit", "two days
 * later"), and dates inside quotation marks (the speaker's "yesterday" is not the article's).
 *
 * Sentences on the same day from different articles that share enough content terms are one event.
 *
 * @param sources The story's articles, oldest first.
 * @param options Limits and similarity thresholds.
 * @example
 * buildTimeline([{ slug: 'express', published: '2024-02-27T23:55:00Z', paragraphs: [
 *   { index: 0, line: 1, text: 'Mr Macron said on Monday that nothing should be ruled out.' },
 * ] }])
 * // => [{ date: '2024-02-26', precision: 'day', text: 'Mr Macron said on Monday that nothing should be ruled out.',
 * //       citations: [{ article: 'express', paragraph: 0 }] }]
 */
export function buildTimeline(sources: readonly TimelineSource[], options: BuildTimelineOptions = {}): TimelineEvent[] {
  const maxEvents = options.maxEvents ?? 12;
  const minSimilarity = options.minSimilarity ?? 0.45;
  const minShared = options.minShared ?? 3;
  const minWords = options.minWords ?? 5;
  const maxSentenceLength = options.maxSentenceLength ?? 600;
  const memory = options.memory ?? createTextMemory();

  const candidates: Candidate[] = [];
  sources.forEach((source, article) => {
    const dated =
      source.dated ?? findDatedSentences(source.paragraphs, source.published, { minWords, maxSentenceLength, sentences: memory.sentences });
    if (dated.length === 0) return;
    const paragraphText = new Map(source.paragraphs.map((p) => [p.index, p.text]));
    for (const d of dated) {
      const text = paragraphText.get(d.paragraph)?.slice(d.start, d.end);
      if (!text) continue;
      const rest = text.slice(0, d.at) + ' ' + text.slice(d.at + d.length);
      candidates.push({
        article,
        paragraph: d.paragraph,
        order: d.order,
        text,
        date: d.date,
        precision: d.precision,
        key: `${d.precision} ${d.date.slice(0, 10)}`,
        terms: memory.contentTerms(rest),
      });
    }
  });

  const sets = createUnionFind(candidates.length);
  const degree = new Array<number>(candidates.length).fill(0);
  // Only sentences on the same date are compared, through an inverted index of their terms.
  // A term shared by many sentences of one date does not tell events apart; skipping it keeps the cost
  // linear when hundreds of articles report the same day.
  const thresholds = { tooCommon: 48, minShared, minSimilarity };
  for (const members of groupBy(candidates.keys(), (i) => candidates[i]!.key).values()) {
    linkSimilarSentences(members, candidates, thresholds, (i, j) => {
      sets.union(i, j);
      degree[i]!++;
      degree[j]!++;
    });
  }

  const events = sets.groups().map((members) => {
    const best = [...members].sort(
      (a, b) => degree[b]! - degree[a]! || candidates[a]!.article - candidates[b]!.article || candidates[a]!.order - candidates[b]!.order,
    )[0]!;
    const chosen = candidates[best]!;
    return {
      event: { date: chosen.date, precision: chosen.precision, text: chosen.text, citations: membersToCitations(members, candidates, sources) },
      sources: new Set(members.map((i) => candidates[i]!.article)).size,
      order: members.reduce((least, i) => Math.min(least, candidates[i]!.order), Infinity),
      first: members.reduce((least, i) => Math.min(least, i), Infinity),
    };
  });
  events.sort((a, b) => b.sources - a.sources || a.order - b.order || a.first - b.first);
  return events
    .slice(0, maxEvents)
    .sort((a, b) => (a.event.date < b.event.date ? -1 : a.event.date > b.event.date ? 1 : a.first - b.first))
    .map((e) => e.event);
}
