/**
 * The shape of an attribution sieve: one rule that gives a quote still without a speaker the
 * speaker of something next to it. Sieves run in the order of `./index.ts`, most precise first;
 * each sees the quotes before it with their final speakers and the quotes after it with the
 * speakers their own cues gave them.
 */
import type { AttributionRule, CueKind, Resolution } from '../../schema.ts';
import type { QuoteCue } from '../cue-types.ts';
import type { ResolveContext } from '../resolve-subject.ts';
import clauseOpenersJson from '../../lexicons/clause-openers.json' with { type: 'json' };
import { SPEECH_VERBS } from '../../actors/load-lexicons.ts';
import type { Mention } from '../../actors/index.ts';

/** A quotation with its speaker decided, and the rule and resolution that decided it. */
export interface AttributedQuote extends QuoteCue {
  speaker: string | null;
  resolution?: Resolution;
}

/** What a sieve reads: the article (for stage 2) and all its quotes in text order. */
export interface SieveContext extends ResolveContext {
  quotes: readonly AttributedQuote[];
}

/** What a sieve decides for one quote. */
export interface Attribution {
  speaker: string;
  resolution: Resolution;
  cue: CueKind;
  verb?: string;
}

/** One rule of attribution. */
export interface Sieve {
  rule: AttributionRule;
  /**
   * Decides the speaker of quote `i` (whose speaker is null) when the rule applies.
   *
   * @param context The article and its quotes.
   * @param i The quote's index in `context.quotes`.
   */
  attribute(context: SieveContext, i: number): Attribution | undefined;
}

/**
 * The attribution that gives a quote the speaker of another quote.
 *
 * @param from The quote whose speaker is taken (its speaker must be set).
 * @param cue The cue kind to show for the quote.
 * @example
 * inheritSpeaker({ speaker: 'jane-doe', verb: 'said', … }, 'continuation')
 * // => { speaker: 'jane-doe', resolution: 'previous-quote-speaker', cue: 'continuation', verb: 'said' }
 */
export function inheritSpeaker(from: AttributedQuote, cue: CueKind): Attribution {
  return { speaker: from.speaker!, resolution: 'previous-quote-speaker', cue, ...(from.verb ? { verb: from.verb } : {}) };
}

/**
 * True when the paragraph holds nothing but quotations and punctuation up to this quote's end.
 *
 * @param context The article.
 * @param q The quote.
 * @example
 * isQuoteOnlyLine(context, quoteOf('“We will win.”')) // => true
 */
export function isQuoteOnlyLine(context: SieveContext, q: QuoteCue): boolean {
  const { tokens } = context.paragraphs[q.position]!;
  for (let k = 0; k <= q.closeToken; k++) if (tokens[k]!.word && tokens[k]!.quote < 0) return false;
  return true;
}

/**
 * The quote by someone that quote `i` follows as a new line: `i` opens its paragraph as a sentence of its own with
 * nothing but quotations before it, and the paragraph right before ends on a sentence holding that quote. Undefined
 * otherwise. The `quote-line-after-quote` sieves start from it.
 *
 * @param context The article.
 * @param i The quote's index.
 * @example
 * quoteLineFollowed(context, 1) // "“We will win,” said Jane Doe. ⏎ “Nobody can stop us.”" => the first quote
 */
export function quoteLineFollowed(context: SieveContext, i: number): (AttributedQuote & { speaker: string }) | undefined {
  const q = context.quotes[i]!;
  const previous = context.quotes[i - 1];
  if (!previous || previous.speaker === null || !q.startsSentence || !q.endsSentence || q.sentence !== 0 || previous.position !== q.position - 1) return undefined;
  const previousParagraph = context.paragraphs[previous.position]!;
  if (previous.sentence !== previousParagraph.sentenceStarts.length - 1 || !isQuoteOnlyLine(context, q)) return undefined;
  return previous as AttributedQuote & { speaker: string };
}

/**
 * True when the quote's paragraph holds no words outside quotations at all.
 *
 * @param context The article.
 * @param q A quote of the paragraph.
 * @example
 * isOnlyQuotesLine(context, quoteOf('“Help!” Neighbours heard it.')) // => false
 */
export function isOnlyQuotesLine(context: SieveContext, q: QuoteCue): boolean {
  const { tokens } = context.paragraphs[q.position]!;
  for (const t of tokens) if (t.word && t.quote < 0) return false;
  return true;
}

/**
 * True when the quote's paragraph, after the quote, names an actor other than `speaker` outside
 * quotation marks ("“The vote will be close.” The remark came from NAME."): a speaker carried
 * from an earlier line must not pass over another name given right there.
 *
 * @param context The article.
 * @param q The quote.
 * @param speaker The speaker that would be carried to it.
 * @example
 * namesSomeoneElseAfter(context, quoteOf('“It will be close.” The words were Karl Obi’s.'), 'paul-reyes') // => true
 */
