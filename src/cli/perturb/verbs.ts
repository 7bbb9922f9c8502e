/**
 * Rewrite `verbs` of `npm run perturb`: the reporting verb "said" / "says" of the narration (outside quotation marks)
 * replaced by another verb of saying from a broad list ("added", "noted", "stressed", … "tweeted", "wrote", "told
 * reporters", "told the newspaper"), in the same tense and number: "said" -> "noted", "says" -> "notes", "has said" ->
 * "has noted". Who said what stays the same, and every quote's words too, so the keys stay valid. The verbs cycle
 * from a seed (the article's file name), so the rewrite is the same on every run and varies between articles.
 */
import { quoteRuns } from './quote-runs.ts';

/** A reporting verb: its past, its third person present and its past participle. */
type VerbForms = readonly [past: string, present: string, participle: string];

/** The verbs "said" is replaced by, in turn. */
export const REPORTING_VERBS: readonly VerbForms[] = [
  ['added', 'adds', 'added'],
  ['noted', 'notes', 'noted'],
  ['stressed', 'stresses', 'stressed'],
  ['explained', 'explains', 'explained'],
  ['argued', 'argues', 'argued'],
  ['insisted', 'insists', 'insisted'],
  ['warned', 'warns', 'warned'],
  ['recalled', 'recalls', 'recalled'],
  ['conceded', 'concedes', 'conceded'],
  ['admitted', 'admits', 'admitted'],
  ['cautioned', 'cautions', 'cautioned'],
  ['quipped', 'quips', 'quipped'],
  ['remarked', 'remarks', 'remarked'],
  ['observed', 'observes', 'observed'],
  ['declared', 'declares', 'declared'],
  ['announced', 'announces', 'announced'],
  ['tweeted', 'tweets', 'tweeted'],
  ['wrote', 'writes', 'written'],
  ['posted', 'posts', 'posted'],
  ['told reporters', 'tells reporters', 'told reporters'],
  ['told the newspaper', 'tells the newspaper', 'told the newspaper'],
];

/** Verbs that read well before "to" ("said to reporters" -> "explained to reporters"). */
const BEFORE_TO: ReadonlySet<string> = new Set(['added', 'noted', 'stressed', 'explained', 'insisted', 'conceded', 'quipped', 'remarked', 'declared', 'announced', 'wrote']);

/** Words after which "said" is no finite verb of the narration to replace ("was said to", "the said", "Having said that"). */
const KEEP_AFTER: ReadonlySet<string> = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being', 'having', 'the', 'as', 'not', 'to']);
/** Auxiliaries that take the participle ("has said" -> "has noted"). */
const PERFECT: ReadonlySet<string> = new Set(['has', 'have', 'had']);

/**
 * Chooses the replacement of one "said"/"says": the verbs cycle from `n`; a verb before its subject ("“…,” said
 * Ann Roe") or before "to"/"of" takes a one-word verb that reads there.
 */
function replacement(verb: 'said' | 'says', prev: string, after: string, n: number): { to: string; next: number } | undefined {
  const prevWord = prev.toLowerCase();
  if (KEEP_AFTER.has(prevWord)) return undefined;
  // "That said, …": no verb of saying.
  if (/^that$/i.test(prev) && after.startsWith(',')) return undefined;
  const perfect = PERFECT.has(prevWord);
  if (verb === 'says' && perfect) return undefined;
  // A verb before its subject or a prepositional object: one word only ("“…,” told reporters Ann Roe" is no English).
  // The word before is no subject when it is punctuation (a quote's close, a comma after an aside): the verb may come
  // before its subject there, so it is read as inverted.
  const inverted = prev === '';
  const toOrOf = /^ (?:to|of|about|on|at)\b/.test(after);
  for (let k = 0; k < REPORTING_VERBS.length; k++) {
    const forms = REPORTING_VERBS[(n + k) % REPORTING_VERBS.length]!;
    const [past, present, participle] = forms;
    if ((inverted || toOrOf) && past.includes(' ')) continue;
    if (toOrOf && !BEFORE_TO.has(past)) continue;
    if (inverted && (past === 'posted' || past === 'tweeted')) continue;
    // "posts" is more often the noun, and a feature's "she posts, sitting in her kitchen" is no news English.
    if (verb === 'says' && past === 'posted') continue;
    return { to: verb === 'says' ? present : perfect ? participle : past, next: n + k + 1 };
  }
  return undefined;
}

/**
 * Replaces every "said"/"says" of the narration by another reporting verb, line by line, quotation marks read per line.
 *
 * @param text An article text.
 * @param seed Where the cycle of verbs starts (the hash of the file name).
 * @example
 * perturbVerbs('“We won,” Ann Roe said. She says it was “close”.', 0) // => '“We won,” Ann Roe added. She notes it was “close”.'
 */
export function perturbVerbs(text: string, seed: number): string {
  let n = seed % REPORTING_VERBS.length;
  return text
    .split('\n')
    .map((line) =>
      quoteRuns(line)
        .map(({ text: run, quoted }) => {
          if (quoted) return run;
          return run.replace(/(\S*)(\s+)(said|says)\b(?=(.{0,24}))/gsu, (all, prevRaw: string, space: string, verb: 'said' | 'says', after: string) => {
            const prev = prevRaw.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
            // "X,” said": the word before is the close of a quote; the rewrite reads it as punctuation.
            const prevForCheck = /[\p{L}]$/u.test(prevRaw) ? prev : '';
            const chosen = replacement(verb, prevForCheck, after, n);
            if (chosen === undefined) return all;
            n = chosen.next;
            return `${prevRaw}${space}${chosen.to}`;
          });
        })
        .join(''),
    )
    .join('\n');
}
