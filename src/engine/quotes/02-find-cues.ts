/**
 * Stage 2 of quotes: for each quotation, find the speech verb that attributes it and the
 * subject of that verb — a mention of an actor, or a pronoun to resolve in stage 3.
 * The cue rules are the table `CUE_RULES` below, most precise first; the finders they call live in ./cues/.
 */
import type { AttributionRule, CueKind } from '../schema.ts';
import type { Mention, Token, TokenizedParagraph } from '../actors/index.ts';
import type { MentionIndex, QuoteCue } from './cue-types.ts';
import { partyTagClose } from './party-tag-after-name.ts';
import functionWordsJson from '../lexicons/function-words.json' with { type: 'json' };
import { findAccordingTo } from './cues/according-to.ts';
import { findAfterCue, isPronounTagEnding, isRightAfter, labelAgentAfter } from './cues/after-quote.ts';
import { findBareNameAfterQuote } from './cues/bare-name-after-quote.ts';
import { findNameLineAfterQuote } from './cues/name-line-after-quote.ts';
import { findBeforeCue } from './cues/before-quote.ts';
import { findColonCue, findSubjectBeforeColon } from './cues/colon-cues.ts';
import { statedIntentionQuote } from './cues/stated-intention-quote.ts';
import { issuedDocumentAgent } from './cues/issued-document-agent.ts';
import { requestFromAgent } from './cues/request-from-agent.ts';
import { type Context, type CueRule, type CueSite, type Found, tagRule, withSubject } from './cues/cue-context.ts';
import { attributionEndingSentence, quotedByUnnamed, quotedPredicate, speakerMayFollow, wordsOfBefore } from './cues/fragment-cues.ts';
import { kinTeller } from './cues/kin-teller.ts';
import { invertedVerbOpening } from './cues/inverted-verb-opening.ts';
import { listenerEndingSentence } from './cues/listener-ending.ts';
import { quotedPredicateAfterOpener } from './cues/opener-then-quoted-predicate.ts';
import { findBareSaidCue, findBeatCue, findNextSentenceCue, findSplitCue } from './cues/neighbour-sentence-cues.ts';
import { findReportedSpeechAfterQuote, sentenceClosedByQuoteRun } from './cues/reported-speech-after-quote.ts';
import { officeAfterNamedNext, officeBeforeNamedNext, officeNamedNext } from './cues/office-named-next.ts';
import { remarkThatClause } from './cues/remark-that-clause.ts';
import { freeRelativeSpeaker } from './cues/free-relative-pronoun.ts';
import { askedOneReplies } from './cues/asked-one-replies.ts';
import { cleftSubject } from './cues/cleft-subject.ts';
import { DASHES, hasWord } from './cues/token-tests.ts';

export { findReportedSpeech, findPersonSubject } from './cues/sentence-speakers.ts';
export { findCueAfterMark } from './cues/after-quote.ts';

/** The maps of every paragraph without mentions (most of them): one empty map, never written. */
const NO_MENTIONS: ReadonlyMap<number, Mention> = new Map();

/**
 * Indexes the mentions of each paragraph by the tokens where they start and end; where two
 * mentions end at one token ("a spokesman for Prime Minister Rishi Sunak"), the longer wins.
 *
 * @param paragraphs The tokenised paragraphs.
 * @param mentions All mentions of the article.
 * @example
 * indexMentions(paragraphs, mentions)[0].endAt.get(3) // => the mention ending at token 3 of the first paragraph
 */
export function indexMentions(paragraphs: readonly TokenizedParagraph[], mentions: readonly Mention[]): MentionIndex[] {
  const position = new Map(paragraphs.map((p, i) => [p.index, i]));
  const lists: Mention[][] = paragraphs.map(() => []);
  for (const m of mentions) {
    const at = position.get(m.paragraph);
    if (at !== undefined) lists[at]!.push(m);
  }
  return lists.map((list, i) => {
    if (list.length === 0) return { startAt: NO_MENTIONS, endAt: NO_MENTIONS, list };
    const startAt = new Map<number, Mention>();
    const endAt = new Map<number, Mention>();
    for (const m of list) {
      const atEnd = endAt.get(m.last);
      if (!atEnd || m.first < atEnd.first) endAt.set(m.last, m);
      const atStart = startAt.get(m.first);
      if (!atStart || m.last > atStart.last) startAt.set(m.first, m);
    }
    // "Ann Moss (D-Md.) of Acme said": a party tag ends the person's mention too.
    for (const m of list) {
      const close = partyTagClose(paragraphs[i]!.tokens, m);
      if (close !== undefined && !endAt.has(close)) endAt.set(close, m);
    }
    return { startAt, endAt, list };
  });
}