export function namesSomeoneElseAfter(context: SieveContext, q: QuoteCue, speaker: string): boolean {
  const { tokens } = context.paragraphs[q.position]!;
  for (const m of context.index[q.position]!.list) {
    if (m.first <= q.closeToken || m.inQuote || m.kind === 'place') continue;
    // "“…” Mike Todd, of the league, said: “…”": a name that opens its own quote in a later sentence answers for that one.
    if (introducesOwnQuoteLater(context, q, m)) continue;
    // "“Where will children read?” Lin's supporters chanted.": the speaker's own people are someone else.
    if (m.actor !== speaker || tokens[m.last + 1]?.lower === "'s") return true;
  }
  return false;
}

/**
 * True when the quote ends its sentence, or ends in a full stop (or "?", "!") and only further quotations follow it
 * in its sentence: the older news convention reopens a quote without closing the stretch before ("“We showed
 * character. “It was a great effort.”"), and the splitter keeps both stretches in one sentence. A stretch closed on a
 * comma counts too when the next quotation opens right after its mark ("“We are unworthy,” “We fared worse.”"). Not when a later
 * quotation of that sentence was given to someone other than `speaker` by its own cue.
 *
 * @param context The article and its quotes.
 * @param i The quote's index in `context.quotes`.
 * @param speaker The speaker the quote would be given.
 * @example
 * endsSentenceOrRunsIntoQuote(context, 1, 'mike-reed') // => true for “We showed character. in “…,” said Reed. “We showed character. “It was great.”
 */
export function endsSentenceOrRunsIntoQuote(context: SieveContext, i: number, speaker: string): boolean {
  const q = context.quotes[i]!;
  if (q.endsSentence) return true;
  const paragraph = context.paragraphs[q.position]!;
  const { tokens } = paragraph;
  const span = paragraph.quotes[q.quote]!;
  const text = paragraph.text.slice(span.start, span.end).trim();
  // "“…,” said NAME. “Q1,” “Q2.”": a stretch closed on a comma that the next quotation follows at once runs on too.
  const next = context.quotes[i + 1];
  const runsOnAtOnce = text.endsWith(',') && next !== undefined && next.position === q.position && next.sentence === q.sentence && next.openToken === q.closeToken + 1;
  if (!/[.!?]$/u.test(text) && !runsOnAtOnce) return false;
  const sentenceEnd = (paragraph.sentenceStarts[q.sentence + 1] ?? tokens.length) - 1;
  for (let k = q.closeToken + 1; k <= sentenceEnd; k++) if (tokens[k]!.word && tokens[k]!.quote < 0) return false;
  for (let j = i + 1; j < context.quotes.length; j++) {
    const later = context.quotes[j]!;
    if (later.position !== q.position || later.sentence !== q.sentence) break;
    if (later.speaker !== null && later.speaker !== speaker) return false;
  }
  return true;
}

/**
 * True when the mention `m`, in a sentence after the quote `q`'s own, is the subject its own cue found for a later
 * quote of that sentence, or a name between that subject and its quote ("“It was a scandal.” Mike Todd, of the
 * League for Rivers, said: “There is no scandal.”"): those names belong to the later quote, and claim no quote before
 * their sentence.
 *
 * @param context The article and its quotes.
 * @param q The quote the name follows.
 * @param m A mention after the quote in its paragraph.
 * @example
 * introducesOwnQuoteLater(context, quoteOf('“It was a scandal.”'), mentionOf('League for Rivers')) // => true for “It was a scandal.” Mike Todd, of the League for Rivers, said: “No.”
 */
export function introducesOwnQuoteLater(context: SieveContext, q: QuoteCue, m: Mention): boolean {
  const { sentenceStarts } = context.paragraphs[q.position]!;
  let sentence = 0;
  while (sentence + 1 < sentenceStarts.length && sentenceStarts[sentence + 1]! <= m.first) sentence++;
  if (sentence <= q.sentence) return false;
  return context.quotes.some(
    (later) =>
      later.position === q.position &&
      later.sentence === sentence &&
      later.openToken > m.last &&
      later.subject.type === 'mention' &&
      later.subject.mention.first <= m.first &&
      later.subject.mention.first >= (sentenceStarts[sentence] ?? 0),
  );
}

/** Conjunctions that turn a sentence to another subject. */
const TURNS: ReadonlySet<string> = new Set(clauseOpenersJson.turns);

/**
 * True when, after the quote in its paragraph, a "but"/"while" turns to an actor other than
 * `speaker` named within the next four tokens ("“We will win,” Mr Pell said, but his lawyer Ian
 * Rowe disagreed."): the line after may answer for that actor.
 *
 * @param context The article.
 * @param q The quote.
 * @param speaker The quote's speaker.
 * @param until The token to stop before (by default the paragraph's end).
 * @example
 * turnsToSomeoneElse(context, quoteOf('“We will win,” Mr Pell said, but his lawyer Ian Rowe disagreed.'), 'mark-pell') // => true
 */
