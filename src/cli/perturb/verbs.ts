/**
 * Rewrite `verbs` of `npm run perturb`: the reporting verb "say" of the narration (outside quotation marks) replaced
 * by another verb of saying from a broad list ("added", "noted", "stressed", … "tweeted", "wrote", "told reporters",
 * "told the newspaper"), in the same tense, number and form: "said" -> "noted", "says" -> "notes", "has said" ->
 * "has noted", "officials say" -> "officials note", ", saying" -> ", noting". Who said what stays the same, and every
 * quote's words too, so the keys stay valid. Right after a quotation, with only the subject between ("“…,” Ann Roe
 * said."), every third verb is one of manner or a phrasal verb of saying instead ("laughed", "hit back", "went on").
 * The verbs cycle from a seed (the article's file name), so the rewrite is the same on every run and varies between
 * articles.
 */
import { quoteRuns } from './quote-runs.ts';

/** A reporting verb in every form the rewrite needs. */
interface VerbForms {
  past: string;
  present: string;
  participle: string;
  base: string;
  ing: string;
}

/** One verb's forms from its base, its past and its -ing form (regular third person; a phrase keeps its object). */
function forms(base: string, past: string, ing: string, participle = past): VerbForms {
  const [head, ...rest] = base.split(' ');
  const third = /(?:s|sh|ch|x)$/.test(head!) ? `${head}es` : `${head}s`;
  return { past, present: [third, ...rest].join(' '), participle, base, ing };
}

/** The verbs "say" is replaced by, in turn. */
export const REPORTING_VERBS: readonly VerbForms[] = [
  forms('add', 'added', 'adding'),
  forms('note', 'noted', 'noting'),
  forms('stress', 'stressed', 'stressing'),
  forms('explain', 'explained', 'explaining'),
  forms('argue', 'argued', 'arguing'),
  forms('insist', 'insisted', 'insisting'),
  forms('warn', 'warned', 'warning'),
  forms('recall', 'recalled', 'recalling'),
  forms('concede', 'conceded', 'conceding'),
  forms('admit', 'admitted', 'admitting'),
  forms('caution', 'cautioned', 'cautioning'),
  forms('quip', 'quipped', 'quipping'),
  forms('remark', 'remarked', 'remarking'),
  forms('observe', 'observed', 'observing'),
  forms('declare', 'declared', 'declaring'),
  forms('announce', 'announced', 'announcing'),
  forms('tweet', 'tweeted', 'tweeting'),
  forms('write', 'wrote', 'writing', 'written'),
  forms('post', 'posted', 'posting'),
  forms('tell reporters', 'told reporters', 'telling reporters'),
  forms('tell the newspaper', 'told the newspaper', 'telling the newspaper'),
];

/**
 * Verbs of manner and phrasal verbs of saying, [past, present]: English uses them for a quotation only right before
 * them, with the speaker and nothing else ("“…,” she laughed.", "“…,” the minister hit back."); a phrasal verb never
 * comes before its subject ("“…,” hit back Ann Roe" is no English).
 */
export const AFTER_QUOTE_VERBS: readonly (readonly [past: string, present: string])[] = [
  ['went on', 'goes on'],
  ['laughed', 'laughs'],
  ['hit back', 'hits back'],
  ['echoed', 'echoes'],
  ['chimed in', 'chimes in'],
  ['smiled', 'smiles'],
  ['fired back', 'fires back'],
  ['snapped', 'snaps'],
];

/** Verbs that read well before "to" ("said to reporters" -> "explained to reporters"). */
const BEFORE_TO: ReadonlySet<string> = new Set(['add', 'note', 'stress', 'explain', 'insist', 'concede', 'quip', 'remark', 'declare', 'announce', 'write']);

/** Words after which "said" is no finite verb of the narration to replace ("was said to", "the said", "Having said that"). */
const KEEP_AFTER: ReadonlySet<string> = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being', 'having', 'the', 'as', 'not', 'to']);
/** Auxiliaries that take the participle ("has said" -> "has noted"). */
const PERFECT: ReadonlySet<string> = new Set(['has', 'have', 'had']);
/** Words ending in -s that are no plural subject of "say" ("this", "his", "is", "was"). */
const NOT_PLURAL: ReadonlySet<string> = new Set(['is', 'was', 'has', 'does', 'this', 'his', 'its', 'us', 'as', 'yes', 'thus', 'news', 'plus', 'always', 'perhaps', 'afterwards', 'towards']);
/** Words before "saying" that make it no participle of the narration ("quoted as saying", "an old saying"). */
const NOT_BEFORE_SAYING: ReadonlySet<string> = new Set(['as', 'a', 'an', 'the', 'old', 'this', 'that', 'his', 'her', 'their', 'its', 'goes', 'without']);

/** The form of "say" found and the one it takes in a verb's forms. */
type Form = 'past' | 'present' | 'participle' | 'base' | 'ing';

/**
 * Which form a "say" form stands for here, or undefined when it is no verb of the narration to replace: a passive
 * ("was said"), "That said", the adjective ("the said report"), "have a say", "say, ten" ("for example"), "as saying".
 */
