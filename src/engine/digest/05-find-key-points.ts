import type { Paragraph } from '../schema.ts';
import type { KeyPoint } from './schema.ts';
import { createTextMemory, type TextMemory } from '../text/text-memory.ts';
import { countWords } from '../text/count-words.ts';
import { createUnionFind } from '../text/union-find.ts';
import { membersToCitations } from './members-to-citations.ts';
import { linkSimilarSentences } from './link-similar-sentences.ts';
import { createUniqueClaimTest, type StorySentence } from './find-unique-claims.ts';
import { balanceQuotes, hasBalancedQuotes } from './balance-quotes.ts';

/** What key point extraction needs of an article. */
export interface KeyPointSource {
  slug: string;
  paragraphs: readonly Paragraph[];
}

/** Options for {@link findKeyPoints}. */
export interface FindKeyPointsOptions {
  /** Key points kept per story. Default 5. */
  maxKeyPoints?: number;
  /** Single-source claims kept per article. Default 2. */
  maxOnlyInPerArticle?: number;
  /** Set cosine of content terms that makes two sentences report the same claim. Default 0.45. */
  minSimilarity?: number;
  /** Content terms two sentences must share. Default 3. */
  minShared?: number;
  /** Sentences shorter than this (in words) are not claims. Default 7. */
  minWords?: number;
  /** Sentences and terms of the story's text; pass the digest's memory to share its work with other stages. */
  memory?: TextMemory;
}

interface Sentence {
  article: number;
  paragraph: number;
  text: string;
  terms: ReadonlySet<string>;
  order: number;
}

/**
 * Finds a story's key points: claims that several sources report, each citing every source paragraph
 * that reports it; and the claims only one source reports.
 *
 * Sentences are compared by their content terms through an inverted index; similar sentences from
 * different articles are linked, and each linked group citing two or more articles is a key point,
 * shown in the wording of its most connected sentence.
 *
 * @param sources The story's articles, oldest first.
 * @example
 * // Two articles both saying that NATO allies ruled out sending troops give one key point citing both.
 */
export function findKeyPoints(
  sources: readonly KeyPointSource[],
  options: FindKeyPointsOptions = {},
): { keyPoints: KeyPoint[]; onlyIn: KeyPoint[] } {
  const maxKeyPoints = options.maxKeyPoints ?? 5;
  const maxOnlyIn = options.maxOnlyInPerArticle ?? 2;
  const minSimilarity = options.minSimilarity ?? 0.45;
  const minShared = options.minShared ?? 3;
  const minWords = options.minWords ?? 7;
  const memory = options.memory ?? createTextMemory();

  const sentences: Sentence[] = [];
  const everySentence: StorySentence[] = [];
  sources.forEach((source, article) => {
    let order = 0;
    for (const p of source.paragraphs) {
      for (const s of memory.sentences(p.text)) {
        everySentence.push({ article, text: s.text });
        if (countWords(s.text) < minWords) continue;
        const terms = memory.contentTerms(s.text);
        if (terms.size < minShared) continue;
        sentences.push({ article, paragraph: p.index, text: s.text, terms, order: order++ });
      }
    }
  });
  const sets = createUnionFind(sentences.length);
  const degree = new Array<number>(sentences.length).fill(0);
  const thresholds = { tooCommon: Math.max(8, sentences.length / 4), minShared, minSimilarity };
  linkSimilarSentences([...sentences.keys()], sentences, thresholds, (i, j) => {
    sets.union(i, j);
    degree[i]!++;
    degree[j]!++;
  });
  const multi: { point: KeyPoint; sources: number; order: number }[] = [];
  const inMulti = new Set<number>();
  for (const members of sets.groups()) {
    const articles = new Set(members.map((i) => sentences[i]!.article));
    if (articles.size < 2) continue;
    for (const i of members) inMulti.add(i);
    // The wording shown: a whole sentence, ideally one that states the fact rather than quotes it; a
    // bare quotation that does not say who spoke is no key point ("who said what" shows it with its speaker).
    const ranked = members.filter((i) => !isBareQuote(sentences[i]!.text)).map((i) => ({ i, rank: rankWording(sentences[i]!.text) }));
    ranked.sort((a, b) => a.rank - b.rank || degree[b.i]! - degree[a.i]! || sentences[a.i]!.order - sentences[b.i]!.order);
    let shown: string | undefined;
    for (const { i } of ranked) if ((shown = wholeSentence(sentences[i]!.text)) !== undefined) break;
    if (shown === undefined) continue;
    multi.push({
      point: { text: shown, citations: membersToCitations(members, sentences, sources) },
      sources: articles.size,
      order: members.reduce((least, i) => Math.min(least, sentences[i]!.order), Infinity),
    });
  }
  multi.sort((a, b) => b.sources - a.sources || a.order - b.order);
  const onlyIn: KeyPoint[] = [];
  if (sources.length > 1) {
    // One pass sorts the claims out by article (rather than one pass over all sentences per article).
    // Each article's claims in order, tested until it has its few: the test indexes the story's sentences once.
    const isUnique = createUniqueClaimTest(everySentence, sources.length, memory);
    const own: Sentence[][] = sources.map(() => []);
    sentences.forEach((s, i) => {
      if (!inMulti.has(i) && /[\d\p{Lu}]/u.test(s.text.slice(1))) own[s.article]!.push(s);
    });
    sources.forEach((source, article) => {
      let kept = 0;
      for (const s of own[article]!) {
        if (kept >= maxOnlyIn) break;
        const text = wholeSentence(s.text);
        if (text === undefined || !isUnique(s)) continue;
        onlyIn.push({ text, citations: [{ article: source.slug, paragraph: s.paragraph }] });
        kept++;
      }
    });
  }
  return { keyPoints: multi.slice(0, maxKeyPoints).map((m) => m.point), onlyIn };
}

/**
 * A sentence as it can stand alone: starting with a capital, a digit or an opening mark, ending with
 * its closing punctuation, its quotes closed. `undefined` for a piece of a sentence.
 */
function wholeSentence(text: string): string | undefined {
  if (!/^[\p{Lu}\d“‘"«„(]/u.test(text) || !/[.!?…]["”’»)]*$/u.test(text)) return undefined;
  return balanceQuotes(text);
}

/** Lower is better: a sentence reporting a fact before one that is mostly a quotation, and a closed quote before one cut open. */
function rankWording(text: string): number {
  const quoted = [...text.matchAll(/[“"„«][^”"“»]*(?:[”"“»]|$)/gu)].reduce((sum, m) => sum + m[0].length, 0);
  return (hasBalancedQuotes(text) ? 0 : 1) + quoted / Math.max(1, text.length);
}

/** A sentence that is a quotation from its first character to its last, with no word of who said it. */
function isBareQuote(text: string): boolean {
  return /^[“"„«][^“”"„«»]*[”"“»][.!?]?$/u.test(text);
}