/**
 * Finds the cue of every quotation of the article: `"Q," NAME said`, `"Q," said NAME`,
 * `NAME said: "Q"`, `NAME said there was "Q"`, `calling X "Q"`, `according to NAME`,
 * `ORG's statement said "Q"`, `"Q?" NAME asked` (split by the sentence splitter), a beat
 * (`She pauses. "Q"`), `"Q," he said` (a pronoun for stage 3). Quotes without a cue get cue `none`.
 *
 * @param paragraphs The tokenised paragraphs.
 * @param index Their mentions (from `indexMentions`).
 * @example
 * findCues([tokenizeText(0, '“No,” Jane Doe said.', spans)], index)[0]
 * // => { cue: 'said-after', verb: 'said', subject: { type: 'mention', mention: … }, … }
 */
export function findCues(paragraphs: readonly TokenizedParagraph[], index: readonly MentionIndex[]): QuoteCue[] {
  const cues: QuoteCue[] = [];
  paragraphs.forEach((paragraph, position) => {
    const mentions = index[position]!;
    const { tokens } = paragraph;
    const ranges = quoteTokenRanges(tokens, paragraph.quotes.length);
    ranges.forEach(([openToken, closeToken], q) => {
      if (openToken < 0) return;
      const sentence = tokens[openToken]!.sentence;
      const sentenceStart = paragraph.sentenceStarts[sentence] ?? 0;
      const sentenceEnd = (paragraph.sentenceStarts[sentence + 1] ?? tokens.length) - 1;
      const previousClose = q > 0 ? ranges[q - 1]![1] : -1;
      const nextOpen = q + 1 < ranges.length ? ranges[q + 1]![0] : tokens.length;
      const beforeFrom = Math.max(sentenceStart, previousClose + 1);
      const afterTo = Math.min(sentenceEnd, nextOpen - 1);
      const startsSentence = !hasWord(tokens, sentenceStart, openToken - 1);
      const endsSentence = !hasWord(tokens, closeToken + 1, sentenceEnd);
      const context: Context = { paragraphs, index, paragraph, position, mentions, sentenceStart, sentenceEnd };

      const after = findAfterCue(context, closeToken + 1, afterTo);
      const before = findBeforeCue(context, beforeFrom, openToken - 1);
      const according = findAccordingTo(context, beforeFrom, afterTo, openToken, closeToken);
      const text = paragraph.text.slice(paragraph.quotes[q]!.start, paragraph.quotes[q]!.end);
      const beforeEndsWithIntro = /[:,]$/.test(tokens[openToken - 1]?.text ?? '') || tokens[openToken - 1]?.lower === 'that';
      const opensSentence = startsSentence || !hasWord(tokens, beforeFrom, openToken - 1);
      const site: CueSite = { paragraphs, index, context, q, sentence, openToken, closeToken, text, startsSentence, endsSentence, opensSentence, after, before, according };

      // Stage 1: the first cue rule that finds a subject; else the verb found without one, for `verb` and `partial`.
      let chosen: Found | undefined;
      for (const row of CUE_RULES) {
        chosen = row.find(site);
        if (chosen) break;
      }
      chosen ??= opensSentence ? after : before;
      if (isTitleOfWork(text) && !startsSentence) chosen = undefined; // a book, film or album: “The Lamp and the Long Dark”
      const usedBefore = chosen !== undefined && chosen === before;
      const partial = /^[\p{Ll}]/u.test(text) || (usedBefore && !beforeEndsWithIntro && !endsSentence);
      let cue: CueKind = 'none';
      if (chosen) {
        if (chosen.subject.type === 'pronoun') cue = 'pronoun';
        else if (chosen.subject.type === 'epithet') cue = 'role';
        else if (chosen.subject.type === 'mention' && chosen.subject.mention.via === 'role') cue = 'role';
        else if (chosen.kind) cue = chosen.kind;
        else if (chosen === according) cue = 'according-to';
        else if (chosen === after) cue = 'said-after';
        else cue = partial ? 'partial' : 'said-before';
      }
      const attributed = chosen !== undefined && chosen.subject.type !== 'none';
      let rule: AttributionRule | undefined;
      if (attributed) {
        if (chosen!.rule) rule = chosen!.rule;
        else if (chosen === after) rule = 'said-name-after-quote';
        else if (chosen === according) rule = 'according-to';
        else rule = partial ? 'name-said-partial-quote' : 'name-said-before-quote';
      }
      cues.push({
        position,
        quote: q,
        openToken,
        closeToken,
        sentence,
        cue: attributed ? cue : 'none',
        ...(rule ? { rule } : {}),
        subject: chosen?.subject ?? { type: 'none' },
        ...(chosen?.verb ? { verb: chosen.verb } : {}),
        partial,
        startsSentence,
        endsSentence,
      });
    });
  });
  return cues;
}

