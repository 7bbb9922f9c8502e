/**
 * Sieve: a sentence that is only a quote (or a short opening phrase and a quote: "During the
 * premiere, “…”"), right after a quote of the same paragraph, continues it — "“Nothing should be
 * ruled out,” he said. “We will do anything…”"; not after a "but"/"while" that turns to someone else.
 */
import prepositionsJson from '../../lexicons/prepositions.json' with { type: 'json' };
import pronounsJson from '../../lexicons/pronouns.json' with { type: 'json' };
import type { QuoteCue } from '../cue-types.ts';
import { endsSentenceOrRunsIntoQuote, inheritSpeaker, turnsToSomeoneElse, type Sieve, type SieveContext } from './sieve.ts';

const OPENING_PREPOSITIONS: ReadonlySet<string> = new Set(prepositionsJson.openingASentence);

/**
 * "During the premiere, “…”": before the quote in its sentence only a short opening phrase (at most
 * five words, opening with a preposition of time or place, closed by a comma right before the
 * quote) that names nobody.
 */
function opensAfterShortPhrase(context: SieveContext, q: QuoteCue): boolean {
  const paragraph = context.paragraphs[q.position]!;
  const { tokens } = paragraph;
  const start = paragraph.sentenceStarts[q.sentence] ?? 0;
  if (!OPENING_PREPOSITIONS.has(tokens[start]?.lower ?? '') || tokens[q.openToken - 1]?.text !== ',') return false;
  let words = 0;
  for (let k = start; k < q.openToken - 1; k++) {
    const t = tokens[k]!;
    if (!t.word || t.quote >= 0) return false;
    words++;
  }
  const named = context.index[q.position]!.list.some((m) => m.first >= start && m.last < q.openToken);
  return words <= 5 && !named;
}

/** First-person subjects ("we", "I") that the writer keeps from the speaker's own words right before a quote. */
const FIRST_PERSON_SUBJECTS: ReadonlySet<string> = new Set(pronounsJson.firstPersonSubjects);

/**
 * "We “would like to get into it”.": the sentence opens with a first-person subject right before the quote, the
 * speaker's own "we" or "I" kept outside the quotation marks.
 */
function opensWithFirstPersonSubject(context: SieveContext, q: QuoteCue): boolean {
  const paragraph = context.paragraphs[q.position]!;
  const start = paragraph.sentenceStarts[q.sentence] ?? 0;
  const subject = paragraph.tokens[start];
  return q.openToken === start + 1 && subject !== undefined && subject.quote < 0 && FIRST_PERSON_SUBJECTS.has(subject.lower);
}

/**
 * @example
 * // "“No,” Jane Doe said. “Never.”" → “Never.” gets jane-doe
 */
export const nextSentenceAfterQuote: Sieve = {
  rule: 'next-sentence-after-quote',
  attribute(context, i) {
    const { quotes } = context;
    const q = quotes[i]!;
    const previous = quotes[i - 1];
    if (!previous || previous.speaker === null || !(q.startsSentence || opensAfterShortPhrase(context, q) || opensWithFirstPersonSubject(context, q))) return undefined;
    // "“…,” said NAME. “We showed character. “It was great.”": a stretch reopened without closing still ends its sentence.
    if (!endsSentenceOrRunsIntoQuote(context, i, previous.speaker)) return undefined;
    if (previous.position !== q.position || q.sentence !== previous.sentence + 1) return undefined;
    // "“We will win,” NAME said, but his lawyer NAME2 disagreed. “It is hopeless.”": either may speak.
    if (turnsToSomeoneElse(context, previous, previous.speaker, q.openToken)) return undefined;
    return inheritSpeaker(previous, 'continuation');
  },
};
