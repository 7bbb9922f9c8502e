/**
 * Scores an article's predicted quotes and actors against a hand-made key, the way a reader
 * would judge the page built from it: quotes compared as bags of words (case, accents and
 * punctuation folded), a predicted quote matching a key quote when their word-overlap F1 is at
 * least 0.6, one to one, best pairs first; a speaker right when its folded name (without "Mr",
 * "Ms", "the") is one the key lists, or, for people, has the same surname.
 *
 * What a reader sees and the scorer counts:
 * - a quote given to the wrong speaker (also a quote the key gives speaker null, or an invented
 *   quote, that comes out with a speaker) is a wrong speaker;
 * - an actor of the key found with another kind (a magazine shown as a person) is a wrong kind;
 * - an actor made up from words that name no one (the key's `not_actors`, a common word, a
 *   capitalised word that only starts sentences, a name the text never uses) is junk.
 *
 * Two choices are stricter than a plain word-overlap scorer, for precision first:
 * - a surname alone is accepted only when no other person in the key has that surname
 *   ("Okafor" cannot stand for both Martin and Daniel Okafor);
 * - a quote the key gives speaker null (and does not mark optional) must come out with speaker
 *   null; any speaker on it counts as a wrong attribution.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { processArticle } from '../engine/index.ts';

/** `outlet`: a news outlet or agency that the article only cites ("told the BBC", "Reuters reported"); one it quotes is an organization. */
const actorKindSchema = z.enum(['person', 'organization', 'place', 'anonymous', 'group', 'outlet']);

/** One actor of the key: an actor the analysis must find, with the kind it must have. */
export const expectedActorSchema = z
  .object({
    name: z.string().min(1),
    kind: actorKindSchema,
    /** Other names the article uses for the actor ("WHO", "the council"). */
    aliases: z.array(z.string().min(1)).optional(),
  })
  .strict();
export type ExpectedActor = z.infer<typeof expectedActorSchema>;

/** One quote of the key. `speaker` is an actor's display name, or null when no one can tell. */
export const expectedQuoteSchema = z
  .object({
    text: z.string().min(1),
    speaker: z.string().min(1).nullable(),
    /** Other names accepted for the speaker (an organisation for its spokesperson). */
    alt: z.array(z.string().min(1)).optional(),
    /** A title, a scare quote, a single word or a speaker no careful reader can name: neither counts for nor against. */
    optional: z.boolean().optional(),
    /** Why the quote is keyed the way it is (required for an optional quote unless the key's `notes` says why). */
    note: z.string().min(1).optional(),
  })
  .strict();
export type ExpectedQuote = z.infer<typeof expectedQuoteSchema>;

/** The figures of one article or corpus that a floor can hold up. */
export const figureNameSchema = z.enum(['detectPrecision', 'detectRecall', 'attributionAccuracy', 'attributedPrecision', 'attributedRecall', 'attributedF1', 'actorRecall']);
export type FigureName = z.infer<typeof figureNameSchema>;

/** The key of one corpus article (`<name>.expected.json`). */
export const expectedArticleSchema = z
  .object({
    /** The house style the article stands for and what it tests. */
    style: z.string().min(1),
    /** Why the remaining optional quotes are optional, and other keying decisions. */
    notes: z.string().min(1).optional(),
    /** Where the text comes from. */
    source: z.string().min(1).optional(),
    actors: z.array(expectedActorSchema),
    quotes: z.array(expectedQuoteSchema),
    /** Capitalised words of the text that are not actors; the analysis must not make actors of them. */
    not_actors: z.array(z.string().min(1)).optional(),
    /** Quoted words that are not quotes of anyone (titles, names of things); the analysis must not report them. */
    not_quotes: z.array(z.string().min(1)).optional(),
    /** The article's own floors, below 1 only where the engine falls short today; a figure not listed must be 1. */
    floor: z.partialRecord(figureNameSchema, z.number().min(0).max(1)).optional(),
  })
  .strict()
  .superRefine((key, ctx) => {
    key.quotes.forEach((q, i) => {
      if (q.optional && !q.note && !key.notes) {
        ctx.addIssue({ code: 'custom', path: ['quotes', i, 'optional'], message: `optional quote “${q.text}” has no reason. Fix: say why in its "note" or in the key's "notes"` });
      }
    });
  });