function formOf(word: string, prev: string, after: string): Form | undefined {
  const p = prev.toLowerCase();
  if (word === 'said') {
    if (KEEP_AFTER.has(p) || (p === 'that' && after.startsWith(','))) return undefined;
    return PERFECT.has(p) ? 'participle' : 'past';
  }
  if (word === 'says') return PERFECT.has(p) || KEEP_AFTER.has(p) ? undefined : 'present';
  if (word === 'say') {
    // "Officials say", "they say", "police say": a plural subject right before; not "to say", "would say", "a say".
    const plural = p === 'they' || p === 'police' || p === 'people' || (/^[a-z]+s$/i.test(prev) && !NOT_PLURAL.has(p) && !/(?:ss|us|is)$/.test(p));
    return plural ? 'base' : undefined;
  }
  return prev !== '' && NOT_BEFORE_SAYING.has(p) ? undefined : 'ing';
}

/**
 * Chooses the replacement of one form of "say": the verbs cycle from `n`; a verb before its subject ("“…,” said
 * Ann Roe") or before "to"/"of" takes a one-word verb that reads there.
 */
function replacement(form: Form, prev: string, after: string, n: number): { to: string; next: number } | undefined {
  // The word before is no subject when it is punctuation (a quote's close, a comma after an aside): the verb may come
  // before its subject there ("“…,” told reporters Ann Roe" is no English), so it takes one word.
  const inverted = prev === '' && form !== 'ing';
  const toOrOf = /^ (?:to|of|about|on|at)\b/.test(after);
  for (let k = 0; k < REPORTING_VERBS.length; k++) {
    const verb = REPORTING_VERBS[(n + k) % REPORTING_VERBS.length]!;
    if ((inverted || toOrOf) && verb.base.includes(' ')) continue;
    if (toOrOf && !BEFORE_TO.has(verb.base)) continue;
    if (inverted && (verb.base === 'post' || verb.base === 'tweet')) continue;
    // "posts" is more often the noun, and a feature's "she posts, sitting in her kitchen" is no news English.
    if (verb.base === 'post' && form !== 'past') continue;
    return { to: verb[form], next: n + k + 1 };
  }
  return undefined;
}

/**
 * Replaces every "said", "says", "say" (after a plural subject) and "saying" of the narration by another reporting
 * verb, line by line, quotation marks read per line.
 *
 * @param text An article text.
 * @param seed Where the cycle of verbs starts (the hash of the file name).
 * @example
 * perturbVerbs('“We won,” Ann Roe said. She says it was “close”.', 0) // => '“We won,” Ann Roe added. She notes it was “close”.'
 */
export function perturbVerbs(text: string, seed: number): string {
  let n = seed % REPORTING_VERBS.length;
  let m = seed % AFTER_QUOTE_VERBS.length;
  let eligible = 0;
  return text
    .split('\n')
    .map((line) => {
      const runs = quoteRuns(line);
      return runs
        .map(({ text: run, quoted }, i) => {
          if (quoted) return run;
          // The narration right after a quotation that opens its sentence and ends in a comma, "?" or "!".
          const afterQuote = i > 0 && /[,?!]["”]$/.test(runs[i - 1]!.text) && (i === 1 || /[.!?]\s*$/.test(runs[i - 2]!.text) || runs[i - 2]!.text.trim() === '');
          return run.replace(/(\S*)(\s+)(said|says|say|saying)\b(?=(.{0,24}))/gsu, (all, prevRaw: string, space: string, word: string, after: string, at: number) => {
            // The word before, as letters only; none when it ends in punctuation ("“…,” said", "a lawyer, said").
            const prev = /\p{L}$/u.test(prevRaw) ? prevRaw.replace(/^[^\p{L}]+/u, '') : '';
            const form = formOf(word, prev, after);
            // Every third verb right after such a quotation, with only its subject between ("“…,” Ann Roe said.")
            // or its subject's name after it ("“…,” said Ann Roe."), is a verb of manner or a phrasal verb.
            const subjectOnly = /^,?\s*(?:(?:[A-Z][\p{L}'’.-]*|he|she|they|the|[a-z]+)\s+){0,3}$/u.test(run.slice(0, at) + prevRaw + space) && /^[.,]/.test(after);
            const inverted = /^,?$/.test(run.slice(0, at) + prevRaw) && /^ [A-Z][\p{L}'’-]+(?: [A-Z][\p{L}'’-]+){0,3}\./u.test(after);
            if (afterQuote && (form === 'past' || form === 'present') && (subjectOnly || inverted) && eligible++ % 3 === 2) {
              for (let k = 0; k < AFTER_QUOTE_VERBS.length; k++) {
                const verb = AFTER_QUOTE_VERBS[(m + k) % AFTER_QUOTE_VERBS.length]!;
                if (inverted && verb[0].includes(' ')) continue;
                m += k + 1;
                return `${prevRaw}${space}${form === 'past' ? verb[0] : verb[1]}`;
              }
            }
            const chosen = form && replacement(form, prev, after, n);
            if (!chosen) return all;
            n = chosen.next;
            return `${prevRaw}${space}${chosen.to}`;
          });
        })
        .join('');
    })
    .join('\n');
}