export function turnsToSomeoneElse(context: SieveContext, q: QuoteCue, speaker: string, until?: number): boolean {
  const { tokens } = context.paragraphs[q.position]!;
  const mentions = context.index[q.position]!;
  const end = until ?? tokens.length;
  for (let k = q.closeToken + 1; k < end; k++) {
    if (!tokens[k]!.word || tokens[k]!.quote >= 0 || !TURNS.has(tokens[k]!.lower)) continue;
    for (let m = k + 1; m <= k + 4 && m < end; m++) {
      const named = mentions.startAt.get(m);
      if (named && !named.inQuote && named.actor !== speaker && named.kind !== 'place') return true;
    }
  }
  return false;
}

/** Words that open a line naming the speaker of the quote before it ("That was the view of NAME."). */
const BACK_POINTERS: ReadonlySet<string> = new Set(clauseOpenersJson.backPointers);
/** Of those, the ones that point back only before a verb of saying ("So says NAME"; "So he is out to win" goes on). */
const BACK_POINTERS_BEFORE_SPEECH: ReadonlySet<string> = new Set(clauseOpenersJson.backPointersBeforeSpeechOnly);

/**
 * True when the quote ends its line and the next line opens by pointing back at it ("That was the message from
 * NAME.", "So says NAME."), or the quote is closed on a later line with a speech verb after it: the speaker may be
 * named there, so no guess from the lines before. A back pointer after narrative on the quote's own line points at
 * that narrative.
 *
 * @param context The article.
 * @param q The quote.
 * @param soGoesOn When true, a pointer of `backPointersBeforeSpeechOnly` ("So") points back only before a verb of
 *   saying: "So he is out to win." goes on with the story. The sieve that reads a whole article as one teller's sets
 *   it; the sieves that carry a speaker to the next line leave it false (default), since there a quote they pass over
 *   falls to the sieves across narrative, which measured better over the keys.
 * @example
 * isPointedBackAt(context, quoteOf('“Clear off.”')) // => true when the next line is "That was the message from NAME."
 * isPointedBackAt(context, quoteOf('“We will win.”'), true) // => false when the next line is "So he is out to win."
 */
export function isPointedBackAt(context: SieveContext, q: QuoteCue, soGoesOn = false): boolean {
  if (isCuedWhereItCloses(context, q)) return true;
  const { tokens } = context.paragraphs[q.position]!;
  for (let k = q.closeToken + 1; k < tokens.length; k++) if (tokens[k]!.word) return false;
  const next = context.paragraphs[q.position + 1]?.tokens.filter((t) => t.word) ?? [];
  const first = next[0];
  if (first === undefined || first.quote >= 0 || !BACK_POINTERS.has(first.lower)) return false;
  if (!soGoesOn || !BACK_POINTERS_BEFORE_SPEECH.has(first.lower)) return true;
  const second = next[1];
  return second !== undefined && SPEECH_VERBS.has(second.lower);
}

/** How many lines a quote left open may run on before its closing mark is looked for no further. */
const MAX_OPEN_LINES = 4;
const CLOSING_MARKS: ReadonlySet<string> = new Set(['”', '"', '’', '»']);

/**
 * Where a quote left open at the end of its line is closed: the first closing mark on the next
 * lines (at most four), or undefined when the quote is closed on its own line, runs on further,
 * or another quotation comes first.
 *
 * @param context The article and its quotes.
 * @param q The quote.
 * @example
 * findClosingMark(context, quoteOf('“Some countries have tried fixed rates.')) // => { position: 4, k: 9 } when the next line is 'I do not judge them,” he said.'
 */
export function findClosingMark(context: SieveContext, q: QuoteCue): { position: number; k: number } | undefined {
  const { paragraphs } = context;
  const paragraph = paragraphs[q.position]!;
  const span = paragraph.quotes[q.quote]!;
  if (span.closed || span.close !== paragraph.text.length) return undefined;
  for (let position = q.position + 1; position < paragraphs.length && position <= q.position + MAX_OPEN_LINES; position++) {
    const { tokens } = paragraphs[position]!;
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      if (t.quote >= 0) return undefined;
      if (!t.word && CLOSING_MARKS.has(t.text)) return { position, k };
    }
  }
  return undefined;
}

/**
 * True when the quote is left open at its line's end and closed on a later line by a mark that a
 * speech verb follows within three words ("“He had a good life. ⏎ He wrote every day,” said his
 * wife, Sheila."): that cue names the speaker (sieve `quote-closed-on-next-line`), and when it
 * names nobody the digest can place, no line before may stand in for it.
 *
 * @param context The article and its quotes.
 * @param q The quote.
 * @example
 * isCuedWhereItCloses(context, quoteOf('“He had a good life.')) // => true when the next line is 'He wrote every day,” said his wife.'
 */
export function isCuedWhereItCloses(context: SieveContext, q: QuoteCue): boolean {
  const mark = findClosingMark(context, q);
  if (!mark) return false;
  const { tokens } = context.paragraphs[mark.position]!;
  let words = 0;
  for (let m = mark.k + 1; m < tokens.length && words < 3; m++) {
    if (!tokens[m]!.word) continue;
    words++;
    if (!tokens[m]!.cap && SPEECH_VERBS.has(tokens[m]!.lower)) return true;
  }
  return false;
}
