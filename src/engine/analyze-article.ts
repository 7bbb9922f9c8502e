/**
 * The analysis of one article: who is named in it and who said what.
 *
 *   findQuoteSpans (without plain set-off words: drop-set-off-phrases.ts; nor nicknames in names: drop-nicknames.ts) → findUnopenedQuotes → tokenizeParagraphs → findActors → findQuotes → markOutlets → nameByTextForms → nameWithGenerationalSuffix → nameRoyalByRealm
 */
import type { ArticleAnalysis, Paragraph } from './schema.ts';
import { findActors, tokenizeParagraphs } from './actors/index.ts';
import { findQuoteSpans, findQuotes } from './quotes/index.ts';
import { isPlainSetOffPhrase } from './quotes/drop-set-off-phrases.ts';
import { isNicknameInName } from './quotes/drop-nicknames.ts';
import { findUnopenedQuotes } from './quotes/find-unopened-quotes.ts';
import { markOutlets } from './actors/mark-outlets.ts';
import { nameByTextForms } from './actors/name-by-text-forms.ts';
import { nameWithGenerationalSuffix } from './actors/name-with-generational-suffix.ts';
import { nameRoyalByRealm } from './actors/name-royal-by-realm.ts';
import { findDatedSentences } from './dates/find-dated-sentences.ts';

/**
 * Finds the actors (people, organisations, countries, anonymous sources, groups) and the
 * direct quotations of an article, each quotation with its speaker or null when unclear.
 * Pure: no file system, no clock. The title is not analysed (its quotes live in no paragraph).
 *
 * @param input The article's cleaned paragraphs and, optionally, its title and when it was published
 *   (relative dates such as "on Monday" are read against that day).
 * @returns Actors, quotes and dated sentences; offsets index into their paragraph's text.
 * @example
 * analyzeArticle({ paragraphs: [{ index: 0, line: 1, text: '“We will win,” Jane Doe said.' }] })
 * // => { actors: [{ id: 'jane-doe', name: 'Jane Doe', kind: 'person', … }],
 * //      quotes: [{ text: 'We will win,', speaker: 'jane-doe', cue: 'said-after', verb: 'said', … }] }
 */
export function analyzeArticle(input: { paragraphs: Paragraph[]; title?: string; published?: string }): ArticleAnalysis {
  const spans = findUnopenedQuotes(input.paragraphs.map((p) => p.text), input.paragraphs.map((p) => findQuoteSpans(p.text).filter((s) => !isPlainSetOffPhrase(p.text, s) && !isNicknameInName(p.text, s))));
  const paragraphs = tokenizeParagraphs(input.paragraphs, spans);
  const { actors, mentions } = findActors(paragraphs);
  const quotes = findQuotes(paragraphs, mentions, input.title);
  const texts = input.paragraphs.map((p) => p.text);
  return { actors: nameRoyalByRealm(nameWithGenerationalSuffix(nameByTextForms(markOutlets(actors, quotes, texts), texts), texts), texts), quotes, dated: findDatedSentences(input.paragraphs, input.published) };
}
