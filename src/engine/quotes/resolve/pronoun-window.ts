/**
 * How far back a pronoun looks (paragraphs naming nobody, chains of "He said …" paragraphs, handles), and the
 * people salient in that window: the speaker of a sentence, an epithet subject, the person the article is about.
 */
import type { Mention, TokenizedParagraph } from '../../actors/index.ts';
import { COUNTRY_DEMONYMS, EPITHET_HEADS, NATIONALITY_NOUNS, PERSON_PRONOUNS, SPEECH_VERBS, TITLE_HEAD_WORDS } from '../../actors/load-lexicons.ts';
import clauseOpenersJson from '../../lexicons/clause-openers.json' with { type: 'json' };
import { clauseStart, pronounOpening } from './clause-start.ts';
import type { ResolveContext } from './resolve-context.ts';

/** Conjunctions that may open a sentence before its subject ("And the American remains …"). */
const OPENING_CONJUNCTIONS: ReadonlySet<string> = new Set(clauseOpenersJson.conjunctions);

/**
 * The speaker of the last attributed quote before a pronoun when that quote lies in a given sentence
 * ("“…,” said Ken Doi, chief of Sonex, said last year." names two people but quotes one of them).
 *
 * @example
 * // “…,” said Ken Doi, chief of Sonex. ⏎ He added …
 * speakerOfSentence(context, 0, 0, 1, 0) // => 'ken-doi'
 */
export function speakerOfSentence(context: ResolveContext, p: number, sentence: number, position: number, token: number): string | undefined {
  const recent = context.lastSpeakerBefore?.(position, token);
  if (!recent || recent.position !== p) return undefined;
  return context.paragraphs[p]!.tokens[recent.token]?.sentence === sentence ? recent.speaker : undefined;
}

/** How many paragraphs naming nobody a pronoun may look past ("Consumer borrowing rose in January."). */
const MAX_PARAGRAPHS_NAMING_NOBODY = 2;
/** How far back a chain of paragraphs opening with the same pronoun ("He said …" ⏎ "He also stressed …") may reach. */
const MAX_CHAIN = 6;

/**
 * "@fan_22": a social-media handle, the author of the post it opens; "he" or "she" there, or after it, is someone else.
 *
 * @example
 * // @fan_22 wrote …
 * isHandle(paragraph, fan22) // => true
 */
export function isHandle(paragraph: TokenizedParagraph | undefined, m: Mention): boolean {
  return paragraph?.tokens[m.first]?.text === '@';
}

/**
 * The earliest paragraph a person pronoun looks at: `maxBack` paragraphs before its own, not
 * counting lines that are only quotes, paragraphs that open with the same pronoun outside quotes
 * (they continue the person the pronoun is looking for: "Mr Balls said …" ⏎ "He said …" ⏎ "He also
 * stressed …") nor, up to two, paragraphs that name no person and quote nobody ("Consumer
 * borrowing rose in January."); never more than six paragraphs back.
 *
 * @example
 * // "Mr Balls, …, had suggested …" ⏎ "He said …" ⏎ "He also stressed …" ⏎ "Expectations rose." ⏎ "Borrowing rose." ⏎ "“…,” he told a lunch."
 * earliestParagraphBack(context, 5, 2, 'he') // => 0
 */
export function earliestParagraphBack(context: ResolveContext, position: number, maxBack: number, pronoun: string): number {
  const { paragraphs, index } = context;
  let budget = maxBack;
  let namingNobody = 0;
  let p = position - 1;
  for (; p >= 0 && p >= position - MAX_CHAIN && budget > 0; p--) {
    const paragraph = paragraphs[p]!;
    const names = index[p]!.list.some((m) => !m.inQuote && ((m.kind === 'person' && !isHandle(paragraph, m)) || m.kind === 'anonymous'));
    const quotes = paragraph.quotes.length > 0;
    const chained = !names && !quotes && paragraph.sentenceStarts.some((start) => paragraph.tokens[pronounOpening(paragraph, start)]?.lower === pronoun);
    // Lines that are only quotes: their speaker is decided after, from the lines around them.
    if (chained || !paragraph.tokens.some((t) => t.word && t.quote < 0)) continue;
    if (!names && !quotes && !paragraph.tokens.some((t) => t.quote < 0 && PERSON_PRONOUNS.has(t.lower)) && namingNobody < MAX_PARAGRAPHS_NAMING_NOBODY) {
      namingNobody++;
      continue;
    }
    budget--;
  }
  return p + 1;
}

/**
 * For "it said" opening a paragraph: the paragraph before, or the one before that when the
 * paragraph between names nobody and quotes nobody and the one before it ends reporting speech
 * ("The firm said …" ⏎ "The recall affects most consoles." ⏎ "In a statement, it added: …").
 *
 * @example
 * earliestParagraphNamingSomething(context, 6) // => 4 when paragraph 5 names no actor
 */
