/**
 * `npm run perturb -- [MODE…] [--corpus NAME…]`: the invariance check of the attribution engine. For every keyed
 * corpus under tests/fixtures/engine-* (articles `NAME.txt` with their keys `NAME.expected.json`), runs the engine
 * in-process on the original texts and on each rewrite of src/cli/perturb/modes.ts, scores both with the corpus
 * scorer (src/cli/score-quotes.ts; against the rewritten key when a rewrite renames speakers) and prints one table row
 * per corpus and mode: key quotes with a speaker, attributed F1, wrong speakers, quotes left without a speaker (null),
 * junk actors and extra quotes (spans the key does not list as quotes), original → rewritten.
 * Every rewrite keeps the quote texts and who said what, so the same speakers should come out. No network,
 * deterministic; with no MODE every mode runs, with no --corpus every keyed corpus.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MODES, type Rewrite } from './perturb/modes.ts';
import { predictArticle, readKey, scoreQuotes, scoreToFigures, sumScores, type ExpectedArticle, type QuoteScore } from './score-quotes.ts';

/** One keyed article of a corpus. */
export interface KeyedArticle {
  file: string;
  text: string;
  key: ExpectedArticle;
}

/** The figures of one corpus on one version of its texts. */
export interface PerturbFigures {
  quotes: number;
  f1: number;
  wrong: number;
  nul: number;
  junk: number;
  /** Predicted quotes the key does not list at all (speaker or none): set-off words, titles, invented quotes. */
  extra: number;
}

/** One row of the table. */
export interface PerturbRow {
  corpus: string;
  mode: string;
  original: PerturbFigures;
  rewritten: PerturbFigures;
  /** Articles whose text the rewrite changed. */
  changed: number;
}

/**
 * The keyed corpora under a fixtures folder: every `engine-*` folder holding at least one `NAME.txt` with its
 * `NAME.expected.json` beside it, sorted by name.
 *
 * @param fixtures The fixtures folder (tests/fixtures).
 * @example
 * keyedCorpora('tests/fixtures') // => ['engine-corpus', 'engine-heldout', …]
 */
export function keyedCorpora(fixtures: string): string[] {
  return readdirSync(fixtures, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name.startsWith('engine-') && readKeyedArticles(join(fixtures, d.name)).length > 0)
    .map((d) => d.name)
    .sort();
}

/**
 * The articles of one corpus folder that have a key, with their keys, sorted by file name.
 *
 * @param dir A corpus folder.
 * @example
 * readKeyedArticles('tests/fixtures/perturb-cli/engine-tiny').map((a) => a.file) // => ['harbour-vote.txt']
 */
export function readKeyedArticles(dir: string): KeyedArticle[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt') && existsSync(join(dir, f.replace(/\.txt$/, '.expected.json'))))
    .sort()
    .map((file) => ({ file, text: readFileSync(join(dir, file), 'utf8'), key: readKey(join(dir, file.replace(/\.txt$/, '.expected.json'))) }));
}

/**
 * Scores the engine on a corpus, each text first passed through `rewrite` when one is given.
 *
 * @param articles The keyed articles.
 * @param rewrite A rewrite of MODES, or none for the original texts.
 * @example
 * scoreCorpus(readKeyedArticles('tests/fixtures/perturb-cli/engine-tiny'), MODES.adverb)
 * // => { figures: { quotes: 2, f1: 1, wrong: 0, nul: 0, junk: 0, extra: 0 }, changed: 1 }
 */
export function scoreCorpus(articles: readonly KeyedArticle[], rewrite?: Rewrite): { figures: PerturbFigures; changed: number } {
  let changed = 0;
  const scores: QuoteScore[] = articles.map(({ file, text, key }) => {
    const out = rewrite ? rewrite(text, file, key) : text;
    const used = typeof out === 'string' ? out : out.text;
    if (used !== text) changed++;
    return scoreQuotes(typeof out === 'string' ? key : out.key, predictArticle(file, used), used);
  });
  const total = sumScores(scores);
  return {
    figures: {
      quotes: total.goldQuotes,
      f1: scoreToFigures(total).attributedF1,
      wrong: total.wrongSpeakers,
      nul: total.misses.filter((m) => / given to null, answer /.test(m)).length,
      junk: total.junkActors,
      extra: total.misses.filter((m) => /^(?:extra quote|not a quote) /.test(m)).length,
    },
    changed,
  };
}

