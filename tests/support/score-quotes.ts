/**
 * Scores an article's predicted quotes and actors against a hand-made key, the way
 * `score.mjs` (the project's answer-key scorer) does: quotes compared as bags of words
 * (case, accents and punctuation folded), a predicted quote matching a key quote when their
 * word-overlap F1 is at least 0.6, one to one, best pairs first; a speaker right when its folded
 * name (without "Mr", "Ms", "the") is one the key lists, or, for people, has the same surname.
 *
 * Two choices are stricter than `score.mjs`, for precision first:
 * - a surname alone is accepted only when no other person in the key has that surname
 *   ("Okafor" cannot stand for both Martin and Daniel Okafor);
 * - a quote the key gives speaker null (and does not mark optional) must come out with speaker
 *   null; any speaker on it counts as a wrong attribution.
 */

/** One quote of the key. `speaker` is an actor's display name, or null when no one can tell. */
export interface ExpectedQuote {
  text: string;
  speaker: string | null;
  /** Other names accepted for the speaker (an organisation for its spokesperson). */
  alt?: string[];
  /** Scare quotes and unclear speakers: neither count for nor against. */
  optional?: boolean;
}

/** An actor the analysis must find. */
export interface ExpectedActor {
  name: string;
  kind: 'person' | 'organization' | 'place' | 'anonymous' | 'group';
}

/** The key of one corpus article (`<name>.expected.json`). */
export interface ExpectedArticle {
  style: string;
  actors: ExpectedActor[];
  quotes: ExpectedQuote[];
}

/** What the engine said about one article, with speakers as display names. */
export interface PredictedArticle {
  quotes: { text: string; speaker: string | null }[];
  actors: { name: string; aliases: string[] }[];
}

/** Counts for one article or a whole corpus. */
export interface QuoteScore {
  goldQuotes: number;
  predictedQuotes: number;
  matched: number;
  correct: number;
  /** Predicted quotes with a speaker that is wrong (or a speaker where the key says null). */
  wrongSpeakers: number;
  /** Predicted quotes with a speaker that count in attributed precision. */
  attributed: number;
  goldActors: number;
  foundActors: number;
  misses: string[];
}

/** Figures derived from a score. */
export interface QuoteFigures {
  detectPrecision: number;
  detectRecall: number;
  attributionAccuracy: number;
  attributedPrecision: number;
  attributedRecall: number;
  attributedF1: number;
  actorRecall: number;
}

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'sir', 'dame']);

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

/**
 * Scores one article's prediction against its key.
 *
 * @param expected The key.
 * @param predicted The engine's quotes (speaker display names) and actors.
 * @example
 * scoreQuotes(
 *   { style: '', actors: [], quotes: [{ text: 'No', speaker: 'Jane Doe' }] },
 *   { actors: [], quotes: [{ text: 'No,', speaker: 'Jane Doe' }] },
 * ).correct // => 1
 */
export function scoreQuotes(expected: ExpectedArticle, predicted: PredictedArticle): QuoteScore {
  const surnameOwners = new Map<string, number>();
  for (const a of expected.actors) {
    if (a.kind !== 'person') continue;
    const s = nameToKey(a.name).split(' ').at(-1)!;
    surnameOwners.set(s, (surnameOwners.get(s) ?? 0) + 1);
  }
  const kindOf = new Map(expected.actors.map((a) => [nameToKey(a.name), a.kind]));
  const speakerRight = (said: string | null, q: ExpectedQuote): boolean => {
    if (q.speaker === null) return said === null;
    const p = nameToKey(said);
    if (!p) return false;
    for (const name of [q.speaker, ...(q.alt ?? [])]) {
      const n = nameToKey(name);
      if (n === p) return true;
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

  const score: QuoteScore = { goldQuotes: 0, predictedQuotes: 0, matched: 0, correct: 0, wrongSpeakers: 0, attributed: 0, goldActors: 0, foundActors: 0, misses: [] };
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
  predicted.quotes.forEach((p, j) => {
    const i = predHit[j]!;
    const g = i >= 0 ? expected.quotes[i]! : undefined;
    if (g?.optional) return;
    score.predictedQuotes++;
    if (p.speaker !== null) {
      score.attributed++;
      if (!g || !speakerRight(p.speaker, g)) score.wrongSpeakers++;
    }
    if (!g) score.misses.push(`extra quote “${p.text}” (${JSON.stringify(p.speaker)})`);
    else if (g.speaker === null && p.speaker !== null) score.misses.push(`“${p.text}” given to ${JSON.stringify(p.speaker)}, answer null`);
  });
  for (const a of expected.actors) {
    score.goldActors++;
    const key = nameToKey(a.name);
    if (predicted.actors.some((p) => [p.name, ...p.aliases].some((n) => nameToKey(n) === key))) score.foundActors++;
    else score.misses.push(`actor not found: ${a.name}`);
  }
  return score;
}

/**
 * Adds scores of several articles.
 *
 * @example
 * sumScores([a, b]).goldQuotes // => a.goldQuotes + b.goldQuotes
 */
export function sumScores(scores: readonly QuoteScore[]): QuoteScore {
  const total: QuoteScore = { goldQuotes: 0, predictedQuotes: 0, matched: 0, correct: 0, wrongSpeakers: 0, attributed: 0, goldActors: 0, foundActors: 0, misses: [] };
  for (const s of scores) {
    total.goldQuotes += s.goldQuotes;
    total.predictedQuotes += s.predictedQuotes;
    total.matched += s.matched;
    total.correct += s.correct;
    total.wrongSpeakers += s.wrongSpeakers;
    total.attributed += s.attributed;
    total.goldActors += s.goldActors;
    total.foundActors += s.foundActors;
    total.misses.push(...s.misses);
  }
  return total;
}

/**
 * Turns counts into figures. Attributed precision counts every predicted quote that carries a
 * speaker; attributed recall every key quote with a speaker.
 *
 * @example
 * scoreToFigures(sumScores(scores)).attributedF1 // => 0.93
 */
export function scoreToFigures(s: QuoteScore): QuoteFigures {
  const div = (a: number, b: number): number => (b ? a / b : 0);
  const p = div(s.correct, s.attributed);
  const r = div(s.correct, s.goldQuotes);
  return {
    detectPrecision: div(s.matched, s.predictedQuotes),
    detectRecall: div(s.matched, s.goldQuotes),
    attributionAccuracy: div(s.correct, s.matched),
    attributedPrecision: p,
    attributedRecall: r,
    attributedF1: div(2 * p * r, p + r),
    actorRecall: div(s.foundActors, s.goldActors),
  };
}
