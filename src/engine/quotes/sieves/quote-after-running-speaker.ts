/**
 * Sieve: a sentence that is only a full quote, right after a sentence whose subject ("he", "she" or a person's
 * name) is the speaker of the last attributed quote, with nothing between but that sentence's own partial quotes
 * left without a speaker — "And he said voters were “highly sceptical”. But he brushed off suggestions he would let
 * rivals in “by the back door”. “If you look at the by-elections, we won.”": the one who keeps speaking is still the
 * subject, though the sentence between tells of a rebuttal, not of speech, and quotes someone else's phrase.
 */
import { PERSON_PRONOUNS } from '../../actors/load-lexicons.ts';
import { sentenceSubject } from '../cues/sentence-subject.ts';
import { resolveSubject } from '../resolve-subject.ts';
import { isCuedWhereItCloses, type Sieve } from './sieve.ts';

/**
 * @example
 * // "Ann Roe said costs were “too high”. But she dismissed claims of “waste”. “We saved millions.”" → ann-roe
 */
export const quoteAfterRunningSpeaker: Sieve = {
  rule: 'quote-after-running-speaker',
  attribute(context, i) {
    const { quotes, paragraphs, index } = context;
    const q = quotes[i]!;
    if (q.partial || !q.startsSentence || q.sentence === 0 || isCuedWhereItCloses(context, q)) return undefined;
    const paragraph = paragraphs[q.position]!;
    const sentenceAfter = paragraph.sentenceStarts[q.sentence + 1] ?? paragraph.tokens.length;
    // "“… the government. “That's going to be …”": a quote run on into another one still ends its sentence's words.
    for (let k = q.closeToken + 1; k < sentenceAfter; k++) if (paragraph.tokens[k]!.word && paragraph.tokens[k]!.quote < 0) return undefined;
    const between = q.sentence - 1;
    // Only partial quotes without a speaker in the sentence between, and the last attributed quote before it.
    let j = i - 1;
    while (j >= 0 && quotes[j]!.position === q.position && quotes[j]!.sentence === between) {
      if (!quotes[j]!.partial || quotes[j]!.speaker !== null) return undefined;
      j--;
    }
    const last = quotes[j];
    if (!last?.speaker || last.position !== q.position || last.sentence !== between - 1) return undefined;
    const sentenceStart = paragraph.sentenceStarts[between]!;
    const sentenceEnd = paragraph.sentenceStarts[q.sentence]! - 1;
    const subject = sentenceSubject({ paragraphs, index, paragraph, position: q.position, mentions: index[q.position]!, sentenceStart, sentenceEnd });
    const person = (subject.type === 'pronoun' && PERSON_PRONOUNS.has(subject.pronoun) && subject.pronoun !== 'they') || (subject.type === 'mention' && subject.mention.kind === 'person');
    if (!person) return undefined;
    const resolved = resolveSubject(context, subject);
    return resolved && resolved.speaker === last.speaker ? { ...resolved, cue: 'floating' } : undefined;
  },
};