export function earliestParagraphNamingSomething(context: ResolveContext, position: number): number {
  const before = position - 1;
  if (before < 1) return before;
  const silent = context.paragraphs[before]!.quotes.length === 0 && !context.index[before]!.list.some((m) => !m.inQuote);
  if (!silent) return before;
  // Only when that paragraph's last sentence reports speech ("The firm said …"): "it added" continues it.
  const { tokens, sentenceStarts } = context.paragraphs[before - 1]!;
  const last = sentenceStarts.length - 1;
  return tokens.some((t) => t.sentence === last && t.quote < 0 && SPEECH_VERBS.has(t.lower)) ? before - 1 : before;
}

/**
 * The token of "the" opening the last sentence before `before` whose subject is an epithet
 * ("The writer was known for …", "The champion, 25, then won …"); -1 if that sentence opens otherwise.
 *
 * @example
 * epithetSubjectBefore(tokenizeText(0, 'The writer was known for his research.', []), 9) // => 0
 */
export function epithetSubjectBefore(paragraph: TokenizedParagraph, before: number): number {
  const { tokens, sentenceStarts } = paragraph;
  const sentence = before >= tokens.length ? sentenceStarts.length - 1 : tokens[before]!.sentence - (before === sentenceStarts[tokens[before]!.sentence] ? 1 : 0);
  if (sentence < 0) return -1;
  return epithetSubjectOf(paragraph, sentence);
}

/**
 * The token of "the" opening the main clause of `sentence` when its subject is an epithet ("The writer was known for …",
 * "And the American remains critical …": past an opening conjunction, with a capitalised nationality as the head); -1
 * if the clause opens otherwise.
 *
 * @example
 * epithetSubjectOf(tokenizeText(0, 'And the American remains critical.', []), 0) // => 1
 */
export function epithetSubjectOf(paragraph: TokenizedParagraph, sentence: number): number {
  const { tokens } = paragraph;
  let start = clauseStart(paragraph, sentence);
  if (OPENING_CONJUNCTIONS.has(tokens[start]?.lower ?? '') && tokens[start]!.quote < 0) start++;
  if (tokens[start]?.lower !== 'the' || tokens[start]!.quote >= 0) return -1;
  for (let k = start + 1; k <= start + 4 && tokens[k]?.word && tokens[k]!.quote < 0; k++) {
    const t = tokens[k]!;
    // "The younger stars of British film": a nationality after "of" qualifies another noun; it is no epithet's head.
    if (t.lower === 'of') return -1;
    const head = t.cap ? NATIONALITY_NOUNS.has(t.lower) || COUNTRY_DEMONYMS.has(t.text) : EPITHET_HEADS.has(t.lower);
    if (!head) {
      if (t.cap) return -1;
      continue;
    }
    const next = tokens[k + 1];
    // "The chief inspector of schools, NAME, said": a head before another title or epithet head only qualifies it.
    if (next?.word && !next.cap && (TITLE_HEAD_WORDS.has(next.lower) || EPITHET_HEADS.has(next.lower))) continue;
    return next && (next.text === ',' || (next.word && !next.cap && next.lower !== "'s")) ? start : -1;
  }
  return -1;
}

/**
 * The person an article is about, when one is: named outside quotes, before a point, more than
 * twice as often as anyone else and at least three times ("Airport author Arthur Hailey … Hailey's
 * first novel … Hailey's best-loved work"). Undefined when no one stands out so.
 *
 * @example
 * // an article naming Arthur Hailey four times and nobody else twice
 * mainPerson(context, 6, 0) // => 'arthur-hailey'
 */
export function mainPerson(context: ResolveContext, position: number, token: number): string | undefined {
  const counts = new Map<string, number>();
  context.index.forEach((entry, p) => {
    if (p > position) return;
    for (const m of entry.list) if (m.kind === 'person' && !m.inQuote && (p < position || m.last < token)) counts.set(m.actor, (counts.get(m.actor) ?? 0) + 1);
  });
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  return first && first[1] >= MAIN_PERSON_MENTIONS && first[1] > 2 * (second?.[1] ?? 0) ? first[0] : undefined;
}

const MAIN_PERSON_MENTIONS = 3;

/**
 * The same pronoun after a comma, later in the sentence of token `after` and before `before`, outside quotes; -1 if none.
 *
 * @example
 * // Asked about it, she said she would stay, …
 * samePronounAfter(paragraph, 'she', 4, 12) // => 6
 */
export function samePronounAfter(paragraph: TokenizedParagraph, pronoun: string, after: number, before: number): number {
  const { tokens } = paragraph;
  const sentence = tokens[after]!.sentence;
  for (let k = after + 1; k < before && k < tokens.length && tokens[k]!.sentence === sentence; k++) {
    if (tokens[k]!.quote < 0 && tokens[k]!.lower === pronoun && tokens[k - 1]?.text === ',') return k;
  }
  return -1;
}
