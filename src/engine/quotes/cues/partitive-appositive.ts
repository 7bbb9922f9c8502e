/**
 * A partitive subject named by the appositive after it: "One of these groups, the Western Front (WF), said …", "One
 * of the unions, Unison, said …": the body (or person) set between the commas is the one of them that speaks.
 */
import type { Mention } from '../../actors/index.ts';
import type { Context } from './cue-context.ts';
import { speakingMention } from './token-tests.ts';

/** Determiners between "one of" and its noun ("one of these groups", "one of its members"). */
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'these', 'those', 'its', 'their', 'his', 'her']);

/**
 * The name in apposition to a clause-opening "One of [DET] NOUN [NOUN]," when it fills the appositive that the comma
 * at `comma` closes ("[the] NAME [(ABBR)]" and nothing else); undefined for any other shape.
 *
 * @example
 * // One of these groups, the Western Front (WF), said it was “…”
 * partitiveAppositive(context, ‹, before said›, 0) // => the mention of the Western Front
 */
export function partitiveAppositive(context: Context, comma: number, from: number): Mention | undefined {
  const { tokens } = context.paragraph;
  if (tokens[comma]?.text !== ',') return undefined;
  let end = comma - 1;
  // "(WF)": an abbreviation in brackets after the name.
  if (tokens[end]?.text === ')' && tokens[end - 2]?.text === '(' && tokens[end - 1]!.word) end -= 3;
  const named = speakingMention(context, end);
  if (!named || named.inQuote || named.last !== end) return undefined;
  let open = named.first - 1;
  if (tokens[open]?.lower === 'the') open--;
  if (tokens[open]?.text !== ',') return undefined;
  // Before the opening comma: "One of" at the start of the clause, a determiner maybe, one or two lower-case nouns.
  let k = open - 1;
  let nouns = 0;
  while (k >= from && nouns < 3 && tokens[k]!.word && !tokens[k]!.cap && !DETERMINERS.has(tokens[k]!.lower) && tokens[k]!.lower !== 'of') {
    nouns++;
    k--;
  }
  if (nouns === 0 || nouns > 2) return undefined;
  if (DETERMINERS.has(tokens[k]?.lower ?? '')) k--;
  if (tokens[k]?.lower !== 'of' || tokens[k - 1]?.lower !== 'one') return undefined;
  const one = k - 1;
  if (one < from) return undefined;
  if (one !== context.sentenceStart && tokens[one - 1]?.text !== ',' && !(one - 1 === context.sentenceStart && /^(?:but|and)$/.test(tokens[one - 1]!.lower))) return undefined;
  return named;
}
