/**
 * A quotation that fills a sentence of its own with no cue, then reported speech of one person told by "he"/"she" in
 * the very next sentence: "“Q.” But change, he says, will come slowly." / "“Q.” It was a reality, she said." / "“Q.”
 * He argues the market will recover." The reporter goes on in that person's words, so the quote is theirs.
 */
import { SPEECH_VERBS } from '../../actors/load-lexicons.ts';
import type { Token, TokenizedParagraph } from '../../actors/index.ts';
import type { Context, Found } from './cue-context.ts';
import { SPEAKING_KINDS } from './word-sets.ts';

const PERSONAL = new Set(['he', 'she']);

/**
 * The sentence that quotation `q` of the paragraph closes, following it through the quotes that reopen it ("“Q1. “Q2.”"),
 * when the last of them is closed and ends its sentence; otherwise undefined.
 *
 * @example
 * // “Back then it dazzled. “Nobody asked.” But change, he says, will come.
 * sentenceClosedByQuoteRun(paragraph, 0) // => 1
 */
export function sentenceClosedByQuoteRun(paragraph: TokenizedParagraph, q: number): number | undefined {
  let last = q;
  while (!paragraph.quotes[last]!.closed && last + 1 < paragraph.quotes.length) last++;
  if (!paragraph.quotes[last]!.closed) return undefined;
  const { tokens } = paragraph;
  let close = -1;
  for (let k = 0; k < tokens.length; k++) if (tokens[k]!.quote === last) close = k;
  const after = tokens[close + 1];
  if (close < 0 || !after || after.sentence === tokens[close]!.sentence) return undefined;
  return tokens[close]!.sentence;
}

/** A finite verb of saying (not a verb of stance, not a participle): "says", "adds", "argued". */
function isSayingVerb(token: Token | undefined): boolean {
  const verb = token ? SPEECH_VERBS.get(token.lower) : undefined;
  return verb !== undefined && !verb.stance && !token!.lower.endsWith('ing');
}

/**
 * The "he"/"she" of the sentence after quote-only sentence `sentence` when that sentence is reported speech of that
 * pronoun — set off by commas (", he says,"), ending it (", she said.") or opening it with a present-tense verb ("He
 * argues …") — and names no person or body of its own outside quotation marks; otherwise undefined.
 *
 * @example
 * // “We were all dazzled.” But change, he says, will come slowly.
 * findReportedSpeechAfterQuote(context, 0) // => { subject: { type: 'pronoun', pronoun: 'he', … }, verb: 'says' }
 */
export function findReportedSpeechAfterQuote(context: Context, sentence: number): Found | undefined {
  const { paragraph, mentions } = context;
  const { tokens } = paragraph;
  const start = paragraph.sentenceStarts[sentence + 1];
  if (start === undefined) return undefined;
  const end = (paragraph.sentenceStarts[sentence + 2] ?? tokens.length) - 1;
  // Someone else named in the sentence may be the one whose words it reports.
  for (const m of mentions.list) if (m.first >= start && m.last <= end && !m.inQuote && SPEAKING_KINDS.has(m.kind)) return undefined;
  const opener = tokens[start];
  if (opener && PERSONAL.has(opener.lower) && isSayingVerb(tokens[start + 1]) && tokens[start + 1]!.lower.endsWith('s')) {
    return { subject: { type: 'pronoun', pronoun: opener.lower, paragraph: context.position, token: start }, verb: tokens[start + 1]!.text };
  }
  for (let k = start + 1; k + 2 <= end; k++) {
    const pronoun = tokens[k]!;
    if (pronoun.quote >= 0 || !PERSONAL.has(pronoun.lower) || tokens[k - 1]!.text !== ',' || !isSayingVerb(tokens[k + 1])) continue;
    const next = tokens[k + 2]!;
    if (next.text === ',' || (next.text === '.' && k + 2 === end)) {
      return { subject: { type: 'pronoun', pronoun: pronoun.lower, paragraph: context.position, token: k }, verb: tokens[k + 1]!.text };
    }
  }
  return undefined;
}
