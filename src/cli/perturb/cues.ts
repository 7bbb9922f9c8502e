/**
 * Perturbations of news text that keep who said what: they rewrite only the words OUTSIDE quotation marks, at the
 * place where a subject meets its verb of saying, so every quote text (and so every answer key) stays valid.
 *
 * - `adverb`: a sentence adverb between the subject and the verb ("Ms Ward said" -> "Ms Ward meanwhile said").
 * - `tense`: the verb in another tense or with an auxiliary ("Ms Ward said" -> "Ms Ward has said" / "had said" /
 *   "has also said" / "was quoted as saying").
 *
 * Rewrites `adverb` and `tense` of `npm run perturb`.
 */
import { quoteRuns } from './quote-runs.ts';

export type Perturbation = 'adverb' | 'tense';

/** Adverbs inserted in turn; a mix of words news English puts there ("meanwhile", "also", "later", "separately"). */
const ADVERBS = ['meanwhile', 'also', 'later', 'separately', 'additionally', 'then', 'subsequently', 'once again'];
/** Verb phrases that replace "said" in turn. */
const SAID_FORMS = ['has said', 'had said', 'has also said', 'was quoted as saying'];
/** Verb phrases that replace "says" in turn ("was quoted as saying" needs a past-tense text around it, so not here). */
const SAYS_FORMS = ['has said', 'has also said'];

/** A subject word right before a verb of saying: a capitalised word, a personal pronoun or an unnamed speaker. */
const SUBJECT_VERB = /\b(he|she|they|[A-Z][\p{L}'’.-]*|spokesman|spokeswoman|spokesperson|official|officials|police)( )(said|says|told|added)\b/gu;

/**
 * Rewrites one text by one perturbation; quote texts stay as they are.
 *
 * @param text An article text.
 * @param kind The perturbation.
 * @returns The rewritten text and the number of places rewritten.
 * @example
 * perturbText('Ms Ward said it was "wrong".', 'adverb').text // => 'Ms Ward meanwhile said it was "wrong".'
 */
export function perturbText(text: string, kind: Perturbation): { text: string; changes: number } {
  let n = 0;
  const out = text.split('\n').map((line) =>
    quoteRuns(line)
      .map(({ text: run, quoted }) => {
        if (quoted) return run;
        return run.replace(SUBJECT_VERB, (all, subject: string, space: string, verb: string) => {
          if (subject === 'It' || subject === 'I' || /^(?:The|A|An|This|That|As|But|And|When|If|In|On|At|He|She|They)$/.test(subject)) {
            if (!/^(?:He|She|They)$/.test(subject)) return all;
          }
          if (kind === 'adverb') {
            const adverb = ADVERBS[n++ % ADVERBS.length]!;
            return `${subject}${space}${adverb} ${verb}`;
          }
          if (verb === 'said') return `${subject}${space}${SAID_FORMS[n++ % SAID_FORMS.length]!}`;
          if (verb === 'says') return `${subject}${space}${SAYS_FORMS[n++ % SAYS_FORMS.length]!}`;
          if (verb === 'told') return `${subject}${space}${n++ % 2 === 0 ? 'has told' : 'had told'}`;
          return all;
        });
      })
      .join(''),
  );
  return { text: out.join('\n'), changes: n };
}