export type ExpectedArticle = z.infer<typeof expectedArticleSchema>;

/**
 * Reads and checks a key file, failing with `file: path: reason. Fix: …` on a malformed key.
 *
 * @param file Path of a `<name>.expected.json` key.
 * @example
 * readKey('tests/fixtures/engine-corpus/court-report.expected.json').quotes.length // => 16
 */
export function readKey(file: string): ExpectedArticle {
  const parsed = expectedArticleSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => `${file}: ${issue.path.join('.') || '(key)'}: ${issue.message}${issue.message.includes('Fix:') ? '' : '. Fix: follow the key format in src/cli/score-quotes.ts'}`);
  throw new Error(lines.join('\n'));
}

/** What the engine said about one article, with speakers as display names. */
export interface PredictedArticle {
  quotes: { text: string; speaker: string | null }[];
  actors: { name: string; kind: string; aliases: string[]; canonical?: string }[];
}

/** Counts for one article or a whole corpus. */
export interface QuoteScore {
  goldQuotes: number;
  predictedQuotes: number;
  matched: number;
  correct: number;
  /** Predicted quotes with a speaker that is wrong (or a speaker where the key says null, or on an invented quote). */
  wrongSpeakers: number;
  /** Predicted quotes with a speaker that count in attributed precision. */
  attributed: number;
  goldActors: number;
  foundActors: number;
  /** Predicted actors going by a name of a key actor but with another kind. */
  wrongKinds: number;
  /** Predicted actors that name no one. */
  junkActors: number;
  misses: string[];
}

/** Figures derived from a score. */
export type QuoteFigures = Record<FigureName, number>;

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'sir', 'dame']);

/** Capitalised words that are not names, from the engine's lexicon, read as data. */
const COMMON_WORDS: ReadonlySet<string> = (() => {
  const lexicon = JSON.parse(readFileSync(fileURLToPath(new URL('../engine/lexicons/common-words.json', import.meta.url)), 'utf8')) as { words: string[]; sentenceStarters: string[] };
  return new Set([...lexicon.words, ...lexicon.sentenceStarters].map((w) => w.toLowerCase()));
})();

/**
 * Folds text to the tokens the scorer compares: lower case, no accents, no punctuation.
 *
 * @param text Any text.
 * @example
 * textToTokens('“Élan,” she said.') // => ['elan', 'she', 'said']
 */
