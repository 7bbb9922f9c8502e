import stopwordData from '../lexicons/digest-stopwords.json' with { type: 'json' };
import synonymData from '../lexicons/digest-synonyms.json' with { type: 'json' };
import { textToWords } from './fold-text.ts';

const STOPWORDS = new Set(stopwordData.words);

/** Phrase (folded words joined by spaces) → canonical term. */
const SYNONYMS = new Map<string, string>();
/** First word of each phrase of two or more words → the lengths of those phrases, longest first. */
const PHRASE_LENGTHS = new Map<string, number[]>();
for (const group of synonymData.groups) {
  const head = group[0]!;
  for (const member of group) {
    SYNONYMS.set(member, head);
    const words = member.split(' ');
    if (words.length > 1) {
      const lengths = PHRASE_LENGTHS.get(words[0]!) ?? [];
      if (!lengths.includes(words.length)) lengths.push(words.length);
      PHRASE_LENGTHS.set(words[0]!, lengths.sort((a, b) => b - a));
    }
  }
}

/**
 * Turns text into a sequence of comparable terms: folded words, with paraphrase and translation
 * variants mapped to one canonical term ("ruled out" and "excluded" both become "exclude").
 *
 * @example
 * textToTerms('Nothing should be ruled out') // => ['nothing', 'should', 'be', 'exclude']
 */
export function textToTerms(text: string): string[] {
  return wordsToTerms(textToWords(text));
}

/**
 * Turns folded words (see {@link textToWords}) into terms, as {@link textToTerms} does with text.
 *
 * @example
 * wordsToTerms(['nothing', 'should', 'be', 'ruled', 'out']) // => ['nothing', 'should', 'be', 'exclude']
 */
export function wordsToTerms(words: readonly string[]): string[] {
  const terms: string[] = [];
  let i = 0;
  while (i < words.length) {
    const word = words[i]!;
    const length = phraseLength(words, i);
    if (length > 0) {
      terms.push(SYNONYMS.get(words.slice(i, i + length).join(' '))!);
      i += length;
    } else {
      terms.push(SYNONYMS.get(word) ?? word);
      i++;
    }
  }
  return terms;
}

/** The number of words of the longest synonym phrase (of two or more words) starting at `words[i]`, or 0. */
function phraseLength(words: readonly string[], i: number): number {
  const lengths = PHRASE_LENGTHS.get(words[i]!);
  if (!lengths) return 0;
  for (const n of lengths) if (i + n <= words.length && SYNONYMS.has(words.slice(i, i + n).join(' '))) return n;
  return 0;
}

/**
 * Keeps the terms that carry content: no stopwords, no one-letter tokens.
 *
 * @example
 * contentTerms(['nothing', 'should', 'be', 'exclude']) // => ['nothing', 'exclude']
 */
export function contentTerms(terms: readonly string[]): string[] {
  return terms.filter((t) => toContentTerm(t) !== null);
}

/**
 * Creates a converter from folded words to their content terms, `contentTerms(wordsToTerms(words))`, that
 * looks each distinct word up once: for reading a whole corpus, where the same words recur in every article.
 *
 * @example
 * const read = createContentTermReader();
 * read(['nothing', 'should', 'be', 'ruled', 'out']) // => ['nothing', 'exclude']
 */
export function createContentTermReader(): (words: readonly string[]) => string[] {
  // Word → its content term, null when it has none, or PHRASE_HEAD when a synonym phrase may start with it.
  const known = new Map<string, string | null | typeof PHRASE_HEAD>();
  const lookUp = (word: string) => {
    let info = known.get(word);
    if (info === undefined) {
      info = PHRASE_LENGTHS.has(word) ? PHRASE_HEAD : toContentTerm(SYNONYMS.get(word) ?? word);
      known.set(word, info);
    }
    return info;
  };
  return (words) => {
    const terms: string[] = [];
    let i = 0;
    while (i < words.length) {
      const info = lookUp(words[i]!);
      if (info !== PHRASE_HEAD) {
        if (info !== null) terms.push(info);
        i++;
        continue;
      }
      const length = phraseLength(words, i);
      const term = length > 0 ? SYNONYMS.get(words.slice(i, i + length).join(' '))! : (SYNONYMS.get(words[i]!) ?? words[i]!);
      const content = toContentTerm(term);
      if (content !== null) terms.push(content);
      i += Math.max(length, 1);
    }
    return terms;
  };
}

const PHRASE_HEAD = Symbol('phrase head');

function toContentTerm(term: string): string | null {
  return term.length > 1 && !STOPWORDS.has(term) ? term : null;
}
