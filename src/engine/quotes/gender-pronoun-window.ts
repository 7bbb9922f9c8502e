/**
 * Which sentence a "he" or "she" may take its one named person from, when `findGenders` reads the
 * pronoun as evidence of that person's gender: only where nobody else of that gender can be meant.
 */
import type { Mention, TokenizedParagraph } from '../actors/index.ts';
import { epithetSubjectOf } from './resolve/pronoun-window.ts';
import functionWordsJson from '../lexicons/function-words.json' with { type: 'json' };

type Tokens = TokenizedParagraph['tokens'];

/**
 * True when a "he" or "she" continues a subject other than the people named before it, so that it says
 * nothing of their gender: an earlier "he"/"she" of its own sentence before them or before it
 * ("But while he tipped Tom Ries to win, he predicted …": Ries is the first pronoun's object; "She said
 * she wished she had …": only the first "she" looks back), or an epithet subject opening its sentence
 * ("The singer said he …": the singer, not the person of the sentence before).
 *
 * @param paragraph The pronoun's paragraph.
 * @param k The index of the pronoun.
 * @param first The first token of the named person's mention, when it is in the pronoun's sentence.
 * @example
 * pronounContinuesAnother(tokenizeText(0, 'But while he tipped Tom Ries to win, he predicted a draw.', []), 8, 4) // => true
 */
export function pronounContinuesAnother(paragraph: TokenizedParagraph, k: number, first?: number): boolean {
  const { tokens } = paragraph;
  const sentence = tokens[k]!.sentence;
  const from = first ?? k;
  for (let j = from - 1; j >= 0 && tokens[j]!.sentence === sentence; j--) if (isSubjectPronoun(tokens, j)) return true;
  if (first !== undefined) return false;
  const epithet = epithetSubjectOf(paragraph, sentence);
  return epithet >= 0 && epithet < k;
}

/**
 * True when a sentence names, outside quotes after a person's mention, someone else of the given gender
 * by an object pronoun ("Ozzy gave her the rings." ⏎ "She said …": "her" is another woman, and "she" may be
 * her): "him", or "her" that owns no noun after it (before a function word, a punctuation mark or the
 * sentence's end). A possessive ("Ann Roe said her car …") or reflexive may be the person named.
 *
 * @param tokens The sentence's paragraph tokens.
 * @param after The last token of the person's mention.
 * @param end Where to stop looking (the pronoun itself, when it is in that sentence).
 * @param gender The pronoun's gender.
 * @example
 * objectPronounOfGender(tokenizeText(0, 'Tom Dee gave her the ring.', []).tokens, 1, 6, 'female') // => true
 */
export function objectPronounOfGender(tokens: Tokens, after: number, end: number, gender: 'male' | 'female'): boolean {
  const sentence = tokens[after]!.sentence;
  for (let j = after + 1; j < end && tokens[j]!.sentence === sentence; j++) {
    const t = tokens[j]!;
    if (t.quote >= 0) continue;
    if (gender === 'male' && t.lower === 'him') return true;
    if (gender === 'female' && t.lower === 'her') {
      const next = tokens[j + 1];
      if (!next || next.sentence !== sentence || !next.word || FUNCTION_WORDS.has(next.lower)) return true;
    }
  }
  return false;
}

/**
 * The people a quoted "he" or "she" can only stand for: those named before it in its own sentence of the
 * same quotation ("“Ann Roe has got as far as she can go,” he said." gives Ann Roe, a woman), when the
 * quoted words before it hold no other third-person pronoun, nobody speaking or spoken to ("I told Tom she
 * …", "you"), and no possessor. Empty otherwise.
 *
 * @param paragraph The pronoun's paragraph.
 * @param mentions The paragraph's mentions.
 * @param k The index of the quoted "he" or "she".
 * @example
 * quotedPeopleBefore(paragraphOf('“Ann Roe has got as far as she can go,” he said.'), mentions, 7) // => [mention of Ann Roe]
 */
export function quotedPeopleBefore(paragraph: TokenizedParagraph, mentions: readonly Mention[], k: number): Mention[] {
  const { tokens } = paragraph;
  const { quote, sentence } = tokens[k]!;
  let from = k;
  // The tokenizer keeps a quotation's sentences in one; a full stop inside it ends the quoted sentence too.
  while (from > 0 && tokens[from - 1]!.quote === quote && tokens[from - 1]!.sentence === sentence && !SENTENCE_ENDS.has(tokens[from - 1]!.text)) from--;
  for (let j = from; j < k; j++) if (QUOTED_RIVALS.has(tokens[j]!.lower)) return [];
  return mentions.filter((m) => m.inQuote && (m.kind === 'person' || m.kind === 'anonymous') && m.first >= from && m.last < k && tokens[m.last + 1]?.lower !== "'s");
}

/** In quoted words before a "he" or "she": other third-person pronouns, and the speaker or listener, who may be the one meant. */
const QUOTED_RIVALS: ReadonlySet<string> = new Set(['he', 'she', 'him', 'her', 'his', 'hers', 'i', 'me', 'my', 'we', 'us', 'our', 'you', 'your']);

const SENTENCE_ENDS: ReadonlySet<string> = new Set(['.', '!', '?']);

/** "he" or "she" outside quotes. */
function isSubjectPronoun(tokens: Tokens, j: number): boolean {
  return tokens[j]!.quote < 0 && (tokens[j]!.lower === 'he' || tokens[j]!.lower === 'she');
}

/** Words that open a phrase or clause, or are auxiliaries: never a noun that "her" owns ("gave her when", "told her that"). */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(functionWordsJson.gender);
