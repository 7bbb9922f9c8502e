/**
 * The heading a page gives a source article: its headline, or for an article without one its whole
 * opening sentence rather than words cut off mid-sentence.
 */
import type { DigestArticle } from '../../engine/digest/schema.ts';
import { splitSentences } from '../../engine/text/split-sentences.ts';

/** Opening sentences longer than this (in characters) are too long for a heading; the cut display title is used. */
const MAX_HEADING = 300;

/**
 * The article's title; without one, its first sentence when that is short enough to head a page;
 * else its display title (the opening words).
 *
 * @param article The source article.
 * @example
 * articleToHeading({ meta: { title: 'Allies reject plan' }, paragraphs: [], displayTitle: 'Allies reject plan' }) // => 'Allies reject plan'
 * articleToHeading({ meta: {}, paragraphs: [{ index: 0, line: 1, text: 'Nato ruled it out. More text.' }], displayTitle: 'Nato ruled it out. More text.' })
 * // => 'Nato ruled it out.'
 */
export function articleToHeading(article: Pick<DigestArticle, 'meta' | 'paragraphs' | 'displayTitle'>): string {
  if (article.meta.title) return article.meta.title;
  const opening = article.paragraphs[0]?.text;
  const sentence = opening ? splitSentences(opening)[0]?.text.trim() : undefined;
  return sentence && sentence.length <= MAX_HEADING ? sentence : article.displayTitle;
}
