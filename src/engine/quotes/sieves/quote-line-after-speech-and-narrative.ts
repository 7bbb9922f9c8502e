/**
 * Sieve: a line that is only a quote, after one line that names nobody and reports no speech,
 * itself after a line whose last sentence is reported speech, belongs to that sentence's speaker —
 * "Fiona Deans, director of AADC, said the copies would be lossless." ⏎ "Every film will be
 * encrypted." ⏎ "“People will see a clearer picture.”"
 */
import { SPEECH_VERBS } from '../../actors/load-lexicons.ts';
import { findReportedSpeech } from '../02-find-cues.ts';
import { resolveSubject } from '../resolve-subject.ts';
import { holdsSpokenQuote } from '../drop-set-off-phrases.ts';
import { isOnlyQuotesLine, isPointedBackAt, type Sieve } from './sieve.ts';

/**
 * @example
 * // "Ana Ruiz said the sessions were full. ⏎ Most of them were young. ⏎ “Young people came first.”" → ana-ruiz
 */
export const quoteLineAfterSpeechAndNarrative: Sieve = {
  rule: 'quote-line-after-speech-and-narrative',
  attribute(context, i) {
    const { quotes, paragraphs, index } = context;
    const q = quotes[i]!;
    if (q.sentence !== 0 || !q.startsSentence || !q.endsSentence || q.position < 2 || !isOnlyQuotesLine(context, q) || isPointedBackAt(context, q)) return undefined;
    const between = paragraphs[q.position - 1]!;
    const speech = paragraphs[q.position - 2]!;
    if (holdsSpokenQuote(between) || holdsSpokenQuote(speech) || index[q.position - 1]!.list.length > 0) return undefined;
    // "Police said the road was shut.": a line that reports speech has a speaker of its own; "The Odeon
    // chain will pay": a capitalised word inside a sentence may name someone the article does not list.
    const starts = new Set(between.sentenceStarts);
    if (between.tokens.some((t, k) => t.word && (t.cap ? !starts.has(k) && t.text !== 'I' : SPEECH_VERBS.has(t.lower)))) return undefined;
    const found = findReportedSpeech(paragraphs, index, q.position - 2, speech.sentenceStarts.length - 1);
    if (!found || found.subject.type !== 'mention') return undefined;
    const resolved = resolveSubject(context, found.subject);
    return resolved ? { ...resolved, cue: 'floating', verb: found.verb } : undefined;
  },
};
