/**
 * Quotation marks around a name are no quotation: "the group 'Harbour Action Network' (HAN) said", "'Tidewatch'
 * protests shook the city". Citizen media set off the names of movements and campaigns that way.
 */
import type { Mention, TokenizedParagraph } from '../actors/index.ts';

/**
 * True when the quotation `quote` of `paragraph` holds nothing but one mention of an organisation, word for word,
 * and the article names that organisation outside quotation marks too (so it is an actor, not a label the article
 * quotes, such as "“Blair Babes”" or a slogan).
 *
 * @param paragraph The tokenised paragraph.
 * @param quote The index of the quotation in `paragraph.quotes`.
 * @param mentions Every mention of the article.
 * @example
 * // "The group 'Harbour Action Network' marched. Harbour Action Network said …" → the quotation is a name: true
 */
export function isQuotedName(paragraph: TokenizedParagraph, quote: number, mentions: readonly Mention[]): boolean {
  // The first and last word inside the quotation.
  let first = -1;
  let last = -1;
  paragraph.tokens.forEach((t, k) => {
    if (t.quote !== quote || !t.word) return;
    if (first < 0) first = k;
    last = k;
  });
  if (first < 0) return false;
  const named = mentions.find((m) => m.paragraph === paragraph.index && m.kind === 'organization' && m.first === first && m.last === last);
  return named !== undefined && mentions.some((m) => m.actor === named.actor && !m.inQuote);
}
