/**
 * Rewrites `present`, `wrote`, `asput` and `words` of `npm run perturb`: feature and citizen-media writing; rewrites a
 * keyed news text the way a feature writer, a columnist or a blogger tells the same facts, with
 * the words of every quotation left exactly as they are (so the keys stay valid) and who said what
 * unchanged.
 *
 * Modes:
 * - `present`: the feature's present tense of reporting: "said" -> "says", "added" -> "adds",
 *   "told" -> "tells", "explained" -> "explains" … ("“…”, says Dr Lee."; "the authors write").
 * - `wrote`: the writer's verb of writing for one of saying: "said" -> "wrote", "says" -> "writes",
 *   "saying" -> "writing" ("“…”, she wrote."; "as Porter wrote, “…”").
 *
 * - `asput`: the writer's frame "as X put it" for a verb of saying: "X said: “…”" -> "As X put it: “…”",
 *   "“…,” X said." -> "“…,” as X put it." (X a capitalised name of up to four words, or he/she/they).
 * - `words`: "X said: “…”" -> "In the words of X, “…”" (X a capitalised name of up to four words).
 *
 * Only a verb of saying written in the narration (outside quotation marks) is rewritten, and only
 * a finite one: a form after an auxiliary or "to" ("has said", "was told", "is said to") keeps its
 * form, since the other tense would not be English. Quotation marks are tracked per line (a quote
 * left open at a line's end, as in a run of quoted paragraphs, ends there).
 */
import { quoteRuns } from './quote-runs.ts';

export type FeatureVerbMode = 'present' | 'wrote' | 'asput' | 'words';

const REWRITES: Record<FeatureVerbMode, Record<string, string>> = {
  present: {
    said: 'says',
    added: 'adds',
    told: 'tells',
    explained: 'explains',
    noted: 'notes',
    argued: 'argues',
    wrote: 'writes',
    warned: 'warns',
    insisted: 'insists',
    recalled: 'recalls',
  },
  wrote: {
    said: 'wrote',
    says: 'writes',
    saying: 'writing',
  },
  asput: {},
  words: {},
};

/** A capitalised name of one to four words ("Mayor Jane Porter", "Dr O'Neill"). */
const NAME = "(?:[A-Z][A-Za-z'’.-]*\\s+){0,3}[A-Z][A-Za-z'’-]*";
/** "NAME said: “" at a sentence start. */
const SAID_COLON = new RegExp(`(^|[.!?]["”]?\\s+)(${NAME}) (?:said|says|added|adds|wrote|writes): (?=["“])`, 'g');
/** "“…,” NAME said." after a quotation. */
const AFTER_QUOTE = new RegExp(`([,?!]["”])\\s+(${NAME}|he|she|they) (?:said|says|added|adds|wrote|writes)(?=[.,])`, 'g');

const PRONOUNS: ReadonlySet<string> = new Set(['He', 'She', 'They', 'It', 'We', 'I', 'You']);

/** Rewrites the frames of one narration stretch for `asput` and `words`. */
function reframe(text: string, mode: 'asput' | 'words'): string {
  let out = text.replace(SAID_COLON, (m: string, lead: string, name: string) => {
    // "He said:" becomes "As he put it:"; "In the words of he" is no English, so a pronoun keeps its verb there.
    const pronoun = PRONOUNS.has(name);
    if (pronoun && mode === 'words') return m;
    const who = pronoun ? name.toLowerCase() : name;
    return mode === 'asput' ? `${lead}As ${who} put it: ` : `${lead}In the words of ${who}, `;
  });
  if (mode === 'asput') out = out.replace(AFTER_QUOTE, (_m, end: string, name: string) => `${end} as ${name} put it`);
  return out;
}

/** Words after which a verb form is not finite and must keep its form. */
const AUXILIARIES = new Set([
  'has', 'have', 'had', 'having', 'is', 'was', 'are', 'were', 'be', 'been', 'being', 'am', 'to',
  'will', 'would', 'could', 'should', 'might', 'may', 'must', 'can', 'did', 'does', 'do', "'s", 'not',
  'never', 'also', 'reportedly', 'allegedly', 'as',
]);

/** Base forms of the present tense, for a plural or first/second-person subject ("officials say"). */
const BASE: Record<string, string> = {
  says: 'say', adds: 'add', tells: 'tell', explains: 'explain', notes: 'note', argues: 'argue',
  writes: 'write', warns: 'warn', insists: 'insist', recalls: 'recall',
};

/** A subject word that takes the base form: a pronoun or a lower-case plural noun ("officials"). */
function isPlural(word: string): boolean {
  const w = word.toLowerCase();
  if (['i', 'we', 'you', 'they'].includes(w)) return true;
  if (word !== w && !['Officials', 'Police', 'Researchers', 'Authorities', 'Witnesses', 'Experts', 'Analysts'].includes(word)) return false;
  return w === 'police' || (w.endsWith('s') && !/(ss|us|is|ics|news)$/.test(w) && !['his', 'its', 'this'].includes(w));
}

/** Rewrites one line outside its quotations. */
function rewriteLine(line: string, table: Record<string, string>): string {
  return quoteRuns(line)
    .map((p) => {
      if (p.quoted) return p.text;
      return p.text.replace(/(\S+)?(\s+)(said|says|saying|added|told|explained|noted|argued|wrote|warned|insisted|recalled)\b/g, (m, prev: string | undefined, space: string, verb: string, at: number) => {
        const to = table[verb];
        if (!to) return m;
        const word = (prev ?? '').replace(/[^A-Za-z']/g, '');
        if (AUXILIARIES.has(word.toLowerCase())) return m;
        // "One of the users says", "The head of the police's investigators says": the head of an "of" phrase agrees.
        const ofPhrase = /\bof\s+(?:\S+\s+){0,4}$/.test(p.text.slice(Math.max(0, at - 40), at));
        return `${prev ?? ''}${space}${isPlural(word) && !ofPhrase && to.endsWith('s') ? BASE[to] ?? to : to}`;
      });
    })
    .join('');
}

/**
 * Rewrites a whole text; lines (paragraphs) keep their breaks.
 *
 * @example
 * perturbFeatureVerbs('Title\n\n“We won,” Ann Roe said.', 'asput') // => 'Title\n\n“We won,” as Ann Roe put it.'
 * perturbFeatureVerbs('Title\n\nMs Roe said: “We won.”', 'present') // => 'Title\n\nMs Roe says: “We won.”'
 */
export function perturbFeatureVerbs(text: string, mode: FeatureVerbMode): string {
  if (mode === 'asput' || mode === 'words') return text.split('\n').map((line) => reframe(line, mode)).join('\n');
  const table = REWRITES[mode];
  return text
    .split('\n')
    .map((line) => rewriteLine(line, table))
    .join('\n');
}