/**
 * The rows of the table: for each corpus (its original texts scored once) and each mode.
 *
 * @param fixtures The fixtures folder.
 * @param modes Mode names of MODES.
 * @param corpora Corpus folder names under `fixtures`.
 * @example
 * perturbRows('tests/fixtures/perturb-cli', ['adverb'], ['engine-tiny'])[0]!.changed // => 1
 */
export function perturbRows(fixtures: string, modes: readonly string[], corpora: readonly string[]): PerturbRow[] {
  const rows: PerturbRow[] = [];
  for (const corpus of corpora) {
    const articles = readKeyedArticles(join(fixtures, corpus));
    const original = scoreCorpus(articles).figures;
    for (const mode of modes) {
      const { figures, changed } = scoreCorpus(articles, MODES[mode]!);
      rows.push({ corpus, mode, original, rewritten: figures, changed });
    }
  }
  return rows;
}

/**
 * The table as Markdown: one row per corpus and mode, each figure as original → rewritten.
 *
 * @param rows The rows of `perturbRows`.
 * @example
 * formatTable(rows).split('\n')[0] // => '| corpus | mode | articles changed | quotes | attributed F1 | wrong | null | junk actors | extra quotes |'
 */
export function formatTable(rows: readonly PerturbRow[]): string {
  const pair = (a: number | string, b: number | string) => (a === b ? `${a}` : `${a} → ${b}`);
  const lines = ['| corpus | mode | articles changed | quotes | attributed F1 | wrong | null | junk actors | extra quotes |', '|---|---|---|---|---|---|---|---|---|'];
  for (const { corpus, mode, original: o, rewritten: r, changed } of rows) {
    lines.push(`| ${corpus} | ${mode} | ${changed} | ${o.quotes} | ${pair(o.f1.toFixed(3), r.f1.toFixed(3))} | ${pair(o.wrong, r.wrong)} | ${pair(o.nul, r.nul)} | ${pair(o.junk, r.junk)} | ${pair(o.extra, r.extra)} |`);
  }
  return lines.join('\n');
}

/**
 * Reads the command line: mode names, then `--corpus` and corpus names.
 *
 * @param args The arguments after the script.
 * @example
 * parsePerturbArgs(['tense', '--corpus', 'engine-corpus']) // => { modes: ['tense'], corpora: ['engine-corpus'] }
 */
export function parsePerturbArgs(args: readonly string[]): { modes: string[]; corpora: string[] } {
  const modes: string[] = [];
  const corpora: string[] = [];
  let inCorpora = false;
  for (const a of args) {
    if (a === '--corpus') inCorpora = true;
    else if (inCorpora) corpora.push(a);
    else if (a in MODES) modes.push(a);
    else throw new Error(`unknown mode “${a}”. Fix: use one of ${Object.keys(MODES).join(', ')}`);
  }
  return { modes, corpora };
}

if (import.meta.filename === process.argv[1]) {
  const fixtures = join(import.meta.dirname, '../../tests/fixtures');
  try {
    const args = parsePerturbArgs(process.argv.slice(2));
    const known = keyedCorpora(fixtures);
    const unknown = args.corpora.filter((c) => !known.includes(c));
    if (unknown.length) throw new Error(`no keyed corpus ${unknown.join(', ')}. Fix: use one of ${known.join(', ')}`);
    const modes = args.modes.length ? args.modes : Object.keys(MODES);
    console.log(formatTable(perturbRows(fixtures, modes, args.corpora.length ? args.corpora : known)));
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
}
