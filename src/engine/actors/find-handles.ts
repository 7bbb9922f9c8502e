/**
 * Social-media handles as people: "@takwiram: Of factions & fractions …", "“@KommandaObbs: It's annoying …”".
 * Citizen media quote posts by the handle of their author, and the handle is all the article gives.
 */
import type { TokenizedParagraph } from './01-tokenize-text.ts';
import type { NameCandidate } from './03-classify-name-runs.ts';

/**
 * Adds each handle of a paragraph ("@" joined to letters, digits and "_") as a person named by the whole handle,
 * in place of any name found inside it ("KommandaObbs" from "@KommandaObbs"). An "@" after a letter or digit is
 * part of an e-mail address, not a handle.
 *
 * @param paragraph The tokenised paragraph.
 * @param names The paragraph's name candidates.
 * @returns The candidates with the handles in text order.
 * @example
 * // "@takwiram: Lesotho has 120 MPs" → a person "@takwiram" over tokens 0–1.
 */
export function findHandles(paragraph: TokenizedParagraph, names: NameCandidate[]): NameCandidate[] {
  const { tokens, text } = paragraph;
  if (!text.includes('@')) return names;
  const handles: NameCandidate[] = [];
  for (let k = 0; k < tokens.length - 1; k++) {
    const at = tokens[k]!;
    if (at.text !== '@' || tokens[k + 1]!.start !== at.end || !tokens[k + 1]!.word) continue;
    if (at.start > 0 && /[\p{L}\p{N}_.]/u.test(text[at.start - 1]!)) continue; // "press@example.org"
    let last = k + 1;
    while (tokens[last + 1] && tokens[last + 1]!.start === tokens[last]!.end && (tokens[last + 1]!.word || tokens[last + 1]!.text === '_')) last++;
    if (!tokens[last]!.word) last--;
    handles.push({ paragraph: paragraph.index, first: k, last, kind: 'person', surface: text.slice(at.start, tokens[last]!.end), titled: false, roles: [], inQuote: at.quote >= 0, sentenceInitial: false });
    k = last;
  }
  if (handles.length === 0) return names;
  const inHandle = (n: NameCandidate): boolean => handles.some((h) => n.first <= h.last && n.last >= h.first);
  return [...names.filter((n) => !inHandle(n)), ...handles].sort((a, b) => a.first - b.first);
}
