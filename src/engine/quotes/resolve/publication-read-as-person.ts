/**
 * A newspaper the actor stages read as a person ("told the Evening Courier", "in an interview with the Daily Gazette"):
 * its name, written with "the", ends in a newspaper's head word, so it is a publication and never what "he" or "she"
 * stands for.
 */
import type { MentionIndex } from '../cue-types.ts';
import type { TokenizedParagraph } from '../../actors/index.ts';
import { PUBLICATION_NOUNS } from '../../actors/load-lexicons.ts';
import { namesOutlet } from '../../actors/mark-outlets.ts';

/**
 * The actors read as persons that the article names, outside quotes, as "the" + two or more capitalised words ending
 * in a newspaper's head word ("the Jersey Herald", "the Daily Journal": news-outlets.json heads, organizations.json
 * publicationNouns) or as a known outlet: publications, which no "he" or "she" stands for (nor a bare alias of theirs).
 *
 * @param paragraphs The article's paragraphs.
 * @param index Their mentions.
 * @returns The ids of those actors.
 * @example
 * // Ann Roe told the Jersey Herald: “…” ⏎ Asked about the Jersey vote, he replied: “…”
 * publicationsReadAsPersons(paragraphs, index) // => Set { 'jersey-herald' }
 */
export function publicationsReadAsPersons(paragraphs: readonly TokenizedParagraph[], index: readonly MentionIndex[]): ReadonlySet<string> {
  const found = new Set<string>();
  index.forEach((entry, p) => {
    const paragraph = paragraphs[p];
    if (!paragraph) return;
    const { tokens } = paragraph;
    for (const m of entry.list) {
      if (m.kind !== 'person' || m.inQuote || m.last <= m.first) continue;
      if (tokens[m.first - 1]?.lower !== 'the') continue;
      const name = paragraph.text.slice(tokens[m.first]!.start, tokens[m.last]!.end);
      if (namesOutlet(name) || PUBLICATION_NOUNS.has(tokens[m.last]!.lower)) found.add(m.actor);
    }
  });
  return found;
}