export function textToTokens(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u201b`´]/g, "'")
    .replace(/[^a-z0-9' ]+/g, ' ')
    .replace(/(^|\s)'+|'+(\s|$)/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

/**
 * Folds a name for comparison: tokens without a leading article or honorifics.
 *
 * @param name A display name.
 * @example
 * nameToKey('Mr. Ólafur Bjarnason') // => 'olafur bjarnason'
 */
export function nameToKey(name: string | null | undefined): string {
  return textToTokens(name ?? '')
    .filter((t, i) => !(i === 0 && ['a', 'an', 'the'].includes(t)))
    .filter((t) => !HONORIFICS.has(t))
    .join(' ');
}

/**
 * Word-overlap F1 of two texts, as bags of words.
 *
 * @example
 * wordOverlapF1('we will win', 'we will win,') // => 1
 */
export function wordOverlapF1(a: string, b: string): number {
  const ta = textToTokens(a);
  const tb = textToTokens(b);
  if (ta.length === 0 || tb.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const t of tb) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of ta) {
    const c = counts.get(t) ?? 0;
    if (c > 0) {
      common++;
      counts.set(t, c - 1);
    }
  }
  if (common === 0) return 0;
  const p = common / ta.length;
  const r = common / tb.length;
  return (2 * p * r) / (p + r);
}

const escapeForPattern = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Tells why a predicted actor names no one, or returns null when it may be an actor: the key
 * lists it in `not_actors`; it is one common word ("Asked"); or its only name in the text is an
 * ordinary word (a common word, or one the text also writes in lower case) capitalised because it
 * opens a sentence, a quote or a line ("Who is meant to mind my two?"). Anonymous actors and
 * groups are described, not named ("critics", "Conservatives"), so only the key's list applies
 * to them. A name the text does not spell out (a country from its adjective) is not junk, nor an
 * institution the engine's lexicon knows under a common word ("Labour", `canonical` "Labour Party").
 *
 * @param actor A predicted actor.
 * @param text The article's text.
 * @param notActors The key's `not_actors`.
 * @example
 * junkReason({ name: 'World Health Organization', kind: 'organization', aliases: ['Who'] }, '“Who is meant to mind my two?”', [])
 * // => 'an ordinary word that opens a sentence taken as a name'
 */
export function junkReason(actor: PredictedArticle['actors'][number], text: string, notActors: readonly string[]): string | null {
  const names = [actor.name, ...actor.aliases];
  const listed = new Set(notActors.map(nameToKey));
  if (names.some((n) => listed.has(nameToKey(n)))) return 'the key lists it as not an actor';
  if (actor.kind === 'anonymous' || actor.kind === 'group') return null;
  if (actor.canonical === undefined && COMMON_WORDS.has(nameToKey(actor.name))) return 'a common word taken as a name';
  const uses = names.map((name) => findUses(name, text));
  if (uses.some((u) => u.midSentence > 0)) return null;
  const opener = names.find((name, i) => uses[i]!.opening > 0 && !name.includes(' ') && isOrdinaryWord(name, text));
  return opener === undefined ? null : 'an ordinary word that opens a sentence taken as a name';
}

/** Counts where the text writes a name as it is spelt: opening a sentence, a quote or a line, or inside one. */
function findUses(name: string, text: string): { opening: number; midSentence: number } {
  const at = new RegExp(`(?<![\\p{L}\\p{N}])${escapeForPattern(name)}(?![\\p{L}\\p{N}])`, 'gu');
  const uses = { opening: 0, midSentence: 0 };
  for (const m of text.matchAll(at)) {
    const before = `\n${text.slice(Math.max(0, m.index - 3), m.index)}`;
    if (/(^\n|[.!?…]["”’»]?\s+|\n\s*|["“‘«(]\s*)$/u.test(before)) uses.opening++;
    else uses.midSentence++;
  }
  return uses;
}

/** Whether a word is an ordinary word: a common word, or one the text also writes in lower case. */
function isOrdinaryWord(word: string, text: string): boolean {
  const lower = word.toLowerCase();
  return COMMON_WORDS.has(lower) || new RegExp(`(?<![\\p{L}\\p{N}])${escapeForPattern(lower)}(?![\\p{L}\\p{N}])`, 'u').test(text);
}

/**
 * Scores one article's prediction against its key.
 *
 * @param expected The key.
 * @param predicted The engine's quotes (speaker display names) and actors.
 * @param text The article's text, to tell made-up actors from names it uses.
 * @example
 * scoreQuotes(
 *   { style: '', actors: [], quotes: [{ text: 'No', speaker: 'Jane Doe' }] },
 *   { actors: [], quotes: [{ text: 'No,', speaker: 'Jane Doe' }] },
 *   'Jane Doe said: “No.”',
 * ).correct // => 1
 */
export function scoreQuotes(expected: ExpectedArticle, predicted: PredictedArticle, text: string): QuoteScore {
  const surnameOwners = new Map<string, number>();
  for (const a of expected.actors) {
    if (a.kind !== 'person') continue;
    const s = nameToKey(a.name).split(' ').at(-1)!;
    surnameOwners.set(s, (surnameOwners.get(s) ?? 0) + 1);
  }
  const kindOf = new Map<string, string>();
  for (const a of expected.actors) for (const n of [a.name, ...(a.aliases ?? [])]) kindOf.set(nameToKey(n), a.kind);
  // Every name the key gives an actor: a quote's speaker is right under any of them, as in the shared gold scorer.
  const namesOf = new Map<string, Set<string>>();
  for (const a of expected.actors) {
    const keys = new Set([a.name, ...(a.aliases ?? [])].map(nameToKey));
    for (const k of keys) namesOf.set(k, new Set([...(namesOf.get(k) ?? []), ...keys]));
  }
  const speakerRight = (said: string | null, q: ExpectedQuote): boolean => {
    if (q.speaker === null) return said === null;
    const p = nameToKey(said);
    if (!p) return false;
    for (const name of [q.speaker, ...(q.alt ?? [])]) {
      const n = nameToKey(name);
      if (n === p || namesOf.get(n)?.has(p)) return true;
      const kind = kindOf.get(n) ?? (n.includes(' ') && /^[a-z]/.test(n) ? 'person' : 'other');
      if (kind !== 'person') continue;
      const surname = n.split(' ').at(-1)!;
      if (surname.length > 2 && surname === p.split(' ').at(-1) && (surnameOwners.get(surname) ?? 0) <= 1) return true;
    }
    return false;
  };

  const pairs: [number, number, number][] = [];
  expected.quotes.forEach((g, i) =>
    predicted.quotes.forEach((p, j) => {
      const f = wordOverlapF1(p.text, g.text);
      if (f < 0.6) return;
      pairs.push([f + (speakerRight(p.speaker, g) ? 1e-3 : 0) + (g.optional ? 0 : 1e-4), i, j]);
    }),
  );
  pairs.sort((x, y) => y[0] - x[0]);
  const goldHit = new Array<number>(expected.quotes.length).fill(-1);
  const predHit = new Array<number>(predicted.quotes.length).fill(-1);
  for (const [, i, j] of pairs) {
    if (goldHit[i]! >= 0 || predHit[j]! >= 0) continue;
    goldHit[i] = j;
    predHit[j] = i;
  }

  const score = emptyScore();
  expected.quotes.forEach((g, i) => {
    if (g.optional || g.speaker === null) return;
    score.goldQuotes++;
    const j = goldHit[i]!;
    if (j < 0) {
      score.misses.push(`missed quote “${g.text}” (${g.speaker})`);
      return;
    }
    score.matched++;
    const said = predicted.quotes[j]!.speaker;
    if (speakerRight(said, g)) score.correct++;
    else score.misses.push(`“${g.text}” given to ${JSON.stringify(said)}, answer ${g.speaker}`);
  });
  const notQuotes = expected.not_quotes ?? [];
  predicted.quotes.forEach((p, j) => {
    const i = predHit[j]!;
    const g = i >= 0 ? expected.quotes[i]! : undefined;
    if (g?.optional) {
      // A reader still sees the name: an optional quote given to someone the key rules out is wrong.
      if (g.speaker !== null && p.speaker !== null && !speakerRight(p.speaker, g)) {
        score.wrongSpeakers++;
        score.misses.push(`optional “${p.text}” given to ${JSON.stringify(p.speaker)}, answer ${g.speaker}`);
      }
      return;
    }
    score.predictedQuotes++;
    if (p.speaker !== null) {
      score.attributed++;
      if (!g || !speakerRight(p.speaker, g)) score.wrongSpeakers++;
    }
    if (!g) {
      const why = notQuotes.some((n) => wordOverlapF1(p.text, n) >= 0.6) ? 'not a quote (key’s not_quotes)' : 'extra quote';
      score.misses.push(`${why} “${p.text}” (${JSON.stringify(p.speaker)})`);
    } else if (g.speaker === null && p.speaker !== null) score.misses.push(`“${p.text}” given to ${JSON.stringify(p.speaker)}, answer null`);
  });
  for (const a of expected.actors) {
    score.goldActors++;
    const keys = new Set([a.name, ...(a.aliases ?? [])].map(nameToKey));
    // Every predicted actor going by one of the names is what a reader sees ("Brightline" the person beside "Brightline Foods").
    const found = predicted.actors.filter((p) => [p.name, ...p.aliases].some((n) => keys.has(nameToKey(n))));
    if (found.length === 0) {
      score.misses.push(`actor not found: ${a.name}`);
      continue;
    }
    score.foundActors++;
    for (const p of found) {
      if (p.kind === a.kind) continue;
      score.wrongKinds++;
      score.misses.push(`actor ${a.name} found as ${p.kind} “${p.name}”, answer ${a.kind}`);
    }
  }
  // An actor the key lists is never junk, whatever its name ("government" keyed as the body that speaks).
  const keyed = new Set(expected.actors.flatMap((a) => [a.name, ...(a.aliases ?? [])]).map(nameToKey));
  for (const p of predicted.actors) {
    if ([p.name, ...p.aliases].some((n) => keyed.has(nameToKey(n)))) continue;
    const why = junkReason(p, text, expected.not_actors ?? []);
    if (why === null) continue;
    score.junkActors++;
    score.misses.push(`junk actor “${p.name}” (${p.kind}): ${why}`);
  }
  return score;
}

function emptyScore(): QuoteScore {
  return { goldQuotes: 0, predictedQuotes: 0, matched: 0, correct: 0, wrongSpeakers: 0, attributed: 0, goldActors: 0, foundActors: 0, wrongKinds: 0, junkActors: 0, misses: [] };
}

/**
 * Adds scores of several articles.
 *
 * @example
 * sumScores([a, b]).goldQuotes // => a.goldQuotes + b.goldQuotes
 */
export function sumScores(scores: readonly QuoteScore[]): QuoteScore {
  const total = emptyScore();
  for (const s of scores) {
    total.goldQuotes += s.goldQuotes;
    total.predictedQuotes += s.predictedQuotes;
    total.matched += s.matched;
    total.correct += s.correct;
    total.wrongSpeakers += s.wrongSpeakers;
    total.attributed += s.attributed;
    total.goldActors += s.goldActors;
    total.foundActors += s.foundActors;
    total.wrongKinds += s.wrongKinds;
    total.junkActors += s.junkActors;
    total.misses.push(...s.misses);
  }
  return total;
}

/**
 * Turns counts into figures. Attributed precision counts every predicted quote that carries a
 * speaker; attributed recall every key quote with a speaker. A figure with nothing to count
 * (no quotes predicted, none in the key) is 1: nothing was missed or invented.
 *
 * @example
 * scoreToFigures(sumScores(scores)).attributedF1 // => 0.93
 */
export function scoreToFigures(s: QuoteScore): QuoteFigures {
  const div = (a: number, b: number): number => (b ? a / b : 1);
  const p = div(s.correct, s.attributed);
  const r = div(s.correct, s.goldQuotes);
  return {
    detectPrecision: div(s.matched, s.predictedQuotes),
    detectRecall: div(s.matched, s.goldQuotes),
    attributionAccuracy: div(s.correct, s.matched),
    attributedPrecision: p,
    attributedRecall: r,
    attributedF1: p + r ? (2 * p * r) / (p + r) : 0,
    actorRecall: div(s.foundActors, s.goldActors),
  };
}

/**
 * Runs the engine on one article and gives what it found the way a key names it: quotes with speakers as display
 * names, actors with their kinds.
 *
 * @param file The article's file name (for ingest).
 * @param text The article's text.
 * @example
 * predictArticle('a.txt', 'Ann Roe said: “We will win.”').quotes // => [{ text: 'We will win.', speaker: 'Ann Roe' }]
 */
export function predictArticle(file: string, text: string): PredictedArticle {
  const article = processArticle({ file, text });
  const names = new Map(article.analysis.actors.map((a) => [a.id, a.name]));
  return {
    quotes: article.analysis.quotes.map((q) => ({ text: q.text, speaker: q.speaker === null ? null : (names.get(q.speaker) ?? null) })),
    actors: article.analysis.actors.map((a) => ({ name: a.name, kind: a.kind, aliases: a.aliases, ...(a.canonical === undefined ? {} : { canonical: a.canonical }) })),
  };
}
