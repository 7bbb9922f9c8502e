/**
 * Lines run together: texts that lost their paragraph breaks (the BBC News Summary texts, pasted copy) hold in one
 * line what the outlet printed as several paragraphs — "… behind Gatlin. “It really hurts to look at that medal.”
 * “It was my mistake.” “I lost because of the things I did,” said Greene …". The cue rules and sieves read a line
 * start as a paragraph break (a quote-only line continues or precedes the quote of the next line). For attribution
 * only, a line is cut before every sentence that opens with a quotation mark after a sentence of its own, the start
 * the outlet's paragraph most likely had, and after it before a sentence of narrative (also when the line itself opens
 * with the quotation: "“I will be back.” Claxton won …" ran two paragraphs together); the quotes keep their offsets into the whole line, which is what the
 * article shows.
 */
import type { Mention, TokenizedParagraph } from '../actors/index.ts';
import { attributeSpeakers } from './03-attribute-speakers.ts';
import { findCues, indexMentions } from './02-find-cues.ts';
import type { AttributedQuote } from './sieves/index.ts';
import { SPEECH_VERBS } from '../actors/load-lexicons.ts';
import clauseOpenersJson from '../lexicons/clause-openers.json' with { type: 'json' };
import reactionWordsJson from '../lexicons/reaction-words.json' with { type: 'json' };
import { findGenders, type Gender } from './find-genders.ts';

/** The lines that attribution reads, their mentions, and the index of the article paragraph each comes from. */
export interface AttributionLines {
  paragraphs: TokenizedParagraph[];
  mentions: Mention[];
  /** `origin[i]` is the `index` of the article paragraph line `i` is part of. */
  origin: number[];
}

/**
 * The token indices where the paragraph's text is cut: the first token of each sentence after the first that is the
 * opening mark of a quotation starting there, and the first token of the sentence of narrative after each sentence
 * that opens a quotation (the line's own first sentence too: "“It hurts.” He left." is cut before "He").
 *
 * @param paragraph A tokenised paragraph.
 * @example
 * cutsOf(tokenizeText(0, 'He lost. “It hurts.” “I erred,” he said.', spans)) // => [3, 8]
 */
export function cutsOf(paragraph: TokenizedParagraph): number[] {
  const { tokens, quotes, sentenceStarts } = paragraph;
  const cuts: number[] = [];
  for (let s = 0; s < sentenceStarts.length; s++) {
    const k = sentenceStarts[s]!;
    const t = tokens[k];
    if (!t || t.word || t.quote < 0 || quotes[t.quote]!.start > t.end || quotes[t.quote]!.start < t.start) continue;
    if (tokens[k - 1]?.quote === t.quote) continue;
    // The line's own start is no cut, but a line opening with a quotation is cut after its sentence too.
    if (s > 0) cuts.push(k);
    // The sentence after it, when it opens with no quotation, starts a line of narrative of its own; a quotation of
    // several sentences ("“We worked hard. We are happy,” he said. Williams was keen …") ends its line at the first
    // sentence that opens after the quotation has closed.
    const span = quotes[t.quote]!;
    let after = sentenceStarts[s + 1];
    for (let n = s + 1; span.closed && after !== undefined && tokens[after]!.quote === t.quote; n++) after = sentenceStarts[n + 1];
    if (after !== undefined && tokens[after]!.quote < 0 && tokens[after]!.start >= span.close) cuts.push(after);
  }
  // "Coach Dan Obi said: “We were poor. We will improve.” Winger Tom Vale …": a quotation that ends its sentence
  // ends the outlet's paragraph too; the narrative sentence after it starts a line.
  for (const span of quotes) {
    if (!span.closed) continue;
    const after = sentenceStarts.find((k) => tokens[k]!.start >= span.close);
    if (after === undefined || tokens[after]!.quote >= 0) continue;
    let words = false;
    for (let k = after - 1; k >= 0 && tokens[k]!.end > span.close; k--) if (tokens[k]!.word) words = true;
    if (!words) cuts.push(after);
  }
  // "… turned away. “When it comes …": a quotation left open where the next one opens is the news convention of a
  // quote running over paragraphs, each opening with the mark again; the paragraph broke there.
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    const before = quotes[t.quote - 1];
    if (t.word || t.quote < 1 || tokens[k - 1]!.quote !== t.quote - 1 || quotes[t.quote]!.open !== t.start || !before || before.closed || before.close !== t.start) continue;
    cuts.push(k);
  }
  return [...new Set(cuts)].sort((a, b) => a - b);
}

