/**
 * Binding (Principle C of English grammar): a subject pronoun never stands for a person named later
 * in its own clause — "he took issue with Perry Christie's brother", "she said Ann Roe had lied",
 * "“…,” he said of Mark Pell" — so those people are no antecedents for it. The clause ends at
 * punctuation, a quotation, or a word of `pronoun-binding.json` ("and", "because", …), but not at a comma
 * before a relative clause on the object ("he wrote a post, in which he attacked Ann Roe").
 */
import type { TokenizedParagraph } from '../actors/index.ts';
import type { MentionIndex } from './cue-types.ts';
import bindingJson from '../lexicons/pronoun-binding.json' with { type: 'json' };
import { NO_ACTORS } from './resolve/excluded-antecedents.ts';

const CLAUSE_ENDS: ReadonlySet<string> = new Set(bindingJson.words);
const RELATIVES: ReadonlySet<string> = new Set(bindingJson.relatives);

/** True when a comma at `k` opens a relative clause on what comes before it (", which …", ", in which …"). */
function opensRelative(paragraph: TokenizedParagraph, k: number): boolean {
  const { tokens } = paragraph;
  const next = tokens[k + 1];
  if (!next?.word) return false;
  return RELATIVES.has(next.lower) || (!next.cap && RELATIVES.has(tokens[k + 2]?.lower ?? '') && tokens[k + 2]!.word);
}

/**
 * The people named after a pronoun in its own clause, outside quotation marks: who it cannot be.
 *
 * @param paragraph The pronoun's paragraph.
 * @param mentions Its mentions.
 * @param pronoun The pronoun's token index.
 * @example
 * // "In a post he took issue with Perry Christie's brother." → { 'perry-christie' }
 * namesBoundByPronoun(paragraph, mentions, 3) // => Set { 'perry-christie' }
 */
export function namesBoundByPronoun(paragraph: TokenizedParagraph, mentions: MentionIndex, pronoun: number): ReadonlySet<string> {
  const { tokens } = paragraph;
  const start = tokens[pronoun];
  if (!start || start.quote >= 0) return NO_ACTORS;
  let bound: Set<string> | undefined;
  for (let k = pronoun + 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.sentence !== start.sentence || t.quote >= 0 || CLAUSE_ENDS.has(t.lower)) break;
    if (!t.word && t.text !== "'s" && t.text !== '’s' && !(t.text === ',' && opensRelative(paragraph, k))) break;
    const m = mentions.startAt.get(k);
    if (m && !m.inQuote && m.kind === 'person') (bound ??= new Set()).add(m.actor);
  }
  return bound ?? NO_ACTORS;
}
