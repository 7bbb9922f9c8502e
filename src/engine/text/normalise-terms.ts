import stopwordData from '../lexicons/digest-stopwords.json' with { type: 'json' };
import synonymData from '../lexicons/digest-synonyms.json' with { type: 'json' };
import { textToWords } from './fold-text.ts';

const STOPWORDS = new Set(stopwordData.words);

/** Phrase (folded words joined by spaces) → canonical term, longest phrases first. */
const SYNONYMS = new Map<string, string>();
let LONGEST_PHRASE = 1;
for (const group of synonymData.groups) {
  const head = group[0]!;
  for (const member of group) {
    SYNONYMS.set(member, head);
    LONGEST_PHRASE = Math.max(LONGEST_PHRASE, member.split(' ').length);
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
  const words = textToWords(text);
  const terms: string[] = [];
  let i = 0;
  while (i < words.length) {
    let matched = false;
    for (let n = Math.min(LONGEST_PHRASE, words.length - i); n >= 1; n--) {
      const phrase = n === 1 ? words[i]! : words.slice(i, i + n).join(' ');
      const canonical = SYNONYMS.get(phrase);
      if (canonical !== undefined) {
        terms.push(canonical);
        i += n;
        matched = true;
        break;
      }
    }
    if (!matched) terms.push(words[i++]!);
  }
  return terms;
}

/**
 * Keeps the terms that carry content: no stopwords, no one-letter tokens.
 *
 * @example
 * contentTerms(['nothing', 'should', 'be', 'exclude']) // => ['nothing', 'exclude']
 */
export function contentTerms(terms: readonly string[]): string[] {
  return terms.filter((t) => t.length > 1 && !STOPWORDS.has(t));
}
