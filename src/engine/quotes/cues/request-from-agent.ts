/**
 * "… despite a call for him to “pause for thought” from NAME": a noun for asking someone to act, its infinitive
 * quoted, and the one who asks after "from" right after the quote. The asker speaks, not the sentence's subject nor
 * the one asked.
 */
import type { Mention } from '../../actors/index.ts';
import remarkNounsJson from '../../lexicons/remark-nouns.json' with { type: 'json' };
import type { Context, Found } from './cue-context.ts';
import { ARTICLES, SPEAKING_KINDS } from './word-sets.ts';

const REQUESTS: ReadonlySet<string> = new Set(remarkNounsJson.requests);
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her', 'them', 'it', 'us', 'me']);

/**
 * The asker of "a NOUN [for X] to “Q” from NAME", NAME ending the clause (a full stop, comma, semicolon or the end).
 *
 * @param context The quote's sentence.
 * @param openToken The quote's opening mark.
 * @param closeToken The quote's closing mark.
 * @returns The cue with the asker as subject, or undefined.
 * @example
 * // Mr Hale pressed on despite a call for him to “think again” from Ann Roe.
 * requestFromAgent(context, 11, 14) // => { subject: { type: 'mention', mention: ‹Ann Roe› }, verb: 'call' }
 */
export function requestFromAgent(context: Context, openToken: number, closeToken: number): Found | undefined {
  const { tokens } = context.paragraph;
  if (tokens[openToken - 1]?.lower !== 'to' || tokens[closeToken + 1]?.lower !== 'from') return undefined;
  let k = openToken - 2;
  if (OBJECT_PRONOUNS.has(tokens[k]?.lower ?? '') && tokens[k - 1]?.lower === 'for') k -= 2;
  else {
    const asked = context.mentions.endAt.get(k);
    if (asked && tokens[asked.first - 1]?.lower === 'for') k = asked.first - 2;
  }
  const noun = tokens[k];
  if (!noun || !REQUESTS.has(noun.lower) || noun.cap || noun.quote >= 0 || k <= context.sentenceStart) return undefined;
  const determiner = tokens[k - 1]?.lower ?? '';
  if (!ARTICLES.has(determiner) && !/^(?:his|her|their|its|renewed|fresh|repeated|new)$/.test(determiner)) return undefined;
  const start = tokens[closeToken + 2]?.lower === 'the' ? closeToken + 3 : closeToken + 2;
  const asker: Mention | undefined = context.mentions.startAt.get(start);
  if (!asker || !SPEAKING_KINDS.has(asker.kind) || asker.inQuote) return undefined;
  const after = tokens[asker.last + 1];
  if (after && asker.last + 1 <= context.sentenceEnd && !/^[.,;]$/.test(after.text)) return undefined;
  return { subject: { type: 'mention', mention: asker }, verb: noun.text };
}
