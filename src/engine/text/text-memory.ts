/**
 * The text conversions the digest stages share, each done once per distinct text: wire copy repeats
 * paragraphs, sentences and quotes across articles, and several stages read the same text.
 */
import { textToWords } from './fold-text.ts';
import { createContentTermReader, wordsToTerms } from './normalise-terms.ts';
import { splitSentences, type SentenceSpan } from './split-sentences.ts';
import { memoizeText } from './memoize-text.ts';

/** Remembered conversions. The results are shared between callers and must not be changed. */
export interface TextMemory {
  /** {@link textToWords} of a text. */
  words(text: string): readonly string[];
  /** The terms of a text, as `textToTerms` gives them. */
  terms(text: string): readonly string[];
  /** The set of content terms (`contentTerms`) of a text's terms. */
  contentTerms(text: string): ReadonlySet<string>;
  /** {@link splitSentences} of a paragraph. */
  sentences(paragraph: string): readonly SentenceSpan[];
}

/**
 * Creates an empty memory. It holds what it has converted for as long as it is referenced: create one per
 * digest, pass it to the stages, and let it go with the digest.
 *
 * @param readContentTerms The reader of content terms to use; pass one reader to every memory of a digest so
 *   that each distinct word is looked up once across them (a reader gives the same terms whatever it has read).
 * @example
 * const memory = createTextMemory();
 * memory.terms('Nothing should be ruled out') // => ['nothing', 'should', 'be', 'exclude']
 * memory.terms('Nothing should be ruled out') === memory.terms('Nothing should be ruled out') // => true
 */
export function createTextMemory(readContentTerms = createContentTermReader()): TextMemory {
  const words = memoizeText(textToWords);
  return {
    words,
    terms: memoizeText((text) => wordsToTerms(words(text))),
    contentTerms: memoizeText((text) => new Set(readContentTerms(words(text)))),
    sentences: memoizeText(splitSentences),
  };
}
