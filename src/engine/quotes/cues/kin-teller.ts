/**
 * "“…,” his son said", "The mother said: “…”": a teller named only by a family relation. A reader never hesitates
 * when exactly one person of the article was introduced earlier with that relation ("her son, Tom Vale,", "Ann Roe's
 * daughter Jill", "Tom Vale, her son,"); when none or two were, who speaks stays unclear. A possessor named in the
 * teller ("Roe's son said") must agree with the one named at the introduction.
 */
import type { Mention, TokenizedParagraph } from '../../actors/index.ts';
import { KIN_NOUNS, SPEECH_VERBS } from '../../actors/load-lexicons.ts';
import type { CueSite, Found } from './cue-context.ts';

/** The words that may stand before a relation noun in the teller: "the mother", "his son", "their daughter". */
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'his', 'her', 'their']);

/** A relation noun of the teller and the possessor named before it ("Roe's son": Roe's actor id). */
interface Teller {
  kin: string;
  possessor?: string;
  verb: string;
}

/**
 * The one person introduced with the relation noun of a teller that is nothing but that noun and a verb of saying:
 * after a quote that opens its sentence ("“…,” his son said.", "“…,” said the mother."), or opening the sentence
 * before the quote ("His son said: “…”").
 *
 * @param s The cue site of the quote.
 * @returns The person as the subject, or undefined when the teller has another shape or not exactly one person of
 *   the article was introduced with the relation before it.
 * @example
 * // Her son, Tom Vale, came home. ⏎ “It was a shock,” her son said.
 * kinTeller(site) // => { subject: { type: 'mention', mention: ‹Tom Vale› }, verb: 'said' }
 */
export function kinTeller(s: CueSite): Found | undefined {
  const { paragraph, sentenceStart, sentenceEnd } = s.context;
  const words = s.opensSentence ? wordsBetween(paragraph, s.closeToken + 1, sentenceEnd) : s.startsSentence ? undefined : wordsBetween(paragraph, sentenceStart, s.openToken - 1);
  if (!words) return undefined;
  if (!s.opensSentence && !/^[,:]$/.test(paragraph.tokens[s.openToken - 1]?.text ?? '')) return undefined;
  const teller = tellerOf(s, words);
  if (!teller) return undefined;
  const first = s.opensSentence ? s.closeToken : sentenceStart;
  const person = introducedKin(s, teller, first);
  return person ? { subject: { type: 'mention', mention: person }, verb: teller.verb } : undefined;
}

/** The token indices of the words outside quotes from `from` to `to`, or undefined when a quote stands between. */
function wordsBetween(paragraph: TokenizedParagraph, from: number, to: number): number[] | undefined {
  const words: number[] = [];
  for (let k = from; k <= to && k < paragraph.tokens.length; k++) {
    const t = paragraph.tokens[k]!;
    if (t.quote >= 0) return undefined;
    if (t.word || t.lower === "'s") words.push(k);
  }
  return words;
}

/** "his son said", "said the mother", "Roe's son said": the relation, its named possessor and the verb. */
function tellerOf(s: CueSite, words: readonly number[]): Teller | undefined {
  const { tokens } = s.context.paragraph;
  const lower = words.map((k) => tokens[k]!.lower);
  const isVerb = (w: string | undefined): boolean => w !== undefined && SPEECH_VERBS.has(w) && w !== 'told';
  if (words.length === 3 && DETERMINERS.has(lower[0]!) && KIN_NOUNS.has(lower[1]!) && isVerb(lower[2])) return { kin: lower[1]!, verb: lower[2]! };
  if (s.opensSentence && words.length === 3 && isVerb(lower[0]) && DETERMINERS.has(lower[1]!) && KIN_NOUNS.has(lower[2]!)) return { kin: lower[2]!, verb: lower[0]! };
  // "Roe's son said": a named possessor right before the relation.
  const possessive = lower.indexOf("'s");
  if (possessive > 0 && words.length === possessive + 3 && KIN_NOUNS.has(lower[possessive + 1]!) && isVerb(lower[possessive + 2])) {
    const owner = s.context.mentions.endAt.get(words[possessive - 1]!);
    if (owner && owner.first === words[0] && owner.kind === 'person') return { kin: lower[possessive + 1]!, possessor: owner.actor, verb: lower[possessive + 2]! };
  }
  return undefined;
}

/**
 * The first mention of the one person introduced with `teller.kin` before the teller (outside quotes): the noun right
 * before the name, maybe with a comma ("son Tom", "her son, Tom Vale"), or after it in apposition ("Tom Vale, her son",
 * "Tom Vale, the son of Ann Roe"). Undefined when none or two people were.
 */
function introducedKin(s: CueSite, teller: Teller, before: number): Mention | undefined {
  const found = new Map<string, Mention>();
  for (let p = 0; p <= s.context.position; p++) {
    const { tokens } = s.paragraphs[p]!;
    const mentions = s.index[p]!;
    for (const m of mentions.list) {
      if (m.kind !== 'person' || m.inQuote || (p === s.context.position && m.last >= before)) continue;
      const possessor = kinBefore(tokens, mentions, m, teller.kin) ?? kinAfter(tokens, mentions, m, teller.kin);
      if (possessor === undefined) continue;
      if (teller.possessor && possessor !== '' && possessor !== teller.possessor) continue;
      if (possessor === m.actor) continue;
      if (!found.has(m.actor)) found.set(m.actor, m);
    }
  }
  return found.size === 1 ? [...found.values()][0] : undefined;
}

/** "son Tom", "her son, Tom Vale", "Ann Roe's daughter Jill": the possessor's actor id ('' when none is named), or undefined. */
function kinBefore(tokens: TokenizedParagraph['tokens'], mentions: CueSite['index'][number], m: Mention, kin: string): string | undefined {
  let k = m.first - 1;
  if (tokens[k]?.text === ',') k--;
  const noun = tokens[k];
  if (!noun?.word || noun.quote >= 0 || noun.lower !== kin) return undefined;
  // "her son, Tom Vale": the comma before the name closes the noun, so an appositive comma must close the name too.
  if (k === m.first - 2 && tokens[m.last + 1]?.word) return undefined;
  return tokens[k - 1]?.lower === "'s" ? (mentions.endAt.get(k - 2)?.actor ?? '') : '';
}

/** "Tom Vale, her son,", "Tom Vale, the son of Ann Roe": the possessor's actor id ('' when none is named), or undefined. */
function kinAfter(tokens: TokenizedParagraph['tokens'], mentions: CueSite['index'][number], m: Mention, kin: string): string | undefined {
  if (tokens[m.last + 1]?.text !== ',') return undefined;
  const k = m.last + 3;
  if (!DETERMINERS.has(tokens[m.last + 2]?.lower ?? '') || tokens[k]?.lower !== kin || tokens[k]!.quote >= 0) return undefined;
  if (tokens[k + 1]?.lower !== 'of') return '';
  const of = tokens[k + 2]?.lower === 'the' ? k + 3 : k + 2;
  return mentions.startAt.get(of)?.actor ?? '';
}