/**
 * Cuts every paragraph before each sentence that opens a quotation (see `cutsOf`); a paragraph with no such sentence
 * stays as it is. Each piece keeps the text of its paragraph up to its own end (so token and quote offsets stay
 * valid), gets an index of its own, and takes the mentions that fall in it.
 *
 * @param paragraphs The tokenised paragraphs of an article.
 * @param mentions Their mentions.
 * @example
 * splitRunTogetherLines([tokenizeText(0, 'He lost. “It hurts.”', spans)], []).paragraphs.map((p) => p.tokens.length) // => [3, 5]
 */
export function splitRunTogetherLines(paragraphs: readonly TokenizedParagraph[], mentions: readonly Mention[]): AttributionLines {
  const out: TokenizedParagraph[] = [];
  const origin: number[] = [];
  const moved = new Map<number, { at: number; from: number; to: number; base: number }[]>();
  for (const p of paragraphs) {
    const cuts = cutsOf(p);
    if (cuts.length === 0) {
      moved.set(p.index, [{ at: out.length, from: 0, to: p.tokens.length, base: 0 }]);
      origin.push(p.index);
      out.push({ ...p, index: out.length });
      continue;
    }
    const pieces: { at: number; from: number; to: number; base: number }[] = [];
    const bounds = [0, ...cuts, p.tokens.length];
    for (let c = 0; c + 1 < bounds.length; c++) {
      const from = bounds[c]!;
      const to = bounds[c + 1]!;
      const sentenceBase = p.tokens[from]!.sentence;
      const quoteBase = p.quotes.findIndex((span) => span.start >= p.tokens[from]!.start);
      const quoteEnd = c + 2 < bounds.length ? p.quotes.findIndex((span) => span.start >= p.tokens[to]!.start) : p.quotes.length;
      const q0 = quoteBase < 0 ? p.quotes.length : quoteBase;
      const q1 = quoteEnd < 0 ? p.quotes.length : quoteEnd;
      const tokens = p.tokens.slice(from, to).map((t) => ({ ...t, sentence: t.sentence - sentenceBase, quote: t.quote < 0 ? -1 : t.quote - q0 }));
      const sentenceStarts = [0, ...p.sentenceStarts.filter((k) => k > from && k < to).map((k) => k - from)];
      const spans = p.quotes.slice(q0, q1);
      const end = c + 2 < bounds.length ? Math.max(tokens[tokens.length - 1]!.end, ...spans.map((span) => span.close)) : p.text.length;
      pieces.push({ at: out.length, from, to, base: from });
      origin.push(p.index);
      out.push({ index: out.length, text: p.text.slice(0, end), tokens, quotes: spans, sentenceStarts });
    }
    moved.set(p.index, pieces);
  }
  const lines = mentions.flatMap((m) => {
    const piece = moved.get(m.paragraph)?.find((x) => m.first >= x.from && m.first < x.to);
    return piece ? [{ ...m, paragraph: piece.at, first: m.first - piece.base, last: Math.min(m.last, piece.to - 1) - piece.base }] : [];
  });
  return { paragraphs: out, mentions: lines, origin };
}

