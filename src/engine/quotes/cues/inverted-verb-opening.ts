/**
 * "Remarked Acme scientist Ann Roe, “…”", "Added the mayor: “…”": a finite verb of saying opens the sentence, its
 * subject comes after it, and a comma or colon leads into the quote. The subject is read as after an inverted verb
 * that follows a quote ("“…,” said NAME"), by `subjectAfter`.
 */
import { INVERTED_OPENING } from '../../actors/load-lexicons.ts';
import type { CueSite, Found } from './cue-context.ts';
import { subjectAfter } from './subject-after-verb.ts';
import { ARTICLES } from './word-sets.ts';
import functionWordsJson from '../../lexicons/function-words.json' with { type: 'json' };

/** Prepositions, conjunctions and adverbs: after an opening "Added", "Noted" they make it a participle ("Added to the list, …"). */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(functionWordsJson.nameRun);

/**
 * The subject named between a verb of saying that opens the sentence and the comma or colon before the quote.
 *
 * @param s The cue site of the quote.
 * @returns The subject found, or undefined when the sentence does not open on such a verb, a preposition or
 *   conjunction follows it ("Added to the list, …" is a participle phrase), or a quote stands between.
 * @example
 * // Remarked Acme scientist Ann Roe, “The count is a thank-you.”
 * invertedVerbOpening(site) // => { subject: { type: 'mention', mention: ‹Ann Roe› }, verb: 'remarked' }
 */
export function invertedVerbOpening(s: CueSite): Found | undefined {
  const { paragraph, sentenceStart } = s.context;
  const { tokens } = paragraph;
  const verb = tokens[sentenceStart];
  if (!verb || !verb.cap || verb.quote >= 0 || !INVERTED_OPENING.has(verb.lower)) return undefined;
  const next = tokens[sentenceStart + 1];
  if (!next || !next.word || next.quote >= 0 || (!next.cap && !ARTICLES.has(next.lower) && FUNCTION_WORDS.has(next.lower))) return undefined;
  if (!/^[,:]$/.test(tokens[s.openToken - 1]?.text ?? '') || s.openToken - 2 <= sentenceStart) return undefined;
  for (let k = sentenceStart; k < s.openToken; k++) if (tokens[k]!.quote >= 0) return undefined;
  const subject = subjectAfter(s.context, sentenceStart + 1, s.openToken - 2);
  return subject.type === 'none' ? undefined : { subject, verb: verb.lower };
}
