/**
 * Stage 3 of quotes: turn cues into speakers — resolve pronouns to the nearest fitting actor,
 * and give quotes without a cue the speaker of the quote they continue (same sentence, next
 * sentence, a paragraph reopened with a mark, or a paragraph that is only a quote).
 */
import type { CueKind } from '../schema.ts';
import type { Mention, TokenizedParagraph } from '../actors/index.ts';
import { ORG_PRONOUNS, PERSON_PRONOUNS, PLURAL_PRONOUNS } from '../actors/load-lexicons.ts';
import type { MentionIndex, QuoteCue } from './02-find-cues.ts';

/** A quotation with its speaker decided. */
export interface AttributedQuote extends QuoteCue {
  speaker: string | null;
}

/**
 * Decides the speaker of every quotation. Precision first: a pronoun with more than one
 * fitting antecedent, or a quote with neither cue nor preceding quote, stays with speaker null.
 *
 * @param paragraphs The tokenised paragraphs.
 * @param index Their mentions (from `indexMentions`).
 * @param cues The quotations with their cues (from `findCues`), in text order.
 * @example
 * // “No,” Jane Doe said. “Never.”  → both quotes to jane-doe, the second by continuation
 * attributeSpeakers(paragraphs, index, cues).map((q) => [q.speaker, q.cue])
 * // => [['jane-doe', 'said-after'], ['jane-doe', 'continuation']]
 */
export function attributeSpeakers(paragraphs: readonly TokenizedParagraph[], index: readonly MentionIndex[], cues: readonly QuoteCue[]): AttributedQuote[] {
  const quotes: AttributedQuote[] = cues.map((cue) => ({ ...cue, speaker: resolveSubject(paragraphs, index, cue) }));
  for (const quote of quotes) if (quote.speaker === null) quote.cue = 'none';
  // Quotes in one sentence share a speaker: "…“no consensus” on X, “nothing…,” Macron added."
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i]!;
    if (q.speaker !== null) continue;
    const sameSentence = (o: AttributedQuote | undefined): boolean => o !== undefined && o.position === q.position && o.sentence === q.sentence && o.speaker !== null;
    const previous = quotes[i - 1];
    const next = quotes[i + 1];
    if (sameSentence(previous)) inherit(q, previous!, 'continuation');
    else if (sameSentence(next) && next!.cue !== 'continuation') inherit(q, next!, 'continuation');
  }
  for (let i = 1; i < quotes.length; i++) {
    const q = quotes[i]!;
    const previous = quotes[i - 1]!;
    if (q.speaker !== null || previous.speaker === null || !q.startsSentence) continue;
    const paragraph = paragraphs[q.position]!;
    const previousParagraph = paragraphs[previous.position]!;
    if (previous.position === q.position) {
      // The next sentence of the same paragraph: “Nothing should be ruled out,” he said. “We will do anything…”
      if (q.sentence === previous.sentence + 1 && q.endsSentence) inherit(q, previous, 'continuation');
      continue;
    }
    if (previous.position !== q.position - 1 || q.sentence !== 0) continue;
    const previousSpan = previousParagraph.quotes[previous.quote]!;
    if (!previousSpan.closed && previousSpan.close === previousParagraph.text.length) {
      inherit(q, previous, 'continuation');
    } else if (previous.sentence === lastSentence(previousParagraph) && q.endsSentence && isOnlyQuotes(paragraph, q)) {
      inherit(q, previous, 'floating');
    }
  }
  return quotes;
}

function inherit(q: AttributedQuote, from: AttributedQuote, cue: CueKind): void {
  q.speaker = from.speaker;
  q.cue = cue;
  if (from.verb && !q.verb) q.verb = from.verb;
}

function resolveSubject(paragraphs: readonly TokenizedParagraph[], index: readonly MentionIndex[], cue: QuoteCue): string | null {
  const subject = cue.subject;
  if (subject.type === 'mention') return subject.mention.actor;
  if (subject.type === 'pronoun') return resolvePronoun(paragraphs, index, subject.pronoun, subject.paragraph, subject.token);
  return null;
}

/**
 * The actor a pronoun stands for: the nearest earlier sentence (this paragraph and the two
 * before) naming an actor of the fitting kind outside quotes; if it names several, its subject.
 */
function resolvePronoun(paragraphs: readonly TokenizedParagraph[], index: readonly MentionIndex[], pronoun: string, position: number, token: number): string | null {
  const fits = (m: Mention): boolean => {
    if (m.inQuote) return false;
    if (PERSON_PRONOUNS.has(pronoun)) return m.kind === 'person';
    if (PLURAL_PRONOUNS.has(pronoun)) return m.kind === 'group' || (m.kind === 'anonymous' && /s$/.test(paragraphs[position]?.tokens[m.last]?.lower ?? ''));
    if (ORG_PRONOUNS.has(pronoun)) return m.kind === 'organization';
    return false;
  };
  const maxBack = PERSON_PRONOUNS.has(pronoun) ? 2 : 0;
  for (let p = position; p >= 0 && p >= position - maxBack; p--) {
    const paragraph = paragraphs[p]!;
    const mentions = index[p]!.list.filter((m) => fits(m) && (p < position || m.last < token));
    if (mentions.length === 0) continue;
    const lastSentenceIndex = paragraph.tokens[mentions.at(-1)!.first]!.sentence;
    const inSentence = mentions.filter((m) => paragraph.tokens[m.first]!.sentence === lastSentenceIndex);
    const actors = new Set(inSentence.map((m) => m.actor));
    if (actors.size === 1) return inSentence[0]!.actor;
    const start = paragraph.sentenceStarts[lastSentenceIndex] ?? 0;
    const first = inSentence[0]!;
    return first.first - start <= 4 ? first.actor : null;
  }
  return null;
}

function lastSentence(paragraph: TokenizedParagraph): number {
  return paragraph.sentenceStarts.length - 1;
}

/** True when the paragraph holds nothing but quotations and punctuation up to this quote's end. */
function isOnlyQuotes(paragraph: TokenizedParagraph, q: QuoteCue): boolean {
  for (let k = 0; k <= q.closeToken; k++) if (paragraph.tokens[k]!.word && paragraph.tokens[k]!.quote < 0) return false;
  return true;
}