/**
 * The cue rules of stage 1 (quote → mention), most precise first; the first that finds a subject
 * wins. Rows that return the cue found by `findAfterCue`, `findBeforeCue` or `findAccordingTo`
 * return it as it is (the cue kind and `partial` are read from which one it is).
 */
const CUE_RULES: readonly CueRule[] = [
  // "“Q,” said NAME", "“Q,” NAME said", "“Q,” he said": a quote opening its sentence, the verb after it.
  { rule: 'said-name-after-quote', find: (s) => (s.opensSentence ? withSubject(s.after) : undefined) },
  // "“Q,” Mr Bootle.": a quote opening its sentence, the name alone after it, its verb left out.
  { rule: 'bare-name-after-quote', find: (s) => (s.opensSentence && !s.after ? tagRule(findBareNameAfterQuote(s), 'bare-name-after-quote') : undefined) },
  // "“Q.” Jo Lee, Policy Director, Harbour Power": a signature, a person's name and posts ending the paragraph.
  { rule: 'name-line-after-quote', find: (s) => tagRule(findNameLineAfterQuote(s), 'name-line-after-quote') },
  // "“Q,” according to NAME": a quote opening its sentence, no speech verb after it.
  { rule: 'according-to', find: (s) => (s.opensSentence && !s.after ? s.according : undefined) },
  // "Her son, Tom Vale, came home. “Q,” her son said.": a teller named only by a family relation, the one person
  // introduced with it before.
  { rule: 'kin-teller-introduced', find: (s) => tagRule(kinTeller(s), 'kin-teller-introduced') },
  // "The agency urged action: “Q,” said NAME": after a colon, a speaker named right after the quote is the one quoted.
  {
    rule: 'said-name-after-quote',
    find: (s) => (s.context.paragraph.tokens[s.openToken - 1]?.text === ':' && /[,?!]$/.test(s.text) && isRightAfter(s.context.paragraph.tokens, s.closeToken) ? withSubject(s.after) : undefined),
  },
  // "his announcement that “he will step down”", "Ann Roe's claim that the vote was “rigged”": the possessor of a noun
  // for someone's words whose "that" clause holds the quote, with no verb of saying nearer to it.
  { rule: 'remark-noun-that-clause', find: (s) => (s.opensSentence ? undefined : tagRule(remarkThatClause(s), 'remark-noun-that-clause')) },
  // "The prime minister has defended …, saying “Q”." ⏎ "But NAME said …": an office no sentence before names, its holder named next.
  { rule: 'office-named-next', find: (s) => (s.before?.subject.type === 'epithet' && !s.opensSentence ? officeBeforeNamedNext(s) : undefined) },
  // "Red tape must be “cut back hard”, the business secretary has said." ⏎ "…, NAME said.": the same, the post ending the sentence.
  { rule: 'office-named-next', find: (s) => (s.after?.subject.type === 'epithet' && !s.opensSentence ? officeAfterNamedNext(s) : undefined) },
  // "The plan was branded “reckless” by the Greens.": a passive label before a fragment, its agent right after it; before
  // the sentence's own verb of saying ("NAME announced plans, in a move branded a “Q” by the Greens": the agent's label).
  { rule: 'name-said-partial-quote', find: (s) => (s.opensSentence ? undefined : labelAgentAfter(s.context, s.closeToken + 1, Math.min(s.context.sentenceEnd, s.closeToken + 12))) },
  // "The Tories said it leaked in what they describe as a “Q”": "they" after "what" is the body whose verb of saying opens the sentence.
  { rule: 'free-relative-pronoun', find: (s) => (s.opensSentence ? undefined : freeRelativeSpeaker(s)) },
  // "Mr Roe was asked why … He replied: “Q”": the one asked answers.
  { rule: 'asked-one-replies', find: (s) => (s.opensSentence ? undefined : askedOneReplies(s)) },
  // "… despite a call for him to “Q” from NAME": the one who asks, named after "from", speaks.
  { rule: 'request-noun-from-agent', find: (s) => (s.opensSentence ? undefined : tagRule(requestFromAgent(s.context, s.openToken, s.closeToken), 'request-noun-from-agent')) },
  // "But it was NAME who took centre stage, speaking of the “Q” the party hoped for": the cleft's subject speaks.
  { rule: 'cleft-subject', find: (s) => (s.opensSentence ? undefined : cleftSubject(s)) },
  // "NAME said: “Q”", "NAME said the plan was “Q”" (name-said-partial-quote when the quote is a fragment).
  { rule: 'name-said-before-quote', find: (s) => (s.opensSentence ? undefined : withSubject(s.before)) },
  // "In the words of Porter, “Q”": a sentence opening with the frame of feature writing, the quote after its subject.
  { rule: 'in-the-words-of', find: (s) => (s.opensSentence ? undefined : tagRule(wordsOfBefore(s), 'in-the-words-of')) },
  // "The sector is “rich”, said Ms Odum": a fragment, a comma, the verb after it.
  {
    rule: 'said-name-after-quote',
    find: (s) => (!s.opensSentence && (/[,?!]$/.test(s.text) || s.context.paragraph.tokens[s.closeToken + 1]?.text === ',') && !quotedByUnnamed(s) ? withSubject(s.after) : undefined),
  },
  // "It would be won by “our values alone” he added.": a fragment, a pronoun and its verb ending the sentence, the comma lost.
  {
    rule: 'said-name-after-quote',
    find: (s) => (!s.opensSentence && isPronounTagEnding(s.context.paragraph.tokens, s.closeToken, s.context.sentenceEnd) && !quotedByUnnamed(s) ? withSubject(s.after) : undefined),
  },
  // "Traffic “ground to a halt” — as the court's ruling put it — at the bridge": a writer's frame set off by a dash
  // after a fragment.
  {
    rule: 'as-name-put-it',
    find: (s) => (!s.opensSentence && s.after?.rule === 'as-name-put-it' && DASHES.has(s.context.paragraph.tokens[s.closeToken + 1]?.text ?? '') ? withSubject(s.after) : undefined),
  },
  // "There was an “absolute crisis” in recruitment, the committee added.": a fragment inside a sentence of
  // reported speech whose attribution, after a comma, ends it.
  { rule: 'name-said-ending-sentence', find: (s) => (s.opensSentence ? undefined : tagRule(attributionEndingSentence(s), 'name-said-ending-sentence')) },
  // "There was an “absolute crisis” in recruitment, Ms Roe told reporters.": the same, the verb's listener after it.
  { rule: 'name-told-listener-ending-sentence', find: (s) => (s.opensSentence ? undefined : tagRule(listenerEndingSentence(s), 'name-told-listener-ending-sentence')) },
  // "… was “Q”, according to NAME"; a verb left without its subject does not hide it.
  { rule: 'according-to', find: (s) => (s.opensSentence ? undefined : s.according) },
  // "Council leader Brian Staines defended the move. He said:" ⏎ "“We have had to …”"
  {
    rule: 'said-colon-line-before',
    find: (s) => (s.startsSentence && s.q === 0 && s.sentence === 0 ? tagRule(findColonCue(s.paragraphs, s.index, s.context.position), 'said-colon-line-before') : undefined),
  },
  // "The palace issued the following statement from the king: “…”": the agent of the document the subject put out.
  {
    rule: 'issued-document-agent',
    find: (s) => {
      const colon = s.openToken - 1;
      const t = s.context.paragraph.tokens[colon];
      return !s.startsSentence && t?.text === ':' && t.quote < 0 ? tagRule(issuedDocumentAgent(s.context, colon), 'issued-document-agent') : undefined;
    },
  },
  // "Jair Bolsonaro opposed Macron's statement: “…”"; not where a speech verb lost its subject ("…, the governor said:").
  {
    rule: 'subject-colon-quote',
    find: (s) => {
      const colon = s.context.paragraph.tokens[s.openToken - 1];
      const noUnresolvedVerb = !s.before || !s.before.verb || (/ing$/.test(s.before.verb) && !s.before.unnamed);
      if (!noUnresolvedVerb || s.startsSentence || colon?.text !== ':' || colon.quote >= 0) return undefined;
      const found = findSubjectBeforeColon(s.context);
      return tagRule(found, found?.rule ?? 'subject-colon-quote');
    },
  },
  // "“Where was he?” Tyagi asked.": the splitter put the name and verb in a sentence of their own; after a full stop
  // only a sentence that is nothing but the name and the verb ("“We are ready.” Director Roe said.").
  {
    rule: 'name-after-question',
    find: (s) => {
      if (!s.startsSentence || !s.endsSentence) return undefined;
      if (/[?!][’”"'»]*$/u.test(s.text)) return tagRule(findSplitCue(s.context, s.sentence), 'name-after-question');
      return /\.[’”"'»]*$/u.test(s.text) ? tagRule(findBareSaidCue(s.context, s.sentence), 'name-after-question') : undefined;
    },
  },
  // "“Clear the streets or clear off.” That was the message from NAME."
  {
    rule: 'named-in-next-sentence',
    find: (s) => (s.startsSentence && s.endsSentence && !/[?!][’”"'»]*$/u.test(s.text) ? tagRule(findNextSentenceCue(s.context, s.sentence), 'named-in-next-sentence') : undefined),
  },
  // "Richard Thomas “totally condemned” the deletion": a quoted predicate right after the person opening the sentence.
  { rule: 'name-then-quoted-predicate', find: (s) => tagRule(quotedPredicate(s), 'name-then-quoted-predicate') },
  // "If it passes, she intends to enter the talks “with open hands”": a fragment completing a stated intention.
  { rule: 'stated-intention-quote', find: (s) => tagRule(statedIntentionQuote(s), 'stated-intention-quote') },
  // "On Monday, Mayor Ann Lowe “vowed to fight on”": the same after an opening phrase closed by a comma.
  { rule: 'opener-then-quoted-predicate', find: (s) => tagRule(quotedPredicateAfterOpener(s), 'opener-then-quoted-predicate') },
  // "Remarked Acme scientist Ann Roe, “…”": a verb of saying opens the sentence, its subject after it.
  { rule: 'inverted-verb-opens-sentence', find: (s) => tagRule(invertedVerbOpening(s), 'inverted-verb-opens-sentence') },
  // "She pauses. “I think he’s relieved.”": a quote after a sentence about one person, in one paragraph.
  {
    rule: 'beat-before-quote',
    // Also "She left the series. “This is not what I wanted …” to place at the bridge.": words after the quote with no speech verb.
    find: (s) => (s.startsSentence && (s.endsSentence || (!s.after && /[\p{Lu}]/u.test(s.text[0] ?? '') && s.text.split(/\s+/).length >= 8 && !speakerMayFollow(s))) && s.q === 0 && s.sentence > 0 && s.context.paragraph.quotes[s.q]!.closed ? tagRule(findBeatCue(s.context, s.sentence - 1), 'beat-before-quote') : undefined),
  },
  // "The prime minister has defended …, saying “Q”." ⏎ … "But NAME said …": a post only, its holder named in the next sentences.
  { rule: 'office-named-next', find: officeNamedNext },
  // "“Q.” But change, he says, will come slowly.": a quote alone in its sentence, then reported speech of "he"/"she".
  {
    rule: 'reported-speech-after-quote',
    find: (s) => {
      const sentence = s.startsSentence ? sentenceClosedByQuoteRun(s.context.paragraph, s.q) : undefined;
      return sentence === undefined ? undefined : tagRule(findReportedSpeechAfterQuote(s.context, sentence), 'reported-speech-after-quote');
    },
  },
];

const MINOR_WORDS: ReadonlySet<string> = new Set(functionWordsJson.minor);

/** Two or more words, every major word capitalised, no sentence punctuation: the title of a work or a name. */
function isTitleOfWork(text: string): boolean {
  // The tests that need no split first: a title starts with a capital or a digit and ends without punctuation.
  if (/[.,!?;:]$/.test(text) || !/^[\p{Lu}\d]/u.test(text)) return false;
  const words = text.split(/\s+/);
  if (words.length < 2 || words.length > 8) return false;
  return words.every((w, i) => /^[\p{Lu}\d]/u.test(w) || (i > 0 && MINOR_WORDS.has(w)));
}

/** First and last token of each quotation (marks included); [-1, -1] if it has no tokens. */
function quoteTokenRanges(tokens: readonly Token[], count: number): [number, number][] {
  const ranges: [number, number][] = [];
  if (count === 0) return ranges;
  for (let q = 0; q < count; q++) ranges.push([-1, -1]);
  for (let k = 0; k < tokens.length; k++) {
    const quote = tokens[k]!.quote;
    if (quote < 0) continue;
    const range = ranges[quote]!;
    if (range[0] < 0) range[0] = k;
    range[1] = k;
  }
  return ranges;
}