/**
 * The quotes of the article as attributed on its own lines, with every quote left without a speaker that opens a line
 * cut by `splitRunTogetherLines` given the speaker attribution finds for it on those lines, when it finds one; quotes
 * with a speaker keep theirs, and so do words quoted inside a sentence of narrative (“Ann Dee is less sure, the flood
 * “the worst I have seen”” stays withheld after a quote of someone else). An article with no line to cut is attributed once only.
 *
 * @param attributed The quotes attributed on the article's own paragraphs.
 * @param paragraphs The article's paragraphs.
 * @param mentions Their mentions.
 * @example
 * // 'He lost. “It hurts.” “I erred,” said Greene.' → “It hurts.” gets greene (the line before the cued quote)
 */
export function fillFromRunTogetherLines(attributed: AttributedQuote[], paragraphs: readonly TokenizedParagraph[], mentions: readonly Mention[]): AttributedQuote[] {
  // Only when some quote without a speaker opens a line cut out of its paragraph: most articles are attributed once.
  const opensCutLine = (q: AttributedQuote) => {
    if (q.speaker !== null) return false;
    const cuts = cutsOf(paragraphs[q.position]!);
    return cuts.includes(q.openToken) || (q.openToken === 0 && cuts.length > 0);
  };
  if (!attributed.some(opensCutLine)) return attributed;
  const lines = splitRunTogetherLines(paragraphs, mentions);
  const index = indexMentions(lines.paragraphs, lines.mentions);
  const found = new Map<string, AttributedQuote>();
  for (const q of attributeSpeakers(lines.paragraphs, index, findCues(lines.paragraphs, index))) {
    // Only a quote that opens its cut line: words quoted inside a sentence of narrative keep their own line's reading.
    if (q.speaker !== null && q.quote === 0 && lines.paragraphs[q.position]!.tokens[0]!.quote === 0) found.set(`${lines.origin[q.position]}:${lines.paragraphs[q.position]!.quotes[q.quote]!.start}`, q);
  }
  let genders: ReadonlyMap<string, Gender> | undefined;
  const gendersOf = (): ReadonlyMap<string, Gender> => (genders ??= findGenders(paragraphs, indexMentions(paragraphs, mentions)));
  return attributed.map((q) => {
    if (q.speaker !== null) return q;
    const other = found.get(`${paragraphs[q.position]!.index}:${paragraphs[q.position]!.quotes[q.quote]!.start}`);
    if (!other || (q.openToken === 0 && narrativeFollows(paragraphs[q.position]!, q) && !continuesQuoteBefore(other, paragraphs[q.position]!, q, mentions, gendersOf))) return q;
    return { ...q, speaker: other.speaker, cue: other.cue, rule: other.rule, resolution: other.resolution, ...(other.verb ? { verb: other.verb } : {}) };
  });
}

/**
 * True when the sentence after the quote's own, in its paragraph, opens with no quotation. A quote left open and
 * followed at once by the next quotation's opening mark ("“We will win. “And we will win again.” The coach left.") is
 * the first paragraph of a quotation the outlet ran over paragraphs (the sentence splitter keeps both in one sentence):
 * what follows it is the quotation going on, not narrative.
 */
function narrativeFollows(paragraph: TokenizedParagraph, q: AttributedQuote): boolean {
  const { tokens, quotes } = paragraph;
  const after = tokens[q.closeToken + 1];
  const reopened = quotes[q.quote + 1];
  if (!quotes[q.quote]!.closed && after && !after.word && reopened && after.quote === q.quote + 1 && reopened.start >= after.start && reopened.start <= after.end) return false;
  const next = paragraph.sentenceStarts[q.sentence + 1];
  return next !== undefined && tokens[next]!.quote < 0;
}

/** Kinds of actor that may answer a quote from the sentence after it. */
const ANSWERING_KINDS: ReadonlySet<string> = new Set(['person', 'anonymous', 'group', 'organization']);
/** Words that open a sentence pointing back at the one before ("That was the view of NAME."). */
const BACK_POINTERS: ReadonlySet<string> = new Set(clauseOpenersJson.backPointers);
const REACTION_WORDS: ReadonlySet<string> = new Set(reactionWordsJson.words);
/** The gender each subject pronoun of one person stands for. */
const PRONOUN_GENDERS: ReadonlyMap<string, Gender> = new Map([['he', 'male'], ['she', 'female']]);

