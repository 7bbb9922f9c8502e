/**
 * Sieve: a full quote with no cue of its own, between two quotes that one speaker's own words frame
 * (the last speaker before it and the first after it the same, each at most a line away), is that
 * speaker's when nobody else is named outside quotation marks between those two quotes and no one
 * else is reported speaking there — "“We lost,” said Dev Mistry. The club sold two players. “It
 * hurts.” The season ends soon, Mr Mistry says. “We will be back,” he said."
 */
import { PERSON_PRONOUNS, SPEECH_VERBS } from '../../actors/load-lexicons.ts';
import { isSpokenQuote } from '../drop-set-off-phrases.ts';
import speechBetweenQuotesJson from '../../lexicons/speech-between-quotes.json' with { type: 'json' };
import { endsSentenceOrRunsIntoQuote, type AttributedQuote, type Sieve, type SieveContext } from './sieve.ts';

/** Plain verbs of saying: someone speaks in the sentence that holds one. */
const SAYING: ReadonlySet<string> = new Set(speechBetweenQuotesJson.lemmas);

/** True for a lower-case verb of saying outside quotation marks. */
const isSaying = (t: { word: boolean; cap: boolean; quote: number; lower: string }): boolean => t.quote < 0 && t.word && !t.cap && SAYING.has(SPEECH_VERBS.get(t.lower)?.lemma ?? '');

/** How many lines the framing quotes may stand from the quote. */
const MAX_LINES = 1;

/** The nearest spoken quote with a speaker, from quote `from` on in steps of `step` (titles and set-off words pass). */
function nearestWithSpeaker(context: SieveContext, from: number, step: 1 | -1): AttributedQuote | undefined {
  const { quotes, paragraphs } = context;
  for (let k = from; k >= 0 && k < quotes.length; k += step) {
    const r = quotes[k]!;
    if (!isSpokenQuote(paragraphs[r.position]!, r.quote)) continue;
    if (r.speaker !== null) return r;
  }
  return undefined;
}

/** True when nothing but quotations precedes the quote in its sentence: it opens it, or runs on from another quote. */
function opensOrFollowsQuote(context: SieveContext, q: AttributedQuote): boolean {
  if (q.startsSentence) return true;
  const paragraph = context.paragraphs[q.position]!;
  const start = paragraph.sentenceStarts[q.sentence] ?? 0;
  let quoted = false;
  for (let k = start; k < q.openToken; k++) {
    const t = paragraph.tokens[k]!;
    if (t.word && t.quote < 0) return false;
    if (t.quote >= 0) quoted = true;
  }
  return quoted;
}

/**
 * True when, between the two framing quotes, an actor other than `speaker` is named outside quotation marks, or a
 * sentence reports speech (a speech verb outside quotes) without naming `speaker` or using a pronoun for a person.
 */
function someoneElseBetween(context: SieveContext, from: AttributedQuote, to: AttributedQuote, speaker: string): boolean {
  const { paragraphs, index } = context;
  for (let p = from.position; p <= to.position; p++) {
    const { tokens } = paragraphs[p]!;
    const lo = p === from.position ? from.closeToken + 1 : 0;
    const hi = p === to.position ? to.openToken : tokens.length;
    const speakerIn = new Set<number>();
    for (const m of index[p]!.list) {
      if (m.inQuote || m.first < lo || m.first >= hi || m.kind === 'place') continue;
      if (m.actor !== speaker) return true;
      speakerIn.add(tokens[m.first]!.sentence);
    }
    for (let k = lo; k < hi; k++) {
      const t = tokens[k]!;
      if (t.quote < 0 && t.word && PERSON_PRONOUNS.has(t.lower)) speakerIn.add(t.sentence);
    }
    for (let k = lo; k < hi; k++) {
      const t = tokens[k]!;
      if (isSaying(t) && !speakerIn.has(t.sentence)) return true;
    }
  }
  return false;
}

/**
 * @example
 * // "“We lost,” said Dev Mistry. The club sold two players. “It hurts.” ⏎ “We will be back,” he said." → dev-mistry
 */
export const quoteBetweenQuotesOfOneSpeaker: Sieve = {
  rule: 'quote-between-quotes-of-one-speaker',
  attribute(context, i) {
    const { quotes, paragraphs } = context;
    const q = quotes[i]!;
    // A quote with a verb of its own ("“No,” the crowd answered.") has a speaker the digest could not place: no guess.
    if (q.partial || q.verb !== undefined || !isSpokenQuote(paragraphs[q.position]!, q.quote) || !opensOrFollowsQuote(context, q)) return undefined;
    const before = nearestWithSpeaker(context, i - 1, -1);
    const after = nearestWithSpeaker(context, i + 1, 1);
    if (!before || !after || before.speaker !== after.speaker) return undefined;
    const speaker = before.speaker!;
    if (q.position - before.position > MAX_LINES || after.position - q.position > MAX_LINES) return undefined;
    if (!endsSentenceOrRunsIntoQuote(context, i, speaker)) return undefined;
    // Its own sentence reports no speech ("“…” Critics say so too.").
    const { tokens } = paragraphs[q.position]!;
    if (tokens.some((t) => t.sentence === q.sentence && isSaying(t))) return undefined;
    if (someoneElseBetween(context, before, after, speaker)) return undefined;
    return { speaker, resolution: 'previous-quote-speaker', cue: 'floating', ...(before.verb ? { verb: before.verb } : {}) };
  },
};