/**
 * A quote sentence that opens its line, cut from the narrative after it, takes the speaker found on the cut lines
 * (not the subject of a line before, which needs a quote line of its own) unless the sentence after it may tell who
 * said it or answer it: one that points back ("That was the view of NAME."), one that opens with the speaker's own
 * people ("“Where will children read?” Lin's supporters chanted."), or one that names someone else and holds a verb of
 * saying or a word of reaction ("“Next year will be different.” Club chairman Alan Brooke was less sure.").
 * Narrative that goes on about the speaker or others ("Claxton has won …", "Greene crossed the line behind
 * Gatlin …") is the next paragraph's; so is a sentence whose subject is "he" or "she" of the speaker's own known gender,
 * whoever it names after its verb ("He suggested the claim that Lord Hale had drafted it …": the speaker goes on).
 *
 * @param other The quote as attributed on the cut lines.
 * @param paragraph The quote's own (uncut) paragraph.
 * @param q The quote on its own paragraph.
 * @param mentions The article's mentions.
 * @param gendersOf The genders of the article's actors (worked out when first asked).
 */
function continuesQuoteBefore(other: AttributedQuote, paragraph: TokenizedParagraph, q: AttributedQuote, mentions: readonly Mention[], gendersOf: () => ReadonlyMap<string, Gender>): boolean {
  // "“Help!” Neighbours heard the shout.": the subject of a line before is carried to a quote on a line of its own only.
  if (other.rule === 'quote-line-after-subject') return false;
  const { tokens, sentenceStarts } = paragraph;
  const next = sentenceStarts[q.sentence + 1]!;
  const end = sentenceStarts[q.sentence + 2] ?? tokens.length;
  const first = tokens.slice(next, end).find((t) => t.word);
  if (first && BACK_POINTERS.has(first.lower)) return false;
  const others = mentions.some(
    (m) => m.paragraph === paragraph.index && m.first >= next && m.first < end && !m.inQuote && ANSWERING_KINDS.has(m.kind) && (m.actor !== other.speaker || tokens[m.last + 1]?.lower === "'s"),
  );
  if (!others) return true;
  // "“Where will children read?” Lin's supporters chanted.": the speaker's own people, named first, may have said it.
  if (mentions.some((m) => m.paragraph === paragraph.index && m.first >= next && m.first < next + 3 && m.actor === other.speaker && tokens[m.last + 1]?.lower === "'s")) return false;
  // "“It is the biggest thrill of my life.” Wilson explained how his son …": the speaker found, opening the sentence
  // after as its subject, goes on talking; a verb of saying there is theirs.
  const opener = mentions.find((m) => m.paragraph === paragraph.index && m.first === next && !m.inQuote);
  if (opener && opener.actor === other.speaker && opener.kind === 'person' && tokens[opener.last + 1]?.word && !tokens[opener.last + 1]!.cap && tokens[opener.last + 1]!.lower !== "'s") return true;
  // "“No one else was involved.” He suggested the claim that Lord Hale had drafted it …": the sentence after opens with
  // "he" or "she" of the speaker's own gender (known), its subject; the names after its verb are what the speaker talks of.
  if (first && tokens[next] === first && first.quote < 0 && PRONOUN_GENDERS.get(first.lower) !== undefined && PRONOUN_GENDERS.get(first.lower) === gendersOf().get(other.speaker!)) return true;
  // "“…” Ljubicic was at a loss to explain his showing.": a verb of saying after "to" is an infinitive, no report of speech.
  for (let k = next; k < end; k++) {
    const t = tokens[k]!;
    const infinitive = tokens[k - 1]?.lower === 'to';
    if (t.word && !t.cap && t.quote < 0 && ((SPEECH_VERBS.has(t.lower) && !infinitive) || REACTION_WORDS.has(t.lower))) return false;
  }
  return true;
}
