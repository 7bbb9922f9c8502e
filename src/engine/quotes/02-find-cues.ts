/**
 * Stage 2 of quotes: for each quotation, find the speech verb that attributes it and the
 * subject of that verb — a mention of an actor, or a pronoun to resolve in stage 3.
 */
import type { AttributionRule, CueKind } from '../schema.ts';
import type { Mention, Token, TokenizedParagraph } from '../actors/index.ts';
import {
  COUNTRY_DEMONYMS,
  COUNTRY_NAMES,
  DOCUMENT_NOUNS,
  HONORIFICS,
  OBJECT_SPEAKER_VERBS,
  PARTICIPLES_OF_SPEAKING,
  PART_OF_NOUNS,
  ORG_BACK_REFERENCES as ORG_BACK_WORDS,
  ORG_HEADS,
  ORG_PRONOUNS,
  PERSON_PRONOUNS,
  PERSON_RELATIVES,
  RELATION_NOUNS,
  PLURAL_PRONOUNS,
  POST_NOMINALS,
  SPEECH_VERBS,
  TITLE_HEAD_WORDS,
  TITLE_MODIFIERS,
  EPITHET_HEADS,
  EPITHET_FOLLOWERS,
  NATIONALITY_NOUNS,
  NAMING_BEFORE_AS,
  NAMING_NOUNS,
  type SpeechVerb,
} from '../actors/load-lexicons.ts';
import { namesOutlet } from '../actors/mark-outlets.ts';
import { afterRelativeClause } from '../actors/speech-verb-forms.ts';
import participlesJson from '../lexicons/irregular-participles.json' with { type: 'json' };
import participleLookalikesJson from '../lexicons/participle-lookalikes.json' with { type: 'json' };
import perceptionJson from '../lexicons/perception-verbs.json' with { type: 'json' };
import remarkNounsJson from '../lexicons/remark-nouns.json' with { type: 'json' };
import issuingVerbsJson from '../lexicons/issuing-verbs.json' with { type: 'json' };
import causativeVerbsJson from '../lexicons/causative-verbs.json' with { type: 'json' };
import { isUpperCase } from '../text/is-upper-case.ts';
import { NAME_PARTICLES } from '../text/name-particles.ts';
import { genderOfWord } from './find-genders.ts';
import { clauseStart } from './resolve-subject.ts';
import { documentOwner, documentPhraseAt, isGovernmentOf, officeOwner, participialAside, pronounDocumentOwner, type PhraseOwner } from './find-document-owner.ts';
import type { MentionIndex, QuoteCue, Subject } from './cue-types.ts';
import { ONE_OF_THEM } from './resolve-member-of-group.ts';
import { partyTagClose } from './party-tag-after-name.ts';
import { asPutItAt, wordsOfAt } from './find-writer-frames.ts';
import betweenSubjectAndVerbJson from '../lexicons/between-subject-and-verb.json' with { type: 'json' };
import clauseOpenersJson from '../lexicons/clause-openers.json' with { type: 'json' };
import determinersJson from '../lexicons/determiners.json' with { type: 'json' };
import verbFormsJson from '../lexicons/verb-forms.json' with { type: 'json' };
import prepositionsJson from '../lexicons/prepositions.json' with { type: 'json' };
import functionWordsJson from '../lexicons/function-words.json' with { type: 'json' };
import pronounsJson from '../lexicons/pronouns.json' with { type: 'json' };
import roleWordsJson from '../lexicons/role-words.json' with { type: 'json' };
import { isSpokenQuote } from './drop-set-off-phrases.ts';
import speechVerbsJson from '../lexicons/speech-verbs.json' with { type: 'json' };
import afterQuoteVerbsJson from '../lexicons/after-quote-verbs.json' with { type: 'json' };

/** The maps of every paragraph without mentions (most of them): one empty map, never written. */
const NO_MENTIONS: ReadonlyMap<number, Mention> = new Map();

const SKIP_BEFORE_VERB: ReadonlySet<string> = new Set(betweenSubjectAndVerbJson.cueSubject);
const GOING_AS_FAR: ReadonlySet<string> = new Set(betweenSubjectAndVerbJson.goingAsFar);
const NOT_ADVERBS: ReadonlySet<string> = new Set(betweenSubjectAndVerbJson.notAdverbs);
const ONLY_BEFORE_A_NOUN: ReadonlySet<string> = new Set(determinersJson.onlyBeforeANoun);

/**
 * Whether the speech-verb form at `k` is a noun by the word before it: after an article or a possessive
 * ("in their comments:", "the claims", "his alleged role"), or after "her" when it ends in -s or -ed
 * ("her claims", "her reported remarks"; but "heard her say").
 */
function isNounByDeterminer(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1]?.lower ?? '';
  if (ONLY_BEFORE_A_NOUN.has(before)) return true;
  return before === 'her' && /(?:[^s]s|ed)$/.test(tokens[k]!.lower);
}
/** The shortest '-ly' word taken for an adverb: shorter ones are mostly nouns ('ally', 'rally', 'reply'). */
const MIN_ADVERB_LENGTH = 6;

/**
 * Whether a word may stand between a subject and its speech verb: a word of `cueSubject`, or a lower-case
 * adverb in '-ly' ("The proclamation specifically said", "someone audibly says") that is no noun ('family').
 */
function passedBeforeVerb(t: Token): boolean {
  if (SKIP_BEFORE_VERB.has(t.lower)) return true;
  return t.word && !t.cap && t.lower.length >= MIN_ADVERB_LENGTH && t.lower.endsWith('ly') && !NOT_ADVERBS.has(t.lower);
}
const CLAUSE_INTRO: ReadonlySet<string> = new Set(clauseOpenersJson.beforeASubject);
const SUBORDINATORS: ReadonlySet<string> = new Set(clauseOpenersJson.subordinators);
const ARTICLES: ReadonlySet<string> = new Set(determinersJson.articles);
/** "said its founder, NAME", "said her agent, NAME": a possessive before the role of the speaker named next. */
const POSSESSIVES: ReadonlySet<string> = new Set(determinersJson.possessives);
const SPEAKING_KINDS = new Set(['person', 'anonymous', 'organization', 'group']);

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

interface Context {
  paragraphs: readonly TokenizedParagraph[];
  index: readonly MentionIndex[];
  paragraph: TokenizedParagraph;
  position: number;
  mentions: MentionIndex;
  sentenceStart: number;
  sentenceEnd: number;
}

interface Found {
  subject: Subject;
  verb?: string;
  /** The cue kind when the position of the cue does not tell it. */
  kind?: CueKind;
  /** The rule when the finder's place in `findCues` does not tell it. */
  rule?: AttributionRule;
  /** The verb has a subject the text does not name ("her father telling her"): nobody else speaks for it. */
  unnamed?: boolean;
}

function tagRule(found: Found | undefined, rule: AttributionRule): Found | undefined {
  return found ? { ...found, rule } : undefined;
}

/** What the cue rules read about one quotation. */
interface CueSite {
  paragraphs: readonly TokenizedParagraph[];
  index: readonly MentionIndex[];
  context: Context;
  q: number;
  sentence: number;
  openToken: number;
  closeToken: number;
  text: string;
  startsSentence: boolean;
  endsSentence: boolean;
  /** No words before the quote in its sentence (or since the quote before it). */
  opensSentence: boolean;
  /** The speech verb after the quote, before it, and "according to", each with the subject found for it. */
  after: Found | undefined;
  before: Found | undefined;
  according: Found | undefined;
}

/** One cue rule of stage 1: the subject it finds for a quotation, or undefined. */
interface CueRule {
  rule: AttributionRule;
  find(site: CueSite): Found | undefined;
}

const withSubject = (found: Found | undefined): Found | undefined => (found && found.subject.type !== 'none' ? found : undefined);

/**
 * The cue rules of stage 1 (quote → mention), most precise first; the first that finds a subject
 * wins. Rows that return the cue found by `findAfterCue`, `findBeforeCue` or `findAccordingTo`
 * return it as it is (the cue kind and `partial` are read from which one it is).
 */
const CUE_RULES: readonly CueRule[] = [
  // "“Q,” said NAME", "“Q,” NAME said", "“Q,” he said": a quote opening its sentence, the verb after it.
  { rule: 'said-name-after-quote', find: (s) => (s.opensSentence ? withSubject(s.after) : undefined) },
  // "“Q,” according to NAME": a quote opening its sentence, no speech verb after it.
  { rule: 'according-to', find: (s) => (s.opensSentence && !s.after ? s.according : undefined) },
  // "The agency urged action: “Q,” said NAME": after a colon, a speaker named right after the quote is the one quoted.
  {
    rule: 'said-name-after-quote',
    find: (s) => (s.context.paragraph.tokens[s.openToken - 1]?.text === ':' && /[,?!]$/.test(s.text) && isRightAfter(s.context.paragraph.tokens, s.closeToken) ? withSubject(s.after) : undefined),
  },
  // "NAME said: “Q”", "NAME said the plan was “Q”" (name-said-partial-quote when the quote is a fragment).
  { rule: 'name-said-before-quote', find: (s) => (s.opensSentence ? undefined : withSubject(s.before)) },
  // "In the words of Porter, “Q”": a sentence opening with the frame of feature writing, the quote after its subject.
  { rule: 'in-the-words-of', find: (s) => (s.opensSentence ? undefined : tagRule(wordsOfBefore(s), 'in-the-words-of')) },
  // "The sector is “rich”, said Ms Odum": a fragment, a comma, the verb after it.
  {
    rule: 'said-name-after-quote',
    find: (s) => (!s.opensSentence && (/[,?!]$/.test(s.text) || s.context.paragraph.tokens[s.closeToken + 1]?.text === ',') && !quotedByUnnamed(s) ? withSubject(s.after) : undefined),
  },
  // "There was an “absolute crisis” in recruitment, the committee added.": a fragment inside a sentence of
  // reported speech whose attribution, after a comma, ends it.
  { rule: 'name-said-ending-sentence', find: (s) => (s.opensSentence ? undefined : tagRule(attributionEndingSentence(s), 'name-said-ending-sentence')) },
  // "… was “Q”, according to NAME"; a verb left without its subject does not hide it.
  { rule: 'according-to', find: (s) => (s.opensSentence ? undefined : s.according) },
  // "Council leader Brian Staines defended the move. He said:" ⏎ "“We have had to …”"
  {
    rule: 'said-colon-line-before',
    find: (s) => (s.startsSentence && s.q === 0 && s.sentence === 0 ? tagRule(findColonCue(s.paragraphs, s.index, s.context.position), 'said-colon-line-before') : undefined),
  },
  // "Jair Bolsonaro opposed Macron's statement: “…”"; not where a speech verb lost its subject ("…, the governor said:").
  {
    rule: 'subject-colon-quote',
    find: (s) => {
      const colon = s.context.paragraph.tokens[s.openToken - 1];
      const noUnresolvedVerb = !s.before || !s.before.verb || (/ing$/.test(s.before.verb) && !s.before.unnamed);
      if (!noUnresolvedVerb || s.startsSentence || colon?.text !== ':' || colon.quote >= 0) return undefined;
      return tagRule(findSubjectBeforeColon(s.context), 'subject-colon-quote');
    },
  },
  // "“Where was he?” Tyagi asked.": the splitter put the name and verb in a sentence of their own.
  {
    rule: 'name-after-question',
    find: (s) => (s.startsSentence && s.endsSentence && /[?!][’”"'»]*$/u.test(s.text) ? tagRule(findSplitCue(s.context, s.sentence), 'name-after-question') : undefined),
  },
  // "“Clear the streets or clear off.” That was the message from NAME."
  {
    rule: 'named-in-next-sentence',
    find: (s) => (s.startsSentence && s.endsSentence && !/[?!][’”"'»]*$/u.test(s.text) ? tagRule(findNextSentenceCue(s.context, s.sentence), 'named-in-next-sentence') : undefined),
  },
  // "Richard Thomas “totally condemned” the deletion": a quoted predicate right after the person opening the sentence.
  { rule: 'name-then-quoted-predicate', find: (s) => tagRule(quotedPredicate(s), 'name-then-quoted-predicate') },
  // "She pauses. “I think he’s relieved.”": a quote after a sentence about one person, in one paragraph.
  {
    rule: 'beat-before-quote',
    // Also "She left the series. “This is not what I wanted …” to place at the bridge.": words after the quote with no speech verb.
    find: (s) => (s.startsSentence && (s.endsSentence || (!s.after && /[\p{Lu}]/u.test(s.text[0] ?? '') && s.text.split(/\s+/).length >= 8 && !speakerMayFollow(s))) && s.q === 0 && s.sentence > 0 && s.context.paragraph.quotes[s.q]!.closed ? tagRule(findBeatCue(s.context, s.sentence - 1), 'beat-before-quote') : undefined),
  },
];

/**
 * "“She told me …” and that “…”, Ana Ruiz recalled.": a speech verb later in the quote's sentence, past another
 * quotation, names the speaker there; the sentence before is no beat of that quote.
 */
function speakerMayFollow(s: CueSite): boolean {
  const { tokens } = s.context.paragraph;
  for (let k = s.closeToken + 1; k <= s.context.sentenceEnd; k++) if (tokens[k]!.word && tokens[k]!.quote < 0 && !tokens[k]!.cap && SPEECH_VERBS.has(tokens[k]!.lower)) return true;
  return false;
}

/**
 * "The plan, which critics called “a gimmick”, was approved, NAME said.": a speech verb right before
 * the quote (at most three words before it) whose subject nobody named; the quote is that subject's.
 */
function quotedByUnnamed(s: CueSite): boolean {
  const { tokens } = s.context.paragraph;
  if (!s.before?.verb) return false;
  for (let k = s.openToken - 1; k >= Math.max(s.context.sentenceStart, s.openToken - 4); k--) if (tokens[k]!.text === s.before.verb && tokens[k]!.word) return true;
  return false;
}

/**
 * ", NAME said." / ", said NAME." / ", he added." ending the quote's sentence: the speech verb found
 * after the quote, when its clause follows a comma and nothing but its subject and adverbs stands
 * between that comma and the sentence's end, and no speech verb stands between the quote and the comma.
 */
function attributionEndingSentence(s: CueSite): Found | undefined {
  const found = withSubject(s.after);
  // "The plan, which critics called “a gimmick”, was approved, NAME said.": a verb before the quote quotes someone else.
  if (!found || found.subject.type === 'epithet' || s.after?.verb === undefined || s.before?.verb !== undefined) return undefined;
  const { tokens } = s.context.paragraph;
  const { sentenceEnd } = s.context;
  let verbAt = -1;
  for (let k = s.closeToken + 1; k <= sentenceEnd; k++) {
    if (tokens[k]!.quote >= 0) return undefined;
    if (tokens[k]!.text === s.after.verb && tokens[k]!.word) verbAt = k;
  }
  if (verbAt < 0) return undefined;
  const subject = found.subject.type === 'mention' ? found.subject.mention : undefined;
  const first = subject ? Math.min(subject.first, verbAt) : found.subject.type === 'pronoun' ? Math.min(found.subject.token, verbAt) : verbAt;
  const last = subject ? Math.max(subject.last, verbAt) : verbAt;
  let open = first - 1;
  while (open > s.closeToken && tokens[open]!.word && (ARTICLES.has(tokens[open]!.lower) || SKIP_BEFORE_VERB.has(tokens[open]!.lower) || TITLE_HEAD_WORDS.has(tokens[open]!.lower) || TITLE_MODIFIERS.has(tokens[open]!.lower) || HONORIFICS.has(tokens[open]!.lower))) open--;
  if (tokens[open]?.text !== ',' || open <= s.closeToken) return undefined;
  for (let k = last + 1; k <= sentenceEnd; k++) if (tokens[k]!.word && !SKIP_BEFORE_VERB.has(tokens[k]!.lower)) return undefined;
  for (let k = s.closeToken + 1; k < open; k++) if (tokens[k]!.word && !tokens[k]!.cap && SPEECH_VERBS.has(tokens[k]!.lower)) return undefined;
  return found;
}

/**
 * "Richard Thomas “totally condemned” the deletion", "Mr Blair “deeply regrets” the loss": a quote in
 * lower case right after a person's name that opens the sentence (nothing but title words before it)
 * is what that person did in words.
 */
function quotedPredicate(s: CueSite): Found | undefined {
  if (!/^\p{Ll}/u.test(s.text) || s.before?.verb !== undefined) return undefined;
  const { tokens } = s.context.paragraph;
  const person = s.context.mentions.endAt.get(s.openToken - 1);
  if (!person || person.kind !== 'person' || person.inQuote) return undefined;
  for (let k = person.first - 1; k >= s.context.sentenceStart; k--) {
    const t = tokens[k]!;
    if (!t.word || !(t.cap || HONORIFICS.has(t.lower) || TITLE_HEAD_WORDS.has(t.lower) || TITLE_MODIFIERS.has(t.lower))) return undefined;
  }
  return { subject: { type: 'mention', mention: person } };
}

/** The word after the closing mark at `close` is a speech verb ("“Q,” said NAME"). */
function isRightAfter(tokens: readonly Token[], close: number): boolean {
  const next = tokens[close + 1];
  return next !== undefined && next.word && !next.cap && SPEECH_VERBS.has(next.lower);
}

/** Conjunctions after a quote that open a clause about another subject. */
const CONTRAST_OPENERS: ReadonlySet<string> = new Set(clauseOpenersJson.contrasting);

/** `"Q," NAME said`, `"Q," said NAME`, `"Q," NAME, ROLE, said`, `"Q," CNN cited NAME`. */
function findAfterCue(context: Context, from: number, to: number): Found | undefined {
  const { tokens } = context.paragraph;
  const remark = remarkSourceAfter(context, from, to);
  if (remark) return remark;
  let words = 0;
  for (let k = from; k <= to && words < 22; k++) {
    const t = tokens[k]!;
    if (!t.word) continue;
    words++;
    // "… called the demand “unprecedented”, while ALDI called it “unexpected”": a clause turned to another subject cues the next quote.
    if (words === 1 && CONTRAST_OPENERS.has(t.lower)) return undefined;
    // "“Q,” he was quoted as saying": the subject of the passive frame speaks.
    const framed = passiveFrameSubject(context, k, from);
    if (framed) return { subject: framed, verb: t.text, rule: 'passive-frame-subject' };
    if (OBJECT_SPEAKER_VERBS.has(t.lower)) return { subject: subjectAfter(context, k + 1, to), verb: t.text };
    // "“…,” as Porter put it.", "“…”, in the words of one official.": the frames of feature writing (find-writer-frames.ts).
    const writer = writerFrameAfter(context, k, words, from, to);
    if (writer) return writer.subject.type === 'none' ? undefined : writer;
    // "“…,” he laughed.", "“…,” hit back Ann Roe.": a verb of manner or a phrasal verb, its last token (the particle).
    const mannerEnd = SPEECH_VERBS.has(t.lower) ? undefined : afterQuoteVerbEnd(context, k, from, words);
    const verb = SPEECH_VERBS.get(t.lower) ?? (mannerEnd === undefined ? undefined : AFTER_QUOTE_VERB);
    if (!verb || t.cap || isNounByDeterminer(tokens, k)) continue;
    if (words === 1) {
      // Inverted: "said Mr. Séjourné", "added the French leader", "said he".
      if (verb.listener) return undefined;
      return { subject: subjectAfter(context, (mannerEnd ?? k) + 1, to), verb: t.text };
    }
    const reduced = reducedPassiveAgent(context, k, to);
    if (reduced) return reduced;
    const subject = subjectBefore(context, k, from);
    if (subject.type === 'none' && !verb.listener) {
      const inverted = subjectAfter(context, k + 1, to);
      if (inverted.type !== 'none') return { subject: inverted, verb: t.text };
    }
    return { subject, verb: t.text };
  }
  return undefined;
}

/** Verbs of manner ("laughed") and phrasal verbs ("hit back") that cue only a quotation right before them. */
const MANNER_VERBS: ReadonlySet<string> = new Set(afterQuoteVerbsJson.manner);
const PHRASAL_VERBS: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(afterQuoteVerbsJson.phrasal));
/** What a verb of manner or a phrasal verb of saying cues: the same as a verb of saying that names no listener. */
const AFTER_QUOTE_VERB: SpeechVerb = { lemma: 'after-quote', listener: false };

/**
 * "“…,” he laughed.", "“…,” snapped Ann Roe.", "“…,” the minister hit back.": a verb of manner or a phrasal verb of
 * saying (with its particle) at `k` after a quote, where it ends its clause (a full stop, comma, "!" or "?" after it),
 * or comes first with the speaker's name after it; with only the subject between the quote and the verb (at most
 * four words, no verb-like lower-case word: "Ann Roe", "the minister", "he"). Returns the verb's last token.
 */
function afterQuoteVerbEnd(context: Context, k: number, from: number, words: number): number | undefined {
  const { tokens } = context.paragraph;
  const t = tokens[k]!;
  if (t.cap || t.quote >= 0 || words > 5) return undefined;
  let end = k;
  if (!MANNER_VERBS.has(t.lower)) {
    const particles = PHRASAL_VERBS.get(t.lower);
    if (!particles || !particles.includes(tokens[k + 1]?.lower ?? '')) return undefined;
    end = k + 1;
  }
  const next = tokens[end + 1];
  const endsClause = next === undefined || ['.', ',', '!', '?', ';'].includes(next.text);
  const nameAfter = words === 1 && next !== undefined && next.word && (next.cap || ARTICLES.has(next.lower));
  if (!endsClause && !nameAfter) return undefined;
  // Only the subject between the quote and the verb: capitalised words, a pronoun, or "the" and a few nouns.
  for (let m = from; m < k; m++) {
    const w = tokens[m]!;
    if (!w.word) continue;
    if (!w.cap && !isPronoun(w) && !ARTICLES.has(w.lower) && !/^[a-z]+$/.test(w.lower)) return undefined;
    if (!w.cap && (SPEECH_VERBS.has(w.lower) || AUXILIARY_WORDS.has(w.lower))) return undefined;
  }
  return end;
}

const AUXILIARY_WORDS: ReadonlySet<string> = new Set(verbFormsJson.auxiliaries);

/**
 * A frame of feature writing at token `k` after a quote (`words` is its count of words so far): "as SUBJECT put it"
 * (the subject between "as" and "put") or, as the first words, "in the words of SUBJECT".
 */
function writerFrameAfter(context: Context, k: number, words: number, from: number, to: number): Found | undefined {
  const { tokens } = context.paragraph;
  const as = asPutItAt(tokens, k, from);
  if (as !== undefined) return { subject: subjectBefore(context, k, as + 1), verb: tokens[k]!.text, rule: 'as-name-put-it' };
  const of = words === 1 ? wordsOfAt(tokens, k) : undefined;
  if (of !== undefined) return { subject: subjectAfter(context, of, to), rule: 'in-the-words-of' };
  return undefined;
}

/**
 * "In the words of Porter, “…”", "In the memorable words of one minister: “…”": a sentence opening with the
 * frame, its subject, and a comma or colon right before the quote; no verb of saying between.
 */
function wordsOfBefore(s: CueSite): Found | undefined {
  const { tokens } = s.context.paragraph;
  if (s.before?.verb || !/^[,:]$/.test(tokens[s.openToken - 1]?.text ?? '')) return undefined;
  const of = wordsOfAt(tokens, s.context.sentenceStart);
  if (of === undefined || of > s.openToken - 2) return undefined;
  const subject = subjectAfter(s.context, of, s.openToken - 2);
  return subject.type === 'none' ? undefined : { subject };
}

/**
 * "“Stay indoors,” was the message from Ann Wu.": right after the quote, "was/is the" + a noun for a
 * remark (up to two words between) + "from"/"of"/"by" + the speaker.
 */
function remarkSourceAfter(context: Context, from: number, to: number): Found | undefined {
  const { tokens } = context.paragraph;
  let k = from;
  while (k <= to && !tokens[k]!.word) k++;
  if (!['was', 'were', 'is', 'came'].includes(tokens[k]?.lower ?? '')) return undefined;
  for (let m = k + 1; m <= Math.min(to, k + 5); m++) {
    const t = tokens[m]!;
    if (!t.word || t.quote >= 0) return undefined;
    if ((t.lower === 'from' || t.lower === 'of' || t.lower === 'by') && REMARK_NOUNS.has(tokens[m - 1]?.lower ?? '')) {
      const subject = subjectAfter(context, m + 1, to);
      return subject.type === 'mention' ? { subject } : undefined;
    }
  }
  return undefined;
}

/** `NAME said: "Q"`, `NAME said there was "Q"`, `…, calling it "Q"`: the speech verb closest before the quote. */
function findBeforeCue(context: Context, from: number, to: number): Found | undefined {
  const { tokens } = context.paragraph;
  let first: Found | undefined;
  for (let k = skipAsideBeforeQuote(tokens, from, to); k >= from; k--) {
    const t = tokens[k]!;
    if (!t.word || t.cap) continue;
    const stanceAs = namesAs(tokens, k, to);
    if (OBJECT_SPEAKER_VERBS.has(t.lower) && !stanceAs) {
      // "quoted her words:", "citing the Ann Roe quote that …": whoever owns the words cited speaks.
      const owner = ownerOfCitedWords(context, k + 1, to);
      if (owner) return { subject: owner, verb: t.text };
      const cited = subjectAfter(context, k + 1, to);
      // "Thomas Gray, 24, who cited only his experience of rugby: “…”": nobody cited, the person who cites speaks.
      if (cited.type === 'none' && tokens[k - 1]?.lower === 'who') return { subject: subjectBefore(context, k, context.sentenceStart), verb: t.text };
      return { subject: cited, verb: t.text };
    }
    const putsIt = (t.lower === 'put' || t.lower === 'puts') && tokens[k + 1]?.lower === 'it'; // "as she puts it"
    const verb = SPEECH_VERBS.get(t.lower);
    if (!verb && !putsIt && !stanceAs) continue;
    if (verb && isNounByDeterminer(tokens, k)) continue;
    // "the White House said Biden believes the “…”": a stance verb inside a reported clause; the verb of saying before it speaks.
    if (verb?.stance && !stanceAs && isReportedClause(tokens, k, context.sentenceStart)) continue;
    // "NAME told MPs that the US had agreed to release them after “…”": a verb of saying with an infinitive after it, in the
    // clause another verb of saying reports, tells of a deed there, not of these words; the outer verb's subject speaks.
    if (verb && !stanceAs && tokens[k + 1]?.lower === 'to' && tokens[k + 2]?.word && !tokens[k + 2]!.cap && tokens[k + 2]!.quote < 0 && isReportedClause(tokens, k, context.sentenceStart)) continue;
    // "recounted how the allies helped Ukraine defend itself, … and ensure that “Q”": a bare infinitive after a causative
    // verb and its object, in the clause another verb of saying reports, tells of a deed; the outer verb's subject speaks.
    if (verb && !stanceAs && afterCausativeObject(context, k) && isReportedClause(tokens, k, context.sentenceStart)) continue;
    // "Politico quoted NAME as saying “Q”": "as saying" hangs on the verb before it, whose object speaks.
    if (tokens[k - 1]?.lower === 'as' && /ing$/.test(t.lower) && quotingVerbBefore(tokens, k - 2, context.sentenceStart) !== undefined) {
      // "NAME was quoted as saying “Q”", "NAME is reported as saying": in the passive, the subject of the frame speaks.
      const framed = passiveFrameSubject(context, k - 2, context.sentenceStart);
      if (framed) return { subject: framed, verb: t.text, rule: 'passive-frame-subject' };
      continue;
    }
    const reduced = reducedPassiveAgent(context, k, to);
    if (reduced) return reduced;
    if (isPassive(tokens, k, context.sentenceStart)) {
      // "X was described by the CBCP as “Q”", "he was told by NAME of “Q”": the agent speaks; without one, nobody here.
      if (tokens[k + 1]?.lower !== 'by') continue;
      const agent = subjectAfter(context, k + 2, to);
      if (agent.type === 'mention') return { subject: agent, verb: t.text };
      continue;
    }
    // "NAME told reporters", "told the BBC": the object of a listener verb is never the speaker.
    const stanceRule: AttributionRule | undefined = stanceAs ? 'stance-verb-as-quote' : verb?.stance ? 'stance-verb-quote' : undefined;
    const found: Found = { subject: subjectBefore(context, k, context.sentenceStart), verb: t.text, ...(stanceRule ? { rule: stanceRule } : {}) };
    // "reflects this view in Ballot Access News comments:": after a preposition, NAME + "comments" is a noun phrase.
    if (found.subject.type === 'mention' && found.subject.mention.last === k - 1 && /s$/.test(t.lower) && NOUN_PREPOSITIONS.has(tokens[found.subject.mention.first - 1]?.lower ?? '')) continue;
    if (found.subject.type !== 'none') return found;
    // "… through the courts which, said Mr Hopkins, “is part of it”": a speaker set between commas after the verb.
    if (tokens[k - 1]?.text === ',' && verb && !verb.listener) {
      const inverted = subjectAfter(context, k + 1, to);
      if (inverted.type === 'mention' && tokens[inverted.mention.last + 1]?.text === ',') return { subject: inverted, verb: t.text };
    }
    // "NAME said the two had argued “…”": the inner verb has no subject of its own; the outer one speaks.
    if (first) return first;
    // "Amy Hart recalled her father telling her: “…”": after a verb of perceiving, the participle is its object's.
    if (t.lower.endsWith('ing') && isPerceivedSpeech(tokens, k, context.sentenceStart)) return { ...found, unnamed: true };
    first = found;
  }
  return first;
}

const CAUSATIVE_VERBS: ReadonlySet<string> = new Set(causativeVerbsJson.verbs);

/** The verb at `k` follows a causative verb and its object, a name or a pronoun ("helped Ukraine defend", "let them say"). */
function afterCausativeObject(context: Context, k: number): boolean {
  const { tokens } = context.paragraph;
  const object = context.mentions.endAt.get(k - 1);
  const before = object ? object.first - 1 : isPronoun(tokens[k - 1]!) ? k - 2 : -1;
  return before >= 0 && CAUSATIVE_VERBS.has(tokens[before]?.lower ?? '');
}

/** A verb of saying (not of stance) before `k` in its sentence: the verb at `k` stands in the clause it reports. */
function isReportedClause(tokens: readonly Token[], k: number, from: number): boolean {
  for (let m = k - 1; m >= from; m--) {
    const t = tokens[m]!;
    if (!t.word || t.cap || t.quote >= 0) continue;
    const verb = SPEECH_VERBS.get(t.lower);
    if (verb && !verb.stance && !isNounByDeterminer(tokens, m)) return true;
  }
  return false;
}

/** Nouns for the words of someone that a verb of citing takes as its object ("quoted her words", "citing the NAME quote"). */
const CITED_WORDS: ReadonlySet<string> = new Set(remarkNounsJson.citedWords);

/**
 * The owner of the words a verb of citing takes as its object, right after it: "NAME's words",
 * "the NAME quote", or "his"/"her" + words for the one other person named before it in the
 * sentence, who is not its subject ("Ann Roe praised Eva Lind's courage and quoted her words:" →
 * Eva Lind; "her" never stands for the subject of its own clause). Undefined when the object is
 * not such words, or "his"/"her" could be nobody or more than one person.
 */
function ownerOfCitedWords(context: Context, from: number, to: number): Subject | undefined {
  const { tokens } = context.paragraph;
  let k = from;
  if (ARTICLES.has(tokens[k]?.lower ?? '')) k++;
  const named = context.mentions.startAt.get(k);
  if (named && SPEAKING_KINDS.has(named.kind) && !named.inQuote) {
    const noun = tokens[named.last + 1]?.lower === "'s" ? named.last + 2 : named.last + 1;
    if (noun <= to && CITED_WORDS.has(tokens[noun]?.lower ?? '')) return { type: 'mention', mention: named };
    return undefined;
  }
  const possessive = tokens[k];
  if (k !== from || (possessive?.lower !== 'his' && possessive?.lower !== 'her') || !CITED_WORDS.has(tokens[k + 1]?.lower ?? '')) return undefined;
  // "… as shown in this video: In a post, NAME commended …": a colon or semicolon inside the sentence starts the clause.
  let clause = context.sentenceStart;
  for (let b = from - 1; b > context.sentenceStart; b--) {
    if ((tokens[b]!.text === ':' || tokens[b]!.text === ';') && tokens[b]!.quote < 0) {
      clause = b + 1;
      break;
    }
  }
  const people = context.mentions.list.filter((m) => m.kind === 'person' && !m.inQuote && m.first >= clause && m.last < from);
  // The subject: the first person named who is not a possessor ("Eva Lind's courage").
  const subject = people.find((m) => tokens[m.last + 1]?.lower !== "'s");
  const others = people.filter((m) => m.actor !== subject?.actor);
  if (!subject || others.length === 0 || others.some((m) => m.actor !== others[0]!.actor)) return undefined;
  return { type: 'mention', mention: others[0]! };
}

/** Punctuation that ends the object of a verb ("saw that the plan, as drafted, was …"). */
const CLAUSE_BREAKS: ReadonlySet<string> = new Set([',', ';', ':']);

/** Verbs that put something in words only as "VERB [PARTICLE] X as “…”" ("referred to the team as “…”", "saw the ruling as “…”"), form → particles. */
const STANCE_WITH_AS: ReadonlyMap<string, readonly string[]> = new Map(
  Object.values(speechVerbsJson.stanceWithAs).flatMap((entry) => entry.forms.map((form): [string, readonly string[]] => [form, 'particles' in entry ? entry.particles : []])),
);
/** Verbs whose subject's words follow "VERB X to “…”" ("compared the agents to “…”", "challenged the party to “…”"). */
const STANCE_WITH_TO: ReadonlySet<string> = new Set(Object.values(speechVerbsJson.stanceWithTo).flatMap((entry) => entry.forms));

/**
 * "he referred to the team as “…”", "she looked at the role as a “…”", "citing the move as a “…”",
 * "smeared the agents as the “…”": a stance verb at `k` (with its particle, if it needs one), and "as" (or
 * "as a"/"as an"/"as the") right before the quote that ends the range at `to`, at most twelve tokens after
 * the verb; or a verb of `stanceWithTo` and "to" right before a quote that opens in lower case ("compared the
 * agents to “secret police”", not "compared the film to “Star Wars”", a title).
 */
function namesAs(tokens: readonly Token[], k: number, to: number): boolean {
  const particles = STANCE_WITH_AS.get(tokens[k]!.lower);
  const withTo = STANCE_WITH_TO.has(tokens[k]!.lower);
  if (!particles && !withTo) return false;
  if (particles && particles.length > 0 && !particles.includes(tokens[k + 1]?.lower ?? '')) return false;
  let at = to;
  while (at > k && !tokens[at]!.word) at--;
  if (withTo) {
    if (tokens[at]?.lower !== 'to' || at - k > 8) return false;
    let open = at + 1;
    while (tokens[open] && !tokens[open]!.word) open++;
    if (!tokens[open] || tokens[open]!.quote < 0 || tokens[open]!.cap) return false;
  } else {
    if (tokens[at]?.lower === 'a' || tokens[at]?.lower === 'an' || tokens[at]?.lower === 'the') at--;
    if (tokens[at]?.lower !== 'as' || at - k > 12) return false;
  }
  // Only the verb's own object between it and "as"/"to": no clause with a verb of its own ("saw that the plan, as …").
  for (let m = k + 1; m < at; m++) if (tokens[m]!.quote >= 0 || CLAUSE_BREAKS.has(tokens[m]!.text) || RELATIVE_WORDS.has(tokens[m]!.lower) || tokens[m]!.lower === 'who') return false;
  return true;
}

/**
 * "NAME commented on the matter — which the BBC noted as unusual — “Q”", "NAME said — as reported by
 * X — “Q”": an aside between dashes that ends right before the quote is passed over when a speech
 * verb stands before it; the last token to read from.
 */
function skipAsideBeforeQuote(tokens: readonly Token[], from: number, to: number): number {
  if (!DASHES.has(tokens[to]?.text ?? '')) return to;
  const open = asideOpening(tokens, to, from);
  if (open === undefined) return to;
  for (let k = open - 1; k >= from; k--) {
    const t = tokens[k]!;
    if (t.word && !t.cap && (SPEECH_VERBS.has(t.lower) || OBJECT_SPEAKER_VERBS.has(t.lower))) return open - 1;
  }
  return to;
}

/**
 * "a pattern described by Coast Monitor as “Q”", "“Q” as said by the boy's father, NAME": a speech verb's
 * participle right after "as" or a lower-case noun, with no auxiliary, and "by" + the speaker after it.
 */
function reducedPassiveAgent(context: Context, k: number, to: number): Found | undefined {
  const { tokens } = context.paragraph;
  const before = tokens[k - 1];
  if (tokens[k + 1]?.lower !== 'by' || !before?.word || before.cap || isPronoun(before) || PASSIVE_AUXILIARIES_BEFORE.has(before.lower) || HAVE_FORMS.has(before.lower)) return undefined;
  if (!/(?:ed|told|said|written|called|quoted)$/.test(tokens[k]!.lower) || /ly$/.test(before.lower)) return undefined;
  const agent = subjectAfter(context, k + 2, to);
  return agent.type === 'mention' ? { subject: agent, verb: tokens[k]!.text } : undefined;
}

const PERCEPTION_VERBS: ReadonlySet<string> = new Set(perceptionJson.verbs);

/**
 * "recalled her father telling her", "heard him saying": a verb of perceiving at most three words
 * before the participle at `k`, with only its object (lower-case words) between them.
 */
function isPerceivedSpeech(tokens: readonly Token[], k: number, from: number): boolean {
  for (let m = k - 2; m >= Math.max(from, k - 4); m--) {
    const t = tokens[m]!;
    if (!t.word || t.cap) return false;
    if (PERCEPTION_VERBS.has(t.lower)) return true;
  }
  return false;
}

/** The index of "quoted"/"cited" at most 25 tokens before `to`, in the sentence ("quoted NAME, ROLE, as saying"). */
function quotingVerbBefore(tokens: readonly Token[], to: number, from: number): number | undefined {
  for (let k = to; k >= Math.max(from, to - 25); k--) if (tokens[k]!.word && !tokens[k]!.cap && OBJECT_SPEAKER_VERBS.has(tokens[k]!.lower)) return k;
  return undefined;
}

/**
 * "NAME was quoted as saying", "NAME is widely reported as saying": a passive verb of reporting right before
 * "as" (`at`); its subject (before the auxiliary) is the one whose words are given. Undefined when the verb is
 * active ("Politico quoted NAME as saying": its object speaks) or takes an agent ("was quoted by NAME as").
 */
function passiveFrameSubject(context: Context, at: number, from: number): Subject | undefined {
  const { tokens } = context.paragraph;
  const t = tokens[at];
  if (!t?.word || t.cap || tokens[at + 1]?.lower !== 'as' || !REPORTING_PARTICIPLES.has(t.lower) || !isPassive(tokens, at, from)) return undefined;
  const subject = subjectBefore(context, at, from);
  return subject.type === 'none' ? undefined : subject;
}

/** "was described", "has been told", "is widely quoted": a speech verb in the passive voice. */
function isPassive(tokens: readonly Token[], k: number, from: number): boolean {
  if (!/(?:ed|en|told|said|written|called|quoted|described)$/.test(tokens[k]!.lower)) return false;
  let m = k - 1;
  while (m >= from && tokens[m]!.word && !tokens[m]!.cap && /ly$/.test(tokens[m]!.lower)) m--;
  return m >= from && PASSIVE_AUXILIARIES_BEFORE.has(tokens[m]!.lower);
}

const PASSIVE_AUXILIARIES_BEFORE: ReadonlySet<string> = new Set(verbFormsJson.beFormsWithBeing);
/** "quoted", "reported", "cited": participles of a passive frame "was quoted as saying" whose subject speaks. */
const REPORTING_PARTICIPLES: ReadonlySet<string> = new Set(verbFormsJson.reportingParticiples);

/** Prepositions before "NAME comments" that make the pair a noun phrase. */
const NOUN_PREPOSITIONS: ReadonlySet<string> = new Set(prepositionsJson.afterANoun);

const MINOR_WORDS: ReadonlySet<string> = new Set(functionWordsJson.minor);

/** Two or more words, every major word capitalised, no sentence punctuation: the title of a work or a name. */
function isTitleOfWork(text: string): boolean {
  // The tests that need no split first: a title starts with a capital or a digit and ends without punctuation.
  if (/[.,!?;:]$/.test(text) || !/^[\p{Lu}\d]/u.test(text)) return false;
  const words = text.split(/\s+/);
  if (words.length < 2 || words.length > 8) return false;
  return words.every((w, i) => /^[\p{Lu}\d]/u.test(w) || (i > 0 && MINOR_WORDS.has(w)));
}

/** A quote opening a paragraph after one that ends "NAME said:" (or "He added:"). */
function findColonCue(paragraphs: readonly TokenizedParagraph[], index: readonly MentionIndex[], position: number): Found | undefined {
  const previous = paragraphs[position - 1];
  if (!previous || previous.tokens.at(-1)?.text !== ':' || previous.tokens.at(-1)!.quote >= 0) return undefined;
  const sentence = previous.tokens.at(-1)!.sentence;
  const sentenceStart = previous.sentenceStarts[sentence] ?? 0;
  const context: Context = { paragraphs, index, paragraph: previous, position: position - 1, mentions: index[position - 1]!, sentenceStart, sentenceEnd: previous.tokens.length - 1 };
  let from = sentenceStart;
  for (let k = previous.tokens.length - 2; k >= sentenceStart; k--) {
    if (previous.tokens[k]!.quote >= 0) {
      from = k + 1;
      break;
    }
  }
  const found = findBeforeCue(context, from, previous.tokens.length - 2);
  if (found && found.subject.type !== 'none') return found;
  // "The website continues quoting the girl's parents:": the ones quoted speak, not the line's subject.
  if (found?.verb && OBJECT_SPEAKER_VERBS.has(found.verb.toLowerCase()) && previous.tokens.at(-2)?.lower !== found.verb.toLowerCase()) return undefined;
  // "AIP chairman NAME reflects this view in comments:" — no speech verb: the subject of the line.
  if (found && found.verb && !/ing$/.test(found.verb)) return undefined;
  return findSubjectBeforeColon({ ...context, sentenceStart: from });
}

/** "which was approved by President Donald Trump": the agent of a passive, title words before the name allowed. */
function isAgent(tokens: readonly Token[], m: Mention): boolean {
  let k = m.first - 1;
  while (k >= 0 && k >= m.first - 3 && tokens[k]!.cap) k--;
  return tokens[k]?.lower === 'by';
}

/**
 * The subject of a sentence whose quote follows a colon, when it is a speaking mention or a
 * pronoun at the start of the main clause and the sentence names no other person outside the
 * quote (but for possessors and the agents of passives).
 */
function findSubjectBeforeColon(context: Context): Found | undefined {
  const start = clauseStart(context.paragraph, context.paragraph.tokens[context.sentenceStart]!.sentence);
  const opening = sentenceSubject({ ...context, sentenceStart: start });
  // "Harbour Traders Association Executive Director NAME: “…”": the person holding the post speaks, not the body.
  const held = opening.type === 'mention' && opening.mention.kind === 'organization' ? rolePersonAfter(context, opening.mention, context.sentenceEnd) : undefined;
  const subject: Subject = held ? { type: 'mention', mention: held } : opening;
  if (subject.type === 'none') {
    const owner = documentSubjectBeforeColon(context, Math.max(start, context.sentenceStart));
    return owner && { subject: owner };
  }
  const own = subject.type === 'mention' ? subject.mention.actor : undefined;
  const { tokens } = context.paragraph;
  // Another person as a possessor ("opposed Macron's statement:") is what is answered, not who answers.
  for (const m of context.mentions.list) {
    if (m.first >= context.sentenceStart && m.last <= context.sentenceEnd && !m.inQuote && m.kind === 'person' && m.actor !== own && tokens[m.last + 1]?.lower !== "'s" && !isAgent(tokens, m)) return undefined;
  }
  if (subject.type === 'mention' && ((subject.mention.kind === 'place' && !isGovernmentOf(tokens, subject.mention)) || tokens[subject.mention.last + 1]?.lower === "'s")) return undefined;
  // "Amy Hart was told: “…”", "He was asked: “…”": the subject heard the words.
  const after = subject.type === 'pronoun' ? subject.token + 1 : subject.type === 'mention' ? subject.mention.last + 1 : -1;
  let at = after + 1;
  while (tokens[at]?.word && !tokens[at]!.cap && (SKIP_BEFORE_VERB.has(tokens[at]!.lower) || /ly$/.test(tokens[at]!.lower))) at++;
  if (isPassiveAfterSubject(tokens[after], tokens[at])) return undefined;
  return { subject };
}

/** How many words may stand between a document that opens its clause and the colon ("was", "concluded with the statement"). */
const MAX_WORDS_AFTER_DOCUMENT = 6;

/**
 * "His message to the chancellor was: “…”", "The court's summary concluded with the statement: “…”": a
 * document that opens the clause before the colon speaks for its owner — the possessor, the owner of a
 * possessive pronoun, or the owner of "the DOCUMENT" named before (`documentOwner`). A few words, naming
 * nobody, between the document phrase and the colon.
 */
function documentSubjectBeforeColon(context: Context, start: number): Subject | undefined {
  const { tokens } = context.paragraph;
  let k = start;
  let owner: Subject | undefined;
  const possessor = context.mentions.startAt.get(k) ?? (tokens[k]?.lower === 'the' ? context.mentions.startAt.get(k + 1) : undefined);
  // A possessor named by a name, not by a common noun ("the court's") that may stand for another body.
  const named = possessor !== undefined && tokens.slice(possessor.first, possessor.last + 1).some((t) => t.cap && t.lower !== 'the');
  if (possessor && named && tokens[possessor.last + 1]?.lower === "'s" && SPEAKING_KINDS.has(possessor.kind)) {
    owner = { type: 'mention', mention: possessor };
    k = possessor.last + 2;
  } else if (POSSESSIVE_TO_SUBJECT.has(tokens[k]?.lower ?? '')) {
    owner = { type: 'pronoun', pronoun: POSSESSIVE_TO_SUBJECT.get(tokens[k]!.lower)!, paragraph: context.position, token: k };
    k++;
  } else if (tokens[k]?.lower === 'the') k++;
  else return undefined;
  for (let n = 0; n < 3 && tokens[k]?.word && !tokens[k]!.cap && !DOCUMENT_NOUNS.has(tokens[k]!.lower); n++) k++;
  if (!DOCUMENT_NOUNS.has(tokens[k]?.lower ?? '')) return undefined;
  if (!owner) {
    const found = documentOwner(context.paragraphs, context.index, context.position, k);
    if (!found) return undefined;
    owner = { type: 'document', owner: found, paragraph: context.position, token: k };
  }
  // A few words up to the colon that name nobody, but for the one a short topic phrase is addressed to ("to the chancellor").
  let words = 0;
  for (let m = k + 1; m <= context.sentenceEnd && tokens[m]!.text !== ':'; m++) {
    const t = tokens[m]!;
    const named = context.mentions.startAt.get(m);
    const topic = DOCUMENT_PHRASE_PREPOSITIONS.has(tokens[k + 1]?.lower ?? '') && m <= k + 3;
    if (named && topic) {
      m = named.last;
      continue;
    }
    if (t.quote >= 0 || t.cap || named || !t.word || ++words > MAX_WORDS_AFTER_DOCUMENT) return undefined;
  }
  return owner;
}

/**
 * The person a quote-only sentence belongs to when the sentence before it, in the same
 * paragraph, is about that person alone: its subject is "he"/"she" or a person, and it names no
 * one else ("He laughs, but there is an edge to it. “I’m proud of her.”").
 */
function findBeatCue(context: Context, sentence: number): Found | undefined {
  const { paragraph, mentions } = context;
  const start = paragraph.sentenceStarts[sentence] ?? 0;
  const end = (paragraph.sentenceStarts[sentence + 1] ?? paragraph.tokens.length) - 1;
  for (let k = start; k <= end; k++) if (paragraph.tokens[k]!.quote >= 0) return undefined;
  const people = new Set<string>();
  for (const m of mentions.list) {
    if (m.first >= start && m.last <= end && m.kind !== 'place') people.add(m.actor);
  }
  const subject = sentenceSubject({ ...context, sentenceStart: start, sentenceEnd: end });
  // "Jones was arrested in 2019. “…”": a sentence that happens to its subject is no beat of speech.
  const after = subject.type === 'pronoun' ? subject.token + 1 : subject.type === 'mention' ? subject.mention.last + 1 : -1;
  const auxiliary = paragraph.tokens[after];
  const participle = paragraph.tokens[after + 1];
  if (auxiliary && participle && PASSIVE_AUXILIARIES.has(auxiliary.lower) && isPastParticiple(participle)) return undefined;
  if (subject.type === 'pronoun' && (subject.pronoun === 'he' || subject.pronoun === 'she') && people.size === 0) return { subject };
  if (subject.type === 'mention' && subject.mention.kind === 'person' && people.size === 1) return { subject, kind: 'floating' };
  return undefined;
}

/**
 * "“Where was he?” Tyagi asked.": a quote ending in a question or exclamation mark, then a name
 * and a speech verb that the sentence splitter put in a sentence of their own.
 */
function findSplitCue(context: Context, sentence: number): Found | undefined {
  const { paragraph } = context;
  const { tokens } = paragraph;
  const start = paragraph.sentenceStarts[sentence + 1];
  if (start === undefined) return undefined;
  const mention = context.mentions.startAt.get(start);
  if (!mention || !SPEAKING_KINDS.has(mention.kind)) return undefined;
  const pastClause = afterRelativeClause(tokens, mention.last + 1);
  let k = pastClause;
  while (tokens[k]?.word && passedBeforeVerb(tokens[k]!)) k++;
  const verb = tokens[k];
  if (!verb || !SPEECH_VERBS.has(verb.lower) || verb.lower.endsWith('ing')) return undefined;
  // "“…?” NAME, whose daughter is a pupil, said the children had been told nothing.": past a clause, a verb that
  // reports a clause of its own ("that", an auxiliary after it) tells of other words, not of the quote.
  if (pastClause > mention.last + 1 && reportsClause(tokens, k)) return undefined;
  return { subject: { type: 'mention', mention }, verb: verb.text, kind: 'said-after' };
}

/** Auxiliaries: after a verb of saying they open the clause it reports ("said the children had been told"). */
const AUXILIARIES: ReadonlySet<string> = new Set(verbFormsJson.auxiliaries);

/** True when the sentence of the verb at `verbAt` goes on with "that" or an auxiliary after it: a clause the verb reports. */
function reportsClause(tokens: readonly Token[], verbAt: number): boolean {
  for (let m = verbAt + 1; m < tokens.length && tokens[m]!.sentence === tokens[verbAt]!.sentence; m++) {
    if (tokens[m]!.word && (tokens[m]!.lower === 'that' || AUXILIARIES.has(tokens[m]!.lower))) return true;
  }
  return false;
}


const DOCUMENT_SOURCES: ReadonlySet<string> = new Set(prepositionsJson.documentSource);

/** Object pronouns after "according to", as the subject pronoun they stand for. */
const OBJECT_PRONOUNS: ReadonlyMap<string, string> = new Map([['him', 'he'], ['her', 'she'], ['them', 'they'], ['it', 'it']]);

const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(verbFormsJson.passiveAuxiliaries);
const BE_FORMS: ReadonlySet<string> = new Set(verbFormsJson.beForms);
const HAVE_FORMS: ReadonlySet<string> = new Set(verbFormsJson.haveForms);

const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set(participlesJson.participles);
/** "keen", "open", "often": words with a participle's ending that are none ("Vale was keen not to talk …" is active). */
const PARTICIPLE_LOOKALIKES: ReadonlySet<string> = new Set(participleLookalikesJson.words);

/** "arrested", "beaten", "sent", "hit": a past participle (by its ending, or an irregular one). */
function isPastParticiple(t: Token | undefined): boolean {
  return t !== undefined && t.word && ((/(?:ed|en)$/.test(t.lower) && !PARTICIPLE_LOOKALIKES.has(t.lower)) || IRREGULAR_PARTICIPLES.has(t.lower));
}

/** "was arrested", "has been jailed", "was sent off" — not "has adapted", which is active. */
function isPassiveAfterSubject(auxiliary: Token | undefined, participle: Token | undefined): boolean {
  if (!auxiliary || !participle) return false;
  if (HAVE_FORMS.has(auxiliary.lower)) return participle.lower === 'been';
  return BE_FORMS.has(auxiliary.lower) && isPastParticiple(participle);
}

const NEXT_SENTENCE_OPENERS: ReadonlySet<string> = new Set(clauseOpenersJson.backPointers);
const REMARK_NOUNS: ReadonlySet<string> = new Set(remarkNounsJson.nouns);

/**
 * "“Q.” That was the message from NAME." / "“Q.” So said NAME." / "“Q.” The warning came from NAME." /
 * "“Q.” Those were the words of NAME.": the speaker named in the next sentence.
 */
function findNextSentenceCue(context: Context, sentence: number): Found | undefined {
  const { paragraph } = context;
  const { tokens } = paragraph;
  const start = paragraph.sentenceStarts[sentence + 1];
  if (start === undefined) return undefined;
  const opener = NEXT_SENTENCE_OPENERS.has(tokens[start]!.lower) || (tokens[start]!.lower === 'the' && REMARK_NOUNS.has(tokens[start + 1]?.lower ?? ''));
  if (!opener) return undefined;
  const end = (paragraph.sentenceStarts[sentence + 2] ?? tokens.length) - 1;
  const limit = Math.min(end, start + 10);
  for (let k = start + 1; k <= limit; k++) {
    const t = tokens[k]!;
    if (t.quote >= 0) return undefined;
    // "the words of NAME", "repeated by NAME" only after a noun for a remark.
    const ofRemark = (t.lower === 'of' || t.lower === 'by') && REMARK_NOUNS.has(tokens[k - 1]?.lower ?? '');
    if (t.lower !== 'from' && t.lower !== 'said' && t.lower !== 'says' && !ofRemark) continue;
    // The first speaker named within a few words: "from one furious neighbour, pensioner Derek Holt".
    for (let m = k + 1; m <= Math.min(end, k + 8); m++) {
      if (tokens[m]!.quote >= 0) return undefined;
      const mention = context.mentions.startAt.get(m);
      if (mention && SPEAKING_KINDS.has(mention.kind)) return { subject: { type: 'mention', mention }, verb: t.text };
    }
    return undefined;
  }
  return undefined;
}

/** `according to NAME` anywhere in the quote's sentence outside the quote. */
function findAccordingTo(context: Context, from: number, to: number, openToken: number, closeToken: number): Found | undefined {
  const { tokens } = context.paragraph;
  for (let k = from; k < to; k++) {
    if (k >= openToken && k <= closeToken) continue;
    if (tokens[k]!.lower === 'according' && tokens[k + 1]?.lower === 'to') {
      const subject = subjectAfter(context, k + 2, to);
      if (subject.type === 'mention' && namesOutlet(mentionText(context, subject.mention))) return { subject: reportedSource(context, subject.mention, to) };
      if (subject.type === 'mention') return { subject };
      // "According to him, …"
      const pronoun = tokens[k + 2];
      if (pronoun && OBJECT_PRONOUNS.has(pronoun.lower)) return { subject: { type: 'pronoun', pronoun: OBJECT_PRONOUNS.get(pronoun.lower)!, paragraph: context.position, token: k + 2 } };
      // "according to the report" after "a report by Ofwat": the owner of the document named before.
      if (pronoun?.lower === 'the' && DOCUMENT_NOUNS.has(tokens[k + 3]?.lower ?? '')) {
        const owner = documentOwner(context.paragraphs, context.index, context.position, k + 3);
        if (owner) return { subject: { type: 'document', owner, paragraph: context.position, token: k + 3 } };
      }
      // "According to a statement released by Erdogan's office, …", "according to RIAA's notice": its owner.
      const phrase = documentPhraseAfterAccording(context, k + 2, to);
      if (phrase) return { subject: phrase };
    }
  }
  return undefined;
}

/** A document phrase right after "according to" at `first`, up to the punctuation that ends it (`documentPhraseAt`). */
function documentPhraseAfterAccording(context: Context, first: number, to: number): Subject | undefined {
  const { tokens } = context.paragraph;
  for (let last = first + 1; last < Math.min(to, first + MAX_DOCUMENT_PHRASE); last++) {
    if (tokens[last]!.quote >= 0) return undefined;
    if (tokens[last + 1]?.word || tokens[last + 1]?.lower === "'s") continue;
    const owner = documentPhraseAt(tokens, context.mentions, first, last);
    return owner && phraseOwnerSubject(context, owner);
  }
  return undefined;
}

/**
 * "According to the BBC, a spokesman for Downing Street expressed …": an outlet that only reports
 * what the clause after it says someone said. The clause's own subject speaks when it is named
 * there; a subject the article cannot name leaves the quote without a speaker. "According to CNN,
 * was called …" (no subject of its own) keeps the outlet.
 */
function reportedSource(context: Context, outlet: Mention, to: number): Subject {
  const { tokens } = context.paragraph;
  const comma = outlet.last + 1;
  const opening = tokens[comma + 1];
  if (tokens[comma]?.text !== ',' || !opening?.word || !(ARTICLES.has(opening.lower) || opening.cap)) return { type: 'mention', mention: outlet };
  for (let k = comma + 1; k <= Math.min(to, comma + 7); k++) {
    if (tokens[k]!.quote >= 0 || SPEECH_VERBS.has(tokens[k]!.lower)) break;
    const m = speakingMention(context, k);
    if (m && !namesOutlet(mentionText(context, m))) return { type: 'mention', mention: m };
  }
  return { type: 'none' };
}

/** The words of a mention as written. */
function mentionText(context: Context, m: Mention): string {
  const { tokens } = context.paragraph;
  return context.paragraph.text.slice(tokens[m.first]!.start, tokens[m.last]!.end);
}

/** The subject of the verb at `verbAt`, walking back from it (never before `from`). */
function subjectBefore(context: Context, verbAt: number, from: number): Subject {
  const { tokens } = context.paragraph;
  const verb = tokens[verbAt]!;
  let k = verbAt - 1;
  // "…, falsely claiming", "…, repeatedly saying": an adverb in -ly between the comma and the participle.
  const adverb = verb.lower.endsWith('ing') && tokens[k]?.word === true && !tokens[k]!.cap && tokens[k]!.quote < 0 && /ly$/.test(tokens[k]!.lower) && tokens[k - 1]?.text === ',';
  // "…, adding", "while saying", "by saying": the subject of the sentence speaks.
  if (adverb || (verb.lower.endsWith('ing') && (tokens[k]?.text === ',' || SUBORDINATORS.has(tokens[k]?.lower ?? '') || tokens[k]?.lower === 'by' || k < from))) {
    return sentenceSubject(context);
  }
  // "Trump issued a statement at his golf club saying …": a participle after the document the subject put out.
  if (verb.lower.endsWith('ing') && issuedDocumentBefore(tokens, verbAt, from)) return sentenceSubject(context);
  // "NAME is alleged to have said", "is understood to have told": past the perfect "to have" to "to", read below.
  if (tokens[k]?.lower === 'have' && tokens[k - 1]?.lower === 'to') k--;
  // "One of them even went as far as to say": past the idiom to the words before "went".
  const far = tokens[k - 1]?.lower === 'as' ? k - 2 : k - 1;
  if (tokens[k]?.lower === 'to' && tokens[far]?.lower === 'far' && (tokens[far - 1]?.lower === 'as' || tokens[far - 1]?.lower === 'so') && GOING_AS_FAR.has(tokens[far - 2]?.lower ?? '')) {
    k = far - 3;
    if (tokens[k]?.lower === 'has' || tokens[k]?.lower === 'have') k--;
  } else if (tokens[k]?.lower === 'to' && tokens[k - 1]?.word) {
    // "declined to say", "went on to add": past "to", a particle and the verb that governs the speech verb.
    k--;
    if (tokens[k]?.lower === 'on' && tokens[k - 1]?.word) k--;
    k--;
  }
  while (k >= from && tokens[k]!.word && (passedBeforeVerb(tokens[k]!) || POST_NOMINALS.has(tokens[k]!.text)) && !context.mentions.endAt.has(k)) k--;
  // "NAME of the World Health Organization (WHO) told": an abbreviation in brackets before the verb.
  if (tokens[k]?.text === ')' && tokens[k - 2]?.text === '(' && tokens[k - 1]!.word) k -= 3;
  // "[The source] also said", "[He] added": an editor's words in square brackets stand for the subject;
  // "Los Tiempos [es] says": a bracket that names nobody (a language tag) is passed over.
  if (tokens[k]?.text === ']') {
    const open = editorialBracketOpen(tokens, k, from);
    if (open !== undefined) k = context.mentions.endAt.has(k - 1) || isPronoun(tokens[k - 1]!) ? k - 1 : open - 1;
  }
  if (k < from) return { type: 'none' };
  // "Gerry Conlon - who was wrongly convicted - said", "Mr Letwin (pictured) said": the subject is before the aside.
  const asideOpen = asideOpening(tokens, k, from);
  if (asideOpen !== undefined) return subjectBefore(context, asideOpen, from);
  const t = tokens[k]!;
  const direct = speakingMention(context, k);
  // "Mr Brown and Mr Letwin said": two speakers together, neither alone; "Hart's letter to Joe Cole said": the
  // object of a preposition is not the subject (but "with Zinichev describing …" is the participle's).
  const objectOfPreposition = direct !== undefined && !verb.lower.endsWith('ing') && OBJECT_PREPOSITIONS.has(tokens[direct.first - 1]?.lower ?? '');
  if (direct && (isCoordinated(context, direct) || objectOfPreposition)) return { type: 'none' };
  // "Russell Zimmerman per ABC News said": the outlet or agency after "per"/"via" is where the words come from; the
  // person named right before the marker speaks, else nobody here.
  if (direct && SOURCE_MARKERS.has(tokens[direct.first - 1]?.lower ?? '')) {
    const person = speakingMention(context, direct.first - 2);
    return person && person.kind === 'person' ? { type: 'mention', mention: person } : { type: 'none' };
  }
  if (direct) return ownerOf(context, direct);
  // "Senator NAME of Ohio said": a place (known or not) after "of" or "from" a person is where the person is from;
  // "NAME of the Hajo assembly said": so is a body the article does not know as an organisation.
  if (t.cap && t.word) {
    const person = personBeforePlace(context, k, from);
    if (person) return { type: 'mention', mention: person };
  } else if (isOrganizationNoun(t) && tokens[k - 1]?.cap) {
    const person = personBeforePlace(context, k - 1, from);
    if (person) return { type: 'mention', mention: person };
  }
  // "ORG, a group in Leeds, who met the minister, said": an epithet ending a relative clause is no subject (read below).
  if (!context.mentions.endAt.has(k) && !(t.text === ',' && relativeClauseBefore(context, k, from) !== undefined)) {
    for (let the = k - 1; the >= Math.max(from, k - 5); the--) {
      if (tokens[the]!.lower !== 'the') continue;
      const epithet = epithetAt(context, the, k);
      if (epithet) return epithet;
      break;
    }
  }
  if (isPronoun(t)) return { type: 'pronoun', pronoun: t.lower, paragraph: context.position, token: k };
  // "One of them said": a member of the group named before, resolved in stage 2.
  if (t.lower === 'them' && tokens[k - 1]?.lower === 'of' && tokens[k - 2]?.lower === 'one' && k - 2 >= from) return { type: 'pronoun', pronoun: ONE_OF_THEM, paragraph: context.position, token: k - 2 };
  if (t.lower === 'who' || t.lower === 'which') {
    let m = k - 1;
    if (tokens[m]?.text === ',') m--;
    const owner = speakingMention(context, m) ?? personBeforeAge(context, m);
    // "NAME, a professor at ORG, who said": "who" refers to a person, so the relative clause is the person's whose
    // appositive ends in the organisation or place (a "who" right after a body alone stays the body's: "the club, who said").
    // "Senator NAME of Ohio, who said": so is the clause after a person's place.
    const person = t.lower === 'who' && owner && (owner.kind === 'organization' || owner.kind === 'place') && tokens[k - 1]?.text === ',' ? (personBeforeAppositive(context, k - 1, from) ?? personBeforePlace(context, m, from)) : undefined;
    if (person) return { type: 'mention', mention: person };
    if (owner) return { type: 'mention', mention: owner };
    // "Facebook released a statement which read, in part, …": the one who put the document out.
    if (t.lower === 'which' && DOCUMENT_NOUNS.has(tokens[m]?.lower ?? '') && ARTICLES.has(tokens[m - 1]?.lower ?? '') && ISSUING_VERBS.has(tokens[m - 2]?.lower ?? '')) {
      const issuer = sentenceSubject(context);
      if (issuer.type === 'mention' && issuer.mention.last < m - 1) return issuer;
    }
    return { type: 'none' };
  }
  // "The statement, issued by the ministry on Monday, said", "Acme's lawsuit, filed in May, claims": the document before the aside.
  const aside = participialAside(tokens, context.mentions, k, from);
  const documentBeforeAside = aside && documentPhraseBefore(context, aside.open - 1, from, aside.agent);
  if (documentBeforeAside) return documentBeforeAside;
  // "Haugland's office said": the office speaks for its owner.
  const office = officeOwner(tokens, context.mentions, k);
  if (office && opensClause(tokens, office.first, from)) return { type: 'mention', mention: office };
  if (t.text === ',') {
    let relative = relativeClauseBefore(context, k, from);
    // "The actor, whose films include …, who …, said": two clauses about the same head; the subject is before the first.
    for (let earlier = relative; earlier !== undefined; earlier = relativeClauseBefore(context, earlier - 1, from)) relative = earlier;
    // "NAME, 67, who …, said": the person before the age.
    const aged = relative !== undefined ? personBeforeAge(context, relative - 2) : undefined;
    if (aged) return { type: 'mention', mention: aged };
    // "NAME, a lawyer at ORG, who …, said", "NAME, a friend of NAME2, who …, said": whoever the clause is about, the
    // subject of the verb is the person the appositive describes.
    const described = relative !== undefined ? (personBeforeAppositive(context, relative - 1, from) ?? personBeforePlace(context, relative - 2, from)) : undefined;
    if (described) return { type: 'mention', mention: described };
    if (relative !== undefined) return subjectBeforeRelative(context, k, relative, from);
    return appositiveSubject(context, k, from);
  }
  const document = documentBefore(tokens, k, from);
  if (document !== undefined && tokens[document - 1]?.lower === "'s") {
    // "The bank's statement described …", "Hart's statement on the death read:": whoever owns the statement speaks.
    const owner = speakingMention(context, document - 2);
    if (owner && (document === k || opensClause(tokens, owner.first, from))) return { type: 'mention', mention: owner };
  }
  // "Her letter to the board said …": the owner named by a possessive pronoun that opens the clause.
  const ownerPronoun = document !== undefined ? POSSESSIVE_TO_SUBJECT.get(tokens[document - 1]?.lower ?? '') : undefined;
  if (ownerPronoun && opensClause(tokens, document! - 1, from)) return pronounOwnerSubject(context, ownerPronoun, document! - 1, document!);
  // "The report said …" after "a report by Ofwat": the owner of the document named before.
  if (document !== undefined && tokens[document - 1]?.lower === 'the' && opensClause(tokens, document - 1, from)) {
    const owner = documentOwner(context.paragraphs, context.index, context.position, document);
    if (owner) return { type: 'document', owner, paragraph: context.position, token: document };
  }
  // "RIAA's DMCA notice alleged", "Their statement also read", "A statement released by Erdogan's office said".
  const phrase = documentPhraseBefore(context, k, from);
  if (phrase) return phrase;
  if (t.lower === 'and' || t.lower === 'but') return sentenceSubject(context);
  const participial = subjectBeforeParticiple(context, k, from);
  if (participial) return participial;
  const relative = personBeforeOpenRelative(context, k, from);
  if (relative) return { type: 'mention', mention: relative };
  return postModifiedSubject(context, k, from);
}

/** How many tokens a document phrase that ends before a verb may take ("The same report", "a statement released by the Turkish president's office"). */
const MAX_DOCUMENT_PHRASE = 12;

/**
 * A document phrase that opens its clause and ends at `k`, as the subject of a speech verb: its owner speaks
 * (`documentPhraseAt`: a possessor, a possessive pronoun, an agent, or the owner of the document named before).
 */
function documentPhraseBefore(context: Context, k: number, from: number, asideAgent?: Mention): Subject | undefined {
  const { tokens } = context.paragraph;
  for (let first = k; first >= Math.max(from, k - MAX_DOCUMENT_PHRASE); first--) {
    if (tokens[first]!.quote >= 0) return undefined;
    if (!opensClause(tokens, first, from)) continue;
    const owner = documentPhraseAt(tokens, context.mentions, first, k, asideAgent);
    if (owner) return phraseOwnerSubject(context, owner);
  }
  return undefined;
}

/**
 * "Their statement also read" after "X issued a statement": the owner of the document named before when it
 * fits the pronoun (`pronounDocumentOwner`), else the pronoun, resolved like a subject.
 */
function pronounOwnerSubject(context: Context, pronoun: string, token: number, noun: number): Subject {
  const named = DOCUMENT_NOUNS.has(context.paragraph.tokens[noun]?.lower ?? '') ? pronounDocumentOwner(context.paragraphs, context.index, context.position, noun, pronoun) : undefined;
  return named ? { type: 'document', owner: named, paragraph: context.position, token: noun } : { type: 'pronoun', pronoun, paragraph: context.position, token };
}

/** The subject that a document phrase's owner stands for. */
function phraseOwnerSubject(context: Context, owner: PhraseOwner): Subject | undefined {
  if (owner.type === 'mention') return { type: 'document', owner: owner.mention, paragraph: context.position, token: owner.mention.first };
  if (owner.type === 'pronoun') return pronounOwnerSubject(context, owner.pronoun, owner.token, owner.noun);
  const found = documentOwner(context.paragraphs, context.index, context.position, owner.noun);
  return found && { type: 'document', owner: found, paragraph: context.position, token: owner.noun };
}

/**
 * True when, at most twelve tokens before the participle at `verbAt` and with no quotation or
 * other speech verb between, a document noun stands as the object of a verb that puts it out
 * ("issued a statement at his golf club saying", "released a short video saying").
 */
function issuedDocumentBefore(tokens: readonly Token[], verbAt: number, from: number): boolean {
  for (let k = verbAt - 1; k >= Math.max(from, verbAt - 12); k--) {
    const t = tokens[k]!;
    if (t.quote >= 0 || (t.word && !t.cap && SPEECH_VERBS.has(t.lower))) return false;
    if (!DOCUMENT_NOUNS.has(t.lower)) continue;
    let m = k - 1;
    for (let n = 0; n < 3 && tokens[m]?.word && !tokens[m]!.cap && !ISSUING_VERBS.has(tokens[m]!.lower); n++) m--;
    return ISSUING_VERBS.has(tokens[m]?.lower ?? '');
  }
  return false;
}

/** "[The source]", "[es]": the "[" at most four words before the "]" at `close`, with only words between. */
function editorialBracketOpen(tokens: readonly Token[], close: number, from: number): number | undefined {
  for (let k = close - 1; k >= Math.max(from, close - 5); k--) {
    if (tokens[k]!.text === '[') return k < close - 1 ? k : undefined;
    if (!tokens[k]!.word) return undefined;
  }
  return undefined;
}

/** Possessive pronouns before a document noun, and the subject pronoun of their owner. */
const POSSESSIVE_TO_SUBJECT: ReadonlyMap<string, string> = new Map([['his', 'he'], ['her', 'she'], ['their', 'they'], ['its', 'it']]);
/** Prepositions that open a short phrase after a document noun ("statement on the death", "message to the chancellor"). */
const DOCUMENT_PHRASE_PREPOSITIONS: ReadonlySet<string> = new Set(prepositionsJson.documentTopic);

/** Whether the word at `k` opens its clause: the sentence's first word, or after a comma or an opening word ("the", "but"). */
function opensClause(tokens: readonly Token[], k: number, from: number): boolean {
  const before = tokens[k - 1];
  return k <= from || before === undefined || !before.word || CLAUSE_INTRO.has(before.lower);
}

/**
 * The document noun that ends at `k` or is followed up to `k` by one short phrase of lower-case words
 * ("statement on the death", "message to the chancellor"; at most five words, no comma or name).
 */
function documentBefore(tokens: readonly Token[], k: number, from: number): number | undefined {
  if (DOCUMENT_NOUNS.has(tokens[k]?.lower ?? '')) return k;
  for (let m = k; m >= Math.max(from + 1, k - 5); m--) {
    const t = tokens[m]!;
    if (!t.word || t.cap) return undefined;
    if (DOCUMENT_PHRASE_PREPOSITIONS.has(t.lower)) return DOCUMENT_NOUNS.has(tokens[m - 1]?.lower ?? '') ? m - 1 : undefined;
  }
  return undefined;
}

/**
 * The subject of a verb after a relative clause about a person (", who …," ending at `comma`, its relative word at
 * `relative`): the subject the verb would have with the clause left out. "NAME, who …, said" keeps the appositive
 * rules (a pair, a listener); a common noun before "who" is looked for as the subject ("The actor, whose films …,
 * said"); and when neither gives one, the clause's opening comma is read as the close of an appositive before it —
 * "NAME, 45, a builder, who …, added", "NAME, spokesman for ORG, which …, who …, said" read as "NAME, 45, a builder,
 * added". "Who" refers to a person, so a place before it ("ORG, a group in Washington, who …") or a name after a
 * preposition ("NAME, speaking to ORG, who …") is no head of the clause.
 */
function subjectBeforeRelative(context: Context, comma: number, relative: number, from: number): Subject {
  const { tokens } = context.paragraph;
  const head = context.mentions.endAt.get(relative - 2);
  const before = tokens[head?.first === undefined ? -1 : head.first - 1]?.lower ?? '';
  const object = head !== undefined && PREPOSITIONS_BEFORE_OBJECT.has(before) && !OWNER_PREPOSITIONS.has(before);
  if (head && !object && head.kind !== 'place') {
    const appositive = appositiveSubject(context, comma, from);
    // "NAME, who chairs the ORG, who …, said": "who" is the person's, so no body named inside the clauses speaks.
    if (head.kind === 'person' && appositive.type === 'mention' && appositive.mention.first > relative) return { type: 'mention', mention: head };
    // "NAME, who …, who …, said", a long clause: as "NAME said".
    return appositive.type === 'none' ? subjectBefore(context, relative - 1, from) : appositive;
  }
  if (!object) {
    // "NAME of Marriage Equality Coalition Taiwan, who …, said": read without the clause, unless that gives the place.
    const subject = subjectBefore(context, relative - 1, from);
    if (subject.type !== 'none' && !(subject.type === 'mention' && subject.mention.kind === 'place')) return subject;
  }
  return subjectBefore(context, relative, from);
}

/**
 * "Ms Robinson, who presents The Weakest Link tells Cockerell …": a relative clause about a person
 * whose closing comma is missing; the person before ", who" is the subject of the verb after it.
 * At most ten words of the clause, with no comma, quotation, speech verb or other person in it.
 */
function personBeforeOpenRelative(context: Context, k: number, from: number): Mention | undefined {
  const { tokens } = context.paragraph;
  for (let m = k; m >= Math.max(from + 2, k - 10); m--) {
    const t = tokens[m]!;
    if (t.quote >= 0 || !t.word || (!t.cap && SPEECH_VERBS.has(t.lower))) return undefined;
    const named = context.mentions.endAt.get(m);
    if (named && named.kind === 'person') return undefined;
    if (!PERSON_RELATIVES.has(t.lower) || t.lower === 'whose' || tokens[m - 1]!.text !== ',') continue;
    const person = context.mentions.endAt.get(m - 2);
    return person && person.kind === 'person' && !person.inQuote ? person : undefined;
  }
  return undefined;
}

/**
 * "Mark Roe, a marine ecologist at Acme, who …": the person named right before an appositive that ends at `comma`
 * and opens with an article or a lower-case word (a description, not a second name of a list), with no quote,
 * verb-like clause break or other comma inside it.
 */
function personBeforeAppositive(context: Context, comma: number, from: number): Mention | undefined {
  const { tokens } = context.paragraph;
  for (let k = comma - 1; k >= Math.max(from, comma - 18); k--) {
    const t = tokens[k]!;
    if (t.quote >= 0 || t.text === ';' || t.text === ':' || RELATIVE_WORDS.has(t.lower) || t.lower === 'who') return undefined;
    if (t.text !== ',') continue;
    const inner = tokens[k + 1];
    const person = context.mentions.endAt.get(k - 1);
    // "Tobias Lee, Sotheby's head of art, who …": a capitalised affiliation opening a role describes the person too.
    // "The show, hosted by NAME and NAME, who …": a participle opens no appositive.
    const participle = !inner?.cap && (/(?:ed|ing)$/.test(inner?.lower ?? '') || IRREGULAR_PARTICIPLES.has(inner?.lower ?? ''));
    if (!inner || participle || !(ARTICLES.has(inner.lower) || !inner.cap || isCapitalisedRole(context, k + 1, comma - 1)) || !person || person.kind !== 'person' || isPartOf(context, person)) return undefined;
    return person;
  }
  return undefined;
}

/** "Jan Ellis, 67, who …": the person named before ", AGE" when `age` is the token of the age. */
function personBeforeAge(context: Context, age: number): Mention | undefined {
  const { tokens } = context.paragraph;
  if (!/^\d{1,3}$/.test(tokens[age]?.text ?? '') || tokens[age - 1]?.text !== ',') return undefined;
  const person = context.mentions.endAt.get(age - 2);
  return person && person.kind === 'person' && !person.inQuote ? person : undefined;
}

/**
 * "The Oscar-nominated actor, whose films include X, Y and Z, said": the index of the relative word
 * of a clause between commas that ends at `comma` before the verb, so the subject is looked for
 * before it and never inside it. A clause about a person only ("who", "whose"); one whose subject
 * is right before the comma ("NAME, who …, said") is left to the appositive rules.
 */
function relativeClauseBefore(context: Context, comma: number, from: number): number | undefined {
  const { tokens } = context.paragraph;
  for (let k = comma - 1; k > from && k >= comma - 30; k--) {
    const t = tokens[k]!;
    // "who made the call for longer sentences": a word of saying after a determiner is a noun, no verb of saying.
    if (t.quote >= 0 || (SPEECH_VERBS.has(t.lower) && !isNounByDeterminer(tokens, k))) return undefined;
    if (PERSON_RELATIVES.has(t.lower) && tokens[k - 1]?.text === ',') return k;
  }
  return undefined;
}

const OWNER_PREPOSITIONS: ReadonlySet<string> = new Set(prepositionsJson.owner);
const LISTENER_PREPOSITIONS: ReadonlySet<string> = new Set(prepositionsJson.listener);

/** Verbs that put out a document ("released a statement which read …"). */
const ISSUING_VERBS: ReadonlySet<string> = new Set(issuingVerbsJson.verbs);

/**
 * "the world indoor champion", "the Wooster professor", "the 25-year-old", "the Scot": "the", up to
 * four modifiers (no name among them) and an epithet head that ends the phrase.
 */
function epithetAt(context: Context, the: number, end: number): Subject | undefined {
  const { tokens } = context.paragraph;
  if (tokens[the]?.lower !== 'the') return undefined;
  // "NAME wrote to the minister calling the plan …": the one written or spoken to is a listener, not the subject.
  if (LISTENER_PREPOSITIONS.has(tokens[the - 1]?.lower ?? '')) return undefined;
  for (let k = the + 1; k <= Math.min(end, the + 5); k++) {
    const t = tokens[k]!;
    if (!t.word || context.mentions.startAt.has(k)) return undefined;
    // "the world champion", "the 25-year-old"; "the Scot", "the Kenyan" (a nation's noun, capitalised).
    const head = (!t.cap && (EPITHET_HEADS.has(t.lower) || /-year-old$/.test(t.lower))) || (t.cap && (NATIONALITY_NOUNS.has(t.lower) || COUNTRY_DEMONYMS.has(t.text)));
    if (!head) continue;
    // The head ends the phrase: "the champion said", "said the champion, who …", "said the champion on Sunday" — not "the American embassy".
    const next = tokens[k + 1];
    if (next?.lower === "'s") return undefined;
    // "said the lawyer of Joe Cole, Ian Rowe": a title tied to a named client or body is a role, read by subjectAfter.
    if (TITLE_HEAD_WORDS.has(t.lower) && ROLE_OF.has(next?.lower ?? '') && (context.mentions.startAt.has(k + 2) || context.mentions.startAt.has(k + 3))) return undefined;
    if (k === end || !next?.word || EPITHET_FOLLOWERS.has(next.lower)) return { type: 'epithet', paragraph: context.position, token: the };
  }
  return undefined;
}

/**
 * "Doug Hale of Ohio", "Ana Ruiz from Lima": the person named right before "of"/"from" and a run of
 * capitalised words ending at `end` (a place, whether or not the article knows it as one).
 */
function personBeforePlace(context: Context, end: number, from: number): Mention | undefined {
  const { tokens } = context.paragraph;
  let k = end;
  while (k >= from && k > end - 3 && tokens[k]!.word && tokens[k]!.cap) k--;
  if (k === end) return undefined;
  if (tokens[k]?.lower === 'the') k--; // "Suman Haripriya of the Hajo assembly"
  if (tokens[k]?.lower !== 'of' && tokens[k]?.lower !== 'from') return undefined;
  const inside = context.mentions.endAt.get(end);
  if (inside && inside.kind !== 'place' && inside.first > k) return undefined;
  const owner = nameBeforeLetters(context, k - 1);
  return owner && owner.kind === 'person' && owner.via === 'name' ? owner : undefined;
}

/** The mention ending at `k`, or right before letters after a name there ("Tom Hale Jr.", "Ann Roe MP", "Ann Roe, M.D.,"). */
function nameBeforeLetters(context: Context, k: number): Mention | undefined {
  const { tokens } = context.paragraph;
  const named = context.mentions.endAt.get(k);
  if (named) return named;
  if (POST_NOMINALS.has(tokens[k]?.text ?? '')) return context.mentions.endAt.get(k - 1);
  // "Mike Ryan, M.D., of the WHO": the letters set off by commas.
  if (tokens[k]?.text === ',' && POST_NOMINALS.has(tokens[k - 1]?.text ?? '') && tokens[k - 2]?.text === ',') return context.mentions.endAt.get(k - 3);
  return undefined;
}

/** "Jane Doe of the Carnegie Endowment said": the person, not the organisation after "of". */
function ownerOf(context: Context, mention: Mention): Subject {
  const { tokens } = context.paragraph;
  if (mention.kind === 'place') {
    const person = personBeforePlace(context, mention.last, 0);
    if (person) return { type: 'mention', mention: person };
  }
  if (mention.kind === 'organization' || mention.kind === 'person') {
    let k = mention.first - 1;
    // "BNP Paribas" read as two names: the whole stands after "of".
    const joined = context.mentions.endAt.get(k);
    if (joined && joined.kind === 'organization') k = joined.first - 1;
    // "Jane Doe of the UK's Food Standards Agency": a capitalised possessor ("the UK's") names where the organisation is.
    if (tokens[k]?.lower === "'s" && tokens[k - 1]?.word && tokens[k - 1]!.cap) {
      k -= 2;
      while (k > mention.first - 6 && tokens[k]?.word && tokens[k]!.cap && !OWNER_PREPOSITIONS.has(tokens[k]!.lower)) k--;
    }
    // "a source within the central Interior Ministry", "NAME of worldwide victim group ORG": up to three lower-case words describe the organisation;
    // "NAME of IT firm ORG", "NAME of US bank ORG": so may one capitalised word that names nothing or a place, before a lower-case one.
    const placeOrNothing = (m: number) => (context.mentions.endAt.get(m)?.kind ?? 'place') === 'place';
    const describes = (t: Token | undefined, m: number) =>
      t !== undefined && t.word && (!t.cap || (placeOrNothing(m) && tokens[m + 1]?.word === true && !tokens[m + 1]!.cap)) && !OWNER_PREPOSITIONS.has(t.lower) && !ARTICLES.has(t.lower);
    for (let n = 0; n < 3 && describes(tokens[k], k); n++) k--;
    if (ARTICLES.has(tokens[k]?.lower ?? '')) k--;
    if (OWNER_PREPOSITIONS.has(tokens[k]?.lower ?? '')) {
      const owner = nameBeforeLetters(context, k - 1);
      if (owner && (owner.kind === 'person' || owner.kind === 'anonymous')) return { type: 'mention', mention: owner };
    }
  }
  // "The Green League in Leeds, in its statement, said", "NAME in the National Assembly said": the one before "in" speaks, not where it is.
  const inAt = tokens[mention.first - 1]?.lower === 'the' ? mention.first - 2 : mention.first - 1;
  if (tokens[inAt]?.lower === 'in') {
    const body = context.mentions.endAt.get(inAt - 1);
    if (body && (body.kind === 'organization' || body.kind === 'person')) return { type: 'mention', mention: body };
  }
  if (mention.kind === 'organization') {
    const person = personBeforeAffiliation(context, mention);
    if (person) return { type: 'mention', mention: person };
  }
  // "A lawyer for Amy Hart said", "The mother of NAME told": the person is the client or kin of whoever speaks.
  if (mention.kind === 'person' && (tokens[mention.first - 1]?.lower === 'of' || tokens[mention.first - 1]?.lower === 'for')) {
    const noun = tokens[mention.first - 2];
    if (noun?.word && !noun.cap && !context.mentions.endAt.has(mention.first - 2)) return { type: 'none' };
  }
  return { type: 'mention', mention };
}

/**
 * "Colin Asplin, Blackpool Hotel Association said", "Rabbi Marvin Hier, founder of the Simon
 * Wiesenthal Center said": an organisation that ends an appositive left unclosed before the verb
 * is the affiliation of the person named before the comma, who opens the clause.
 */
function personBeforeAffiliation(context: Context, organization: Mention): Mention | undefined {
  const { tokens } = context.paragraph;
  let k = organization.first - 1;
  if (ARTICLES.has(tokens[k]?.lower ?? '')) k--;
  const roleEnd = k;
  // At most eight words of a role ending in a preposition or a noun ("founder of", "a group led by" is not one).
  while (k >= context.sentenceStart && k > roleEnd - 8 && tokens[k]!.word && tokens[k]!.quote < 0 && !SPEECH_VERBS.has(tokens[k]!.lower) && !context.mentions.endAt.has(k)) k--;
  if (tokens[k]?.text !== ',') return undefined;
  if (k < roleEnd && !(TITLE_HEAD_WORDS.has(tokens[k + 1]!.lower) || ARTICLES.has(tokens[k + 1]!.lower))) return undefined;
  const person = context.mentions.endAt.get(k - 1);
  if (!person || person.kind !== 'person' || person.inQuote) return undefined;
  // The person opens the clause: nothing but title words before it since the sentence began or a quotation closed
  // ("Kenyan runner NAME, ORG said": a lower-case role word of a descriptor too).
  let b = person.first - 1;
  while (b >= context.sentenceStart && tokens[b]!.word && (tokens[b]!.cap || TITLE_HEAD_WORDS.has(tokens[b]!.lower)) && tokens[b]!.quote < 0) b--;
  const before = tokens[b];
  if (b >= context.sentenceStart && before && before.quote < 0 && before.text !== ',' && !/^[“”"‘’']$/.test(before.text)) return undefined;
  return person;
}

/** "Dmitry S. Peskov, a Kremlin spokesman, said" → Peskov; "France’s foreign minister, Stéphane Séjourné, said" → Séjourné. */
function appositiveSubject(context: Context, comma: number, from: number): Subject {
  const { tokens } = context.paragraph;
  // "ORG, a digital-rights group in Washington, said": a place ending the appositive is not the subject.
  const rightMention = speakingMention(context, comma - 1);
  // "…, who both worked for Imus, tweeted": the object of a preposition is not the subject either.
  // "NAME, chief economist at Northbank Markets & Investment Banking, said": the second half of a body's name after "&" is no subject.
  const right = rightMention?.kind === 'place' || PREPOSITIONS_BEFORE_OBJECT.has(context.paragraph.tokens[(rightMention?.first ?? 0) - 1]?.lower ?? '') || (rightMention && isAffiliationObjectMention(context, rightMention)) ? undefined : rightMention;
  let open = -1;
  let commas = 0;
  for (let k = comma - 1; k >= Math.max(from, comma - 18); k--) {
    if (tokens[k]!.text === ',') {
      open = k;
      commas++;
      // "Sen. Dale Whitcomb, R-Wyo., the committee's ranking Republican, called": several appositives.
      const left = speakingMention(context, k - 1);
      // "NAME, from Acme's Tokyo Laboratories, one of the founders of …, told": a body after a preposition is where the person works.
      if ((left && !isAffiliationObjectMention(context, left, true)) || k - 1 <= from) break;
    }
  }
  if (open > from) {
    // "Oliver Letwin MP, the Tory spokesman, said": letters after the name stand between it and the comma.
    const leftMention = speakingMention(context, open - 1) ?? (POST_NOMINALS.has(tokens[open - 1]?.text ?? '') ? speakingMention(context, open - 2) : undefined);
    // "Speaking to Agence France-Presse, the president of X, NAME, said": the listener of the opening clause is no subject.
    // "… hosted by Bernard McGuirk and Sid Rosenberg, who both worked for Imus, tweeted": one of a pair, or an agent, is no subject.
    const coordinated = leftMention !== undefined && NOT_ALONE_BEFORE.has(tokens[leftMention.first - 1]?.lower ?? '');
    const left = (leftMention && leftMention.first < clauseStart(context.paragraph, context.paragraph.tokens[comma]!.sentence)) || coordinated ? undefined : leftMention;
    const inner = tokens[open + 1];
    if (left && left.kind === 'organization' && inner && RELATIVE_WORDS.has(inner.lower) && PREPOSITIONS_OF_AFFILIATION.has(tokens[left.first - 1]?.lower ?? '')) {
      // "NAME, a manager at ORG, which owns shares, said": the relative clause is the organisation's; the appositive before it is the person's.
      const outer = appositiveSubject(context, open, from);
      if (outer.type === 'mention' && outer.mention.kind === 'person') return outer;
    }
    const looksAppositive =
      inner && (commas > 1 || ARTICLES.has(inner.lower) || !inner.cap || inner.lower === 'who' || TITLE_HEAD_WORDS.has(inner.lower) || TITLE_MODIFIERS.has(inner.lower) || isCapitalisedRole(context, open + 1, comma - 1) || isPlacedRole(tokens, open + 1) || (POST_NOMINALS.has(inner.text) && open + 2 === comma));
    // "NAME of Georgia, a waitress at a diner, said", "Rep. NAME of Ohio, the ranking member, said": the place (known or not) is where the person is from.
    const placed = looksAppositive && (!left || left.kind === 'place') ? personBeforePlace(context, open - 1, from) : undefined;
    if (placed) return { type: 'mention', mention: placed };
    if (left && looksAppositive && left.kind !== 'organization' && !(right && right.kind === 'person' && !looksAppositive)) return { type: 'mention', mention: left };
    if (left && looksAppositive && !right) return ownerOf(context, left); // "Michael Siegel of Boston University, co-author of …, declared"
  }
  if (right && right.kind !== 'organization') return { type: 'mention', mention: right };
  return { type: 'none' };
}

/** "US chief economist at …", "Kenyan senior analyst with …": a country or its demonym, then a lower-case role word. */
function isPlacedRole(tokens: readonly Token[], k: number): boolean {
  const place = tokens[k];
  const role = tokens[k + 1];
  if (!place?.cap || !(COUNTRY_NAMES.has(place.text) || COUNTRY_DEMONYMS.has(place.text))) return false;
  return Boolean(role?.word && !role.cap && (TITLE_HEAD_WORDS.has(role.lower) || TITLE_MODIFIERS.has(role.lower)));
}

/**
 * A name that is the object of a preposition of affiliation, directly or through the names it is joined to:
 * "at Acme", "from Acme's Tokyo Laboratories", "at Northbank Markets & Investment Banking", "of the Red Cross";
 * with `opensAppositive`, only where the preposition opens an appositive after a comma.
 */
function isAffiliationObjectMention(context: Context, mention: Mention, opensAppositive = false): boolean {
  const { tokens } = context.paragraph;
  let k = mention.first - 1;
  for (let hops = 0; hops < 3; hops++) {
    const t = tokens[k];
    if (t?.lower === "'s" || t?.text === '&') {
      const owner = context.mentions.endAt.get(k - 1);
      if (owner) k = owner.first - 1;
      else {
        // an owner the actor stages did not name: its capitalised words
        const end = k - 1;
        k--;
        while (k > end - 4 && tokens[k]?.word && tokens[k]!.cap) k--;
        if (k === end) return false;
      }
      continue;
    }
    break;
  }
  if (tokens[k]?.lower === 'the') k--;
  // opensAppositive: the preposition right after a comma (", from Acme's labs,"), not after a name ("NAME of Acme Police,").
  return ['at', 'of', 'for', 'from'].includes(tokens[k]?.lower ?? '') && tokens[k]!.word && (!opensAppositive || tokens[k - 1]?.text === ',');
}

/**
 * "Tory co-chairman", "CBI director general", "Sotheby's worldwide head of contemporary art": an
 * appositive that opens with a capitalised affiliation and holds a lower-case role word, no
 * person and no speech verb, so it describes the name before it (not a second name of a list).
 * "NUJ General Secretary", "Acme Sales Director": a capitalised title word that ends the appositive is a role too.
 */
function isCapitalisedRole(context: Context, from: number, to: number): boolean {
  const { tokens } = context.paragraph;
  if (to - from > 10) return false;
  let role = false;
  const isTitleWord = (t: Token) => TITLE_HEAD_WORDS.has(t.lower.replace(/^(?:co|vice|deputy|joint|acting|interim|ex)-/, ''));
  for (let k = from; k <= to; k++) {
    const t = tokens[k]!;
    if (t.quote >= 0 || SPEECH_VERBS.has(t.lower) || t.lower === 'and' || t.lower === 'or') return false;
    const m = context.mentions.startAt.get(k);
    if (m && m.kind === 'person') return false;
    if (t.word && (!t.cap || k === to) && isTitleWord(t)) role = true;
  }
  return role;
}

const RELATIVE_WORDS: ReadonlySet<string> = new Set(pronounsJson.relative);
const NOT_ALONE_BEFORE: ReadonlySet<string> = new Set(prepositionsJson.notAloneBefore);
const PREPOSITIONS_BEFORE_OBJECT: ReadonlySet<string> = new Set(prepositionsJson.beforeAnObject);
const PREPOSITIONS_OF_AFFILIATION: ReadonlySet<string> = new Set(prepositionsJson.affiliation);

/**
 * "Kyriakos Mitsotakis speaking to the Atlantic Council think tank called …": a person, then a
 * participle phrase of speaking without commas, then the verb.
 */
function subjectBeforeParticiple(context: Context, k: number, from: number): Subject | undefined {
  const { tokens } = context.paragraph;
  for (let m = k; m >= Math.max(from + 1, k - 10); m--) {
    const t = tokens[m]!;
    if (!t.word) return undefined;
    if (!t.cap && PARTICIPLES_OF_SPEAKING.has(t.lower)) {
      const person = context.mentions.endAt.get(m - 1);
      return person && person.kind === 'person' ? { type: 'mention', mention: person } : undefined;
    }
  }
  return undefined;
}

/**
 * "A European military official with knowledge of the talks said": the described source. "Ann Dee from the
 * pro-government camp said", "Tom Roe of the local council told": the named person who opens the clause, described
 * by a phrase after "from" or "of" that names nobody.
 */
function postModifiedSubject(context: Context, k: number, from: number): Subject {
  const { tokens } = context.paragraph;
  for (let m = k; m >= Math.max(from, k - 10); m--) {
    const t = tokens[m]!;
    if (!t.word || SPEECH_VERBS.has(t.lower)) break;
    if (['with', 'from', 'at', 'in', 'for', 'of', 'close', 'familiar'].includes(t.lower)) {
      const owner = context.mentions.endAt.get(m - 1);
      if (owner && owner.kind === 'anonymous') return { type: 'mention', mention: owner };
      if (owner && (t.lower === 'from' || t.lower === 'of') && isDescribedPerson(context, owner, m, k)) return { type: 'mention', mention: owner };
    }
  }
  return { type: 'none' };
}

/**
 * True when `person`, named and opening its clause (only capitalised title words before it since the sentence began,
 * a comma or a quotation closed), is followed by "from"/"of" at `preposition` and a phrase up to `end` with no
 * mention in it ("Ann Dee from the pro-government camp"): the phrase says where the person is from.
 */
function isDescribedPerson(context: Context, person: Mention, preposition: number, end: number): boolean {
  const { tokens } = context.paragraph;
  if (person.kind !== 'person' || person.via !== 'name' || person.inQuote) return false;
  for (let m = preposition + 1; m <= end; m++) if (context.mentions.endAt.has(m) || tokens[m]!.quote >= 0) return false;
  let b = person.first - 1;
  while (b >= context.sentenceStart && tokens[b]!.word && tokens[b]!.cap && tokens[b]!.quote < 0) b--;
  const before = tokens[b];
  return b < context.sentenceStart || before === undefined || before.text === ',' || /^[“”"‘’']$/.test(before.text);
}

/** The subject of the quote's sentence: its first mention or pronoun, after at most a few introductory words. */
function sentenceSubject(context: Context): Subject {
  const { tokens } = context.paragraph;
  // "In the filing itself Ford also made this point, writing “…”": the subject right after an opening phrase without a comma.
  const opener = tokens[context.sentenceStart]!;
  const afterOpening = opener.cap && OPENING_PREPOSITIONS.has(opener.lower) ? mentionAfterOpeningPhrase(context, context.sentenceStart) : undefined;
  // "Stirling Council has closed the road, saying …": a name at the start is the subject, not a participle ending like one.
  const named = context.mentions.startAt.has(context.sentenceStart);
  const start = afterOpening ?? (named ? context.sentenceStart : Math.max(context.sentenceStart, clauseStart(context.paragraph, tokens[context.sentenceStart]!.sentence)));
  for (let k = start; k <= context.sentenceEnd && k < start + 12; k++) {
    const t = tokens[k]!;
    if (t.quote >= 0) return { type: 'none' };
    // A dateline before the sentence proper: "WASHINGTON (AP) — President Joe Biden …"
    if (/^[()—–-]$/.test(t.text) || (t.word && t.text.length > 1 && isUpperCase(t.text) && !context.mentions.startAt.has(k))) continue;
    const m = context.mentions.startAt.get(k);
    if (m && tokens[k - 1]?.text === '(') {
      k = m.last; // "(AP)" in a dateline
      continue;
    }
    // "The Biden campaign criticized …": a name modifying an organisation noun is not the subject.
    if (m && m.kind === 'person' && isOrganizationNoun(tokens[m.last + 1])) return { type: 'none' };
    // "Members of the House of Commons protested …": some of an organisation's people, not the organisation.
    if ((m && isPartOf(context, m)) || (PART_OF_NOUNS.has(t.lower) && tokens[k + 1]?.lower === 'of')) return { type: 'none' };
    // "The manager of Harbour Publicity and director of X, Alan Reese, called …": the person the roles are in apposition to.
    if (m && isAffiliationObject(tokens, m)) {
      const person = personInApposition(context, m.last);
      if (person) return { type: 'mention', mention: person };
    }
    // "The government of American Samoa issued …": the place stands for its government.
    const governed = t.word && !t.cap && tokens[k + 1]?.lower === 'of' ? (context.mentions.startAt.get(k + 2) ?? (tokens[k + 2]?.lower === 'the' ? context.mentions.startAt.get(k + 3) : undefined)) : undefined;
    if (governed && isGovernmentOf(tokens, governed) && governed.first === k + 2 + (tokens[k + 2]!.lower === 'the' ? 1 : 0)) return { type: 'mention', mention: governed };
    // "AIP chairman Markham Robinson reflects …": the person after the affiliation and role.
    if (m && SPEAKING_KINDS.has(m.kind)) return { type: 'mention', mention: rolePersonAfter(context, m, context.sentenceEnd) ?? m };
    if (isPronoun(t)) return { type: 'pronoun', pronoun: t.lower, paragraph: context.position, token: k };
    if (!t.word) {
      if (t.text === ',') continue;
      return { type: 'none' };
    }
    if (CLAUSE_INTRO.has(t.lower) || HONORIFICS.has(t.lower) || TITLE_HEAD_WORDS.has(t.lower) || TITLE_MODIFIERS.has(t.lower) || COUNTRY_DEMONYMS.has(t.text) || t.lower === 'prime') continue;
    if (/^(?:then|ex|former|acting|interim)-/.test(t.lower)) continue; // "then-Secretary Vázquez"
    if (t.cap) continue; // role words and affiliations before a name ("Kremlin spokesman Mr Peskov")
    // "Double try scorer Ana Ruiz was …", "Veteran club striker Ed Obi said …": lower-case words of a role whose head
    // stands right before a person's name.
    if (isRoleBeforePerson(context, k)) continue;
    return { type: 'none' };
  }
  return { type: 'none' };
}

/**
 * True when the lower-case word at `k`, right after the sentence's capitalised first word (no name, no "The"),
 * opens at most two words of a role that ends right before a person's name ("Double try scorer NAME"; never
 * "Wales beat winger NAME's side", whose first word is a name, nor "The players thanked coach NAME").
 */
function isRoleBeforePerson(context: Context, k: number): boolean {
  const { tokens } = context.paragraph;
  const first = tokens[context.sentenceStart]!;
  if (k !== context.sentenceStart + 1 || !first.word || !first.cap || context.mentions.startAt.has(context.sentenceStart) || CLAUSE_INTRO.has(first.lower) || ARTICLES.has(first.lower)) return false;
  for (let m = k; m < k + 2; m++) {
    const t = tokens[m];
    if (!t?.word || t.cap) return false;
    const person = context.mentions.startAt.get(m + 1);
    if (TITLE_HEAD_WORDS.has(t.lower) && person?.kind === 'person') return true;
  }
  return false;
}

/** Prepositions that open a sentence with a phrase of place or time ("In the filing", "At the hearing"). */
const OPENING_PREPOSITIONS: ReadonlySet<string> = new Set(prepositionsJson.openingASentence);

/**
 * The speaking mention that starts the sentence proper after an opening phrase of place or time written
 * without a comma (at most six lower-case words): "In the filing itself Ford also made …". It must follow a
 * lower-case word that is no article or preposition and be followed by a lower-case word; undefined
 * otherwise ("In a letter to Ford the union …", "At Ford's plant …"), and at a comma (clauseStart reads
 * "In the filing, Ford …").
 */
function mentionAfterOpeningPhrase(context: Context, opener: number): number | undefined {
  const { tokens } = context.paragraph;
  for (let j = opener + 1; j <= context.sentenceEnd && j <= opener + 7; j++) {
    const t = tokens[j]!;
    const m = context.mentions.startAt.get(j);
    if (m) {
      const before = tokens[j - 1]!;
      const next = tokens[m.last + 1];
      const clean = j > opener + 1 && before.word && !before.cap && !PREPOSITIONS_BEFORE_OBJECT.has(before.lower) && !ARTICLES.has(before.lower);
      return clean && SPEAKING_KINDS.has(m.kind) && next !== undefined && next.word && !next.cap && next.lower !== "'s" ? j : undefined;
    }
    if (t.quote >= 0 || !t.word || t.cap) return undefined;
  }
  return undefined;
}

/** "manager of (the) Harbour Publicity": a name after "of"/"at"/"for" and a role word. */
function isAffiliationObject(tokens: readonly Token[], m: Mention): boolean {
  let k = m.first - 1;
  if (tokens[k]?.lower === 'the') k--;
  if (!['of', 'at', 'for'].includes(tokens[k]?.lower ?? '')) return false;
  const role = tokens[k - 1];
  return role !== undefined && role.word && (TITLE_HEAD_WORDS.has(role.lower) || TITLE_HEAD_WORDS.has(role.lower.replace(/^(?:then|ex|former|acting|interim)-/, '')));
}

/** The person named right after the comma that follows `last`, past at most three capitalised role words ("…, Labour MP NAME"). */
function personAfterComma(context: Context, last: number, to: number): Mention | undefined {
  const { tokens } = context.paragraph;
  if (tokens[last + 1]?.text !== ',') return undefined;
  for (let k = last + 2; k <= to && k <= last + 5; k++) {
    const person = context.mentions.startAt.get(k);
    if (person && person.kind === 'person') return person;
    if (!tokens[k]!.word || !tokens[k]!.cap) return undefined;
  }
  return undefined;
}

/** The person named between commas after `from` in the same sentence, before any quotation (", Alan Reese,"). */
function personInApposition(context: Context, from: number): Mention | undefined {
  const { tokens } = context.paragraph;
  for (let k = from + 1; k <= context.sentenceEnd && k <= from + 16; k++) {
    if (tokens[k]!.quote >= 0) return undefined;
    if (tokens[k]!.text !== ',') continue;
    const person = context.mentions.startAt.get(k + 1);
    if (person && person.kind === 'person' && tokens[person.last + 1]?.text === ',') return person;
  }
  return undefined;
}

/** A lower-case noun for an organisation or a team ("campaign", "administration", "government"). */
function isOrganizationNoun(t: Token | undefined): boolean {
  return t !== undefined && t.word && !t.cap && (ORG_BACK_WORDS.has(t.lower) || ORG_HEADS.has(t.lower) || TEAM_NOUNS.has(t.lower));
}

const TEAM_NOUNS: ReadonlySet<string> = new Set(roleWordsJson.teamNouns);

/** The speaker named right after a verb or "according to": skips articles, titles and honorifics. */
function subjectAfter(context: Context, from: number, to: number): Subject {
  const { tokens } = context.paragraph;
  const epithet = epithetAt(context, from, to);
  if (epithet) return epithet;
  let k = from;
  while (k <= to && tokens[k] && (tokens[k]!.text === ',' || ARTICLES.has(tokens[k]!.lower))) k++;
  // "said his wife, Sheila", "said her son, Tom Vale": the person named beside a relative of someone.
  if (POSSESSIVES.has(tokens[k]?.lower ?? '') && tokens[k + 2]?.text === ',' && (genderOfWord(tokens[k + 1]?.lower ?? '') !== undefined || RELATION_NOUNS.has(tokens[k + 1]?.lower ?? ''))) {
    const named = context.mentions.startAt.get(k + 3);
    if (named && named.kind === 'person' && named.last <= to) return { type: 'mention', mention: named };
  }
  const limit = k + 9;
  for (; k <= to && k < limit && tokens[k]; k++) {
    const t = tokens[k]!;
    // "said the chairman of the Commons education committee, Labour MP NAME": the person the role is set beside.
    if (ROLE_OF.has(t.lower) && !tokens[k - 1]!.cap && TITLE_HEAD_WORDS.has(tokens[k - 1]!.lower)) {
      const named = personAfterRoleOf(context, k + 1, to);
      if (named) return { type: 'mention', mention: named };
      // "said a lawyer for Amy Hart", "said the mother of NAME": the person after the role is its client or kin.
      const client = context.mentions.startAt.get(k + 1) ?? context.mentions.startAt.get(k + 2);
      if (client && client.kind === 'person' && client.first <= k + 2) return { type: 'none' };
      // "said the chairman of the Commons transport committee, which …": the unnamed role-holder speaks, not the body.
      if (client && client.kind === 'organization' && client.first <= k + 2 && !personAfterComma(context, client.last, to)) return { type: 'none' };
    }
    const byArticle = ARTICLES.has(tokens[k - 1]?.lower ?? '') ? context.mentions.startAt.get(k - 1) : undefined;
    const m = byArticle && byArticle.via === 'role' ? byArticle : (context.mentions.startAt.get(k) ?? byArticle);
    if (m && tokens[m.last + 1]?.lower === "'s") {
      // "writes Huber's longtime tag team partner Erick Rowan": the possessor is not the speaker; the person after the role is.
      const owned = personAfterRole(context, m.last + 2, to);
      if (owned) return { type: 'mention', mention: owned };
      // "said Cole's lawyer": a person's lawyer, friend or wife speaks, not the person.
      if (m.kind === 'person') return { type: 'none' };
    }
    if (m && m.kind === 'organization') {
      // "said University of California, San Diego's chancellor, NAME": a campus or branch after the name, then its role.
      let owner = m.last + 1;
      while (owner <= to && owner <= m.last + 5 && (tokens[owner]!.text === ',' || tokens[owner]!.cap)) owner++;
      const owned = owner > m.last + 1 && tokens[owner]?.lower === "'s" ? personAfterRole(context, owner + 1, to) : undefined;
      if (owned) return { type: 'mention', mention: owned };
      // "said the chairman of the Harbour Committee, Labour MP NAME": the person the role is in apposition to.
      const named = isAffiliationObject(tokens, m) ? personAfterComma(context, m.last, to) : undefined;
      if (named) return { type: 'mention', mention: named };
    }
    if (m && SPEAKING_KINDS.has(m.kind)) return { type: 'mention', mention: rolePersonAfter(context, m, to) ?? m };
    if (isPronoun(t) && k === from) return { type: 'pronoun', pronoun: t.lower, paragraph: context.position, token: k };
    if (t.lower === "'s") {
      const owned = personAfterRole(context, k + 1, to);
      if (owned) return { type: 'mention', mention: owned };
    }
    // "said one of their lawyers, NAME"
    if (k === from && t.lower === 'one' && tokens[k + 1]?.lower === 'of') {
      const named = personAfterRole(context, k + 2, to);
      if (named) return { type: 'mention', mention: named };
    }
    // "reads a statement from the Rugby Football Union": whoever issued the document speaks.
    if (DOCUMENT_NOUNS.has(t.lower)) {
      // "… from the RFU", "a memo posted online by Senator NAME": up to two lower-case words before the source.
      let by = k + 1;
      while (by <= k + 3 && tokens[by]?.word && !tokens[by]!.cap && !DOCUMENT_SOURCES.has(tokens[by]!.lower)) by++;
      if (DOCUMENT_SOURCES.has(tokens[by]?.lower ?? '')) {
        const source = subjectAfter(context, by + 1, to);
        return source.type === 'mention' ? source : { type: 'none' };
      }
    }
    // "said the group's executive director, Luis Romero"
    if (t.lower === "'s" || (t.text === ',' && k > from) || (!t.cap && t.word && (ARTICLES.has(t.lower) || POSSESSIVES.has(t.lower) || ORG_BACK_WORDS.has(t.lower) || tokens[k + 1]?.lower === "'s") && k < from + 3)) continue;
    // "said café owner Gethin Lloyd", "said flood duty manager Jo Cole": lower-case words of a compound role.
    if (!t.cap && t.word && k < from + 3 && isCompoundRoleModifier(tokens, k)) continue;
    // "said a protester using the pseudonym Katya", "said a student who gave her name only as Mei": the name given to the one described.
    const named = !t.cap && t.word ? personByNamingPhrase(context, k, to) : undefined;
    if (named) return { type: 'mention', mention: named };
    // "said de la Cruz", "said Ms van der Berg": the particles that open a surname.
    if (!t.cap && NAME_PARTICLES.has(t.text) && tokens[k + 1] && (tokens[k + 1]!.cap || NAME_PARTICLES.has(tokens[k + 1]!.text))) continue;
    if (!(HONORIFICS.has(t.lower) || TITLE_HEAD_WORDS.has(t.lower) || TITLE_MODIFIERS.has(t.lower) || t.lower === 'prime' || COUNTRY_DEMONYMS.has(t.text) || t.cap)) break;
  }
  return { type: 'none' };
}

/**
 * The person a naming phrase gives a name to within the next eight words, with no comma, quotation
 * or full stop before it: "… using the pseudonym Katya", "… who gave her name only as Mei".
 */
function personByNamingPhrase(context: Context, from: number, to: number): Mention | undefined {
  const { tokens } = context.paragraph;
  for (let j = from + 1; j <= to && j <= from + 8 && tokens[j]; j++) {
    if (tokens[j]!.quote >= 0 || !tokens[j]!.word) return undefined;
    const m = context.mentions.startAt.get(j);
    if (!m) continue;
    const before = tokens[j - 1]!.lower;
    const naming = NAMING_NOUNS.has(before) || (before === 'as' && NAMING_BEFORE_AS.has(tokens[j - 2]?.lower ?? ''));
    return naming && m.kind === 'person' ? m : undefined;
  }
  return undefined;
}

/** Prepositions that tie a role to its body ("chairman of", "spokesman for", "director at"). */
const ROLE_OF: ReadonlySet<string> = new Set(prepositionsJson.roleOf);

/**
 * "… of the Commons education select committee, Labour MP Barry Sheerman": after the body of a
 * role (at most twelve words, no quotation, speech verb or other comma), a comma, up to four title
 * words, and a person whose name ends the clause.
 */
function personAfterRoleOf(context: Context, from: number, to: number): Mention | undefined {
  const { tokens } = context.paragraph;
  let k = from;
  while (k <= to && k < from + 12 && tokens[k]!.text !== ',') {
    const t = tokens[k]!;
    if (t.quote >= 0 || !t.word || (SPEECH_VERBS.has(t.lower) && !t.cap)) return undefined;
    k++;
  }
  if (tokens[k]?.text !== ',' || k === from) return undefined;
  k++;
  const titleEnd = k + 4;
  while (k <= to && k < titleEnd && tokens[k]!.word && (tokens[k]!.cap || TITLE_HEAD_WORDS.has(tokens[k]!.lower) || TITLE_MODIFIERS.has(tokens[k]!.lower))) {
    // "Labour MP NAME": a party or body before the role words is skipped whole.
    const m = context.mentions.startAt.get(k);
    if (m?.kind === 'person') break;
    k = m ? m.last + 1 : k + 1;
  }
  const person = context.mentions.startAt.get(k);
  if (!person || person.kind !== 'person' || person.inQuote) return undefined;
  const after = tokens[person.last + 1];
  return after === undefined || person.last >= to || after.text === ',' || after.text === '.' || after.quote >= 0 ? person : undefined;
}

/**
 * "said Met Office chief meteorologist Paul Gundry", "according to Samoa Observer editor Keni
 * Lesa": a name that is only the affiliation in a role before a person's name gives way to that person.
 */
function rolePersonAfter(context: Context, mention: Mention, to: number): Mention | undefined {
  if (mention.kind === 'anonymous' || mention.kind === 'group') return undefined;
  const { tokens } = context.paragraph;
  let k = mention.last + 1;
  // "said Richard and Judy executive producer NAME": a name in two parts is the affiliation.
  if ((tokens[k]?.lower === 'and' || tokens[k]?.text === '&') && tokens[k + 1]?.cap) {
    k += 2;
    while (k <= to && k <= mention.last + 5 && tokens[k]?.cap && !TITLE_HEAD_WORDS.has(tokens[k]!.lower) && !TITLE_MODIFIERS.has(tokens[k]!.lower)) k++;
  }
  // "The Scottish National Party's Holyrood leader NAME": a possessive, then up to two capitalised words of a place or branch.
  let start = mention.last + 1;
  if (tokens[k]?.lower === "'s" && k === mention.last + 1) {
    k++;
    while (k <= to && k <= mention.last + 3 && tokens[k]?.word && tokens[k]!.cap && !context.mentions.startAt.has(k)) k++;
    start = k;
  }
  let roles = 0;
  while (k <= to && k <= start + 3 && tokens[k]?.word && !tokens[k]!.cap && (TITLE_HEAD_WORDS.has(tokens[k]!.lower) || TITLE_MODIFIERS.has(tokens[k]!.lower) || isCompoundRoleModifier(tokens, k))) {
    if (TITLE_HEAD_WORDS.has(tokens[k]!.lower)) roles++;
    k++;
  }
  // "said Morrow & Finch Senior Vice President NAME": the post starts after the second part of the name.
  if (roles === 0) return capitalisedRolePersonAfter(context, Math.max(start, k), to);
  const person = context.mentions.startAt.get(k);
  return person && person.kind === 'person' ? person : undefined;
}

/**
 * "said EPA Administrator NAME", "said Acme Corp Senior Vice President for Government Relations, NAME",
 * "said the Chamber's Executive Vice President, Chief Policy Officer, and Head of Advocacy, NAME": a run of
 * capitalised title words (with "of", "for", "and" and the capitalised words of a portfolio after them,
 * commas between titles) holding at least one title head, then the person whose name ends the clause.
 * The organisation before the title is where the person works, not who speaks.
 */
function capitalisedRolePersonAfter(context: Context, from: number, to: number): Mention | undefined {
  const { tokens } = context.paragraph;
  let k = from;
  let heads = 0;
  let portfolio = false;
  while (k <= to && k < from + 16 && tokens[k]) {
    const t = tokens[k]!;
    const named = context.mentions.startAt.get(k);
    // "Head of Strategic Advocacy, NAME": capitals of a portfolio read as a name are still the post's.
    if (named?.kind === 'person' && portfolio && tokens[named.last + 1]?.text === ',') {
      k = named.last + 1;
      continue;
    }
    if (named?.kind === 'person') break;
    if (t.word && t.cap && TITLE_HEAD_WORDS.has(t.lower)) heads++;
    else if (t.word && !t.cap && ['of', 'for', 'and'].includes(t.lower) && heads > 0) portfolio = t.lower !== 'and';
    else if (t.text === ',' && heads > 0) portfolio = false;
    // "Chief Legal Officer", "Managing Director of Global Affairs": other capitals are words of a post or its portfolio.
    else if (!(t.word && t.cap)) return undefined;
    k++;
  }
  if (heads === 0) return undefined;
  const person = context.mentions.startAt.get(k);
  if (!person || person.kind !== 'person' || person.inQuote) return undefined;
  // "said ORG Vice President NAME (D-Md.)." : a party tag after the name is the name's.
  const after = tokens[(partyTagClose(tokens, person) ?? person.last) + 1];
  // "… Hannah Ward of the Refugee Council": where the person works may follow the name too.
  return after === undefined || person.last >= to || after.text === ',' || after.text === '.' || after.text === ':' || after.quote >= 0 || (after.word && !after.cap && PREPOSITIONS_OF_AFFILIATION.has(after.lower) && after.lower !== 'the') ? person : undefined;
}

/**
 * The person named after at most five lower-case words of a role ("longtime tag team partner
 * Erick Rowan", "one of their lawyers, Michalis Dimitrakopoulos").
 */
function personAfterRole(context: Context, from: number, to: number): Mention | undefined {
  const { tokens } = context.paragraph;
  let k = from;
  while (k <= to && k < from + 5 && tokens[k]?.word && !tokens[k]!.cap) k++;
  if (k === from) return undefined;
  if (tokens[k]?.text === ',') k++;
  const person = context.mentions.startAt.get(k);
  return person && person.kind === 'person' ? person : undefined;
}

/** A lower-case word right before (or two before) a role head word: "café owner", "flood duty manager". */
function isCompoundRoleModifier(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  const second = tokens[k + 2];
  if (!next?.word || next.cap) return false;
  if (TITLE_HEAD_WORDS.has(next.lower)) return !SPEECH_VERBS.has(tokens[k]!.lower) && !ARTICLES.has(tokens[k]!.lower);
  return Boolean(second?.word && !second.cap && TITLE_HEAD_WORDS.has(second.lower) && !SPEECH_VERBS.has(tokens[k]!.lower) && !SPEECH_VERBS.has(next.lower));
}

/** Prepositions whose object, right before a speech verb, is not its subject ("a letter to NAME said"). */
const OBJECT_PREPOSITIONS: ReadonlySet<string> = new Set(prepositionsJson.afterASpeechVerb);
const SOURCE_MARKERS: ReadonlySet<string> = new Set(prepositionsJson.sourceMarkers);

const DASHES = new Set(['-', '–', '—']);

/**
 * The token opening an aside that closes at `close`: the dash before "- who was convicted -", or the
 * bracket before "(pictured)"; at most twenty tokens back, with no quotation inside.
 */
function asideOpening(tokens: readonly Token[], close: number, from: number): number | undefined {
  const closing = tokens[close]!.text;
  const opening = DASHES.has(closing) ? closing : closing === ')' ? '(' : undefined;
  if (opening === undefined) return undefined;
  for (let k = close - 2; k > from && k >= close - 20; k--) {
    if (tokens[k]!.quote >= 0) return undefined;
    if (tokens[k]!.text === opening) return k;
  }
  return undefined;
}

/** "Mr Brown and Mr Letwin", "Brit Hume and Chris Wallace": a mention joined by "and"/"&" to a person or organisation named right before it. */
function isCoordinated(context: Context, m: Mention): boolean {
  const { tokens } = context.paragraph;
  let k = m.first - 1;
  // "Mr Brown and Mr Letwin": an honorific outside the mention.
  while (k >= 0 && tokens[k]!.word && HONORIFICS.has(tokens[k]!.lower)) k--;
  const joiner = tokens[k]?.lower;
  if (joiner !== 'and' && joiner !== '&') return false;
  const other = context.mentions.endAt.get(k - 1);
  return other !== undefined && (other.kind === 'person' || other.kind === 'organization') && !other.inQuote;
}

/** "Members of the House of Commons": a mention that opens with some of an organisation's people. */
function isPartOf(context: Context, m: Mention): boolean {
  const { tokens } = context.paragraph;
  return m.kind === 'organization' && PART_OF_NOUNS.has(tokens[m.first]!.lower) && tokens[m.first + 1]?.lower === 'of';
}

/** A mention ending at token k that can speak (people, sources, organisations, groups). */
function speakingMention(context: Context, k: number): Mention | undefined {
  const m = context.mentions.endAt.get(k);
  if (!m || isPartOf(context, m)) return undefined;
  if (SPEAKING_KINDS.has(m.kind)) return m;
  // A country as speaker only when it is the whole subject ("France said …").
  return m.kind === 'place' ? m : undefined;
}

function isPronoun(t: Token): boolean {
  return PERSON_PRONOUNS.has(t.lower) || PLURAL_PRONOUNS.has(t.lower) || ORG_PRONOUNS.has(t.lower);
}

function hasWord(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = Math.max(0, from); k <= to; k++) if (tokens[k]!.word) return true;
  return false;
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

/** A sentence's span of tokens with what the subject finders read. */
function sentenceContext(paragraphs: readonly TokenizedParagraph[], index: readonly MentionIndex[], position: number, sentence: number): Context | undefined {
  const paragraph = paragraphs[position];
  if (!paragraph || sentence < 0 || sentence >= paragraph.sentenceStarts.length) return undefined;
  const sentenceStart = paragraph.sentenceStarts[sentence]!;
  const sentenceEnd = (paragraph.sentenceStarts[sentence + 1] ?? paragraph.tokens.length) - 1;
  // A title or a set-off word in quotation marks ('the documentary “Open Doors”') leaves the sentence narration.
  for (let k = sentenceStart; k <= sentenceEnd; k++) if (paragraph.tokens[k]!.quote >= 0 && isSpokenQuote(paragraph, paragraph.tokens[k]!.quote)) return undefined;
  return { paragraphs, index, paragraph, position, mentions: index[position]!, sentenceStart, sentenceEnd };
}

/**
 * The speaker of a sentence of reported speech that holds no quotation: the subject of its first
 * speech verb that has one ("Strong winds made it hard, Zapata said, adding …", "She told MPs the
 * plan was fair."). Undefined when the sentence holds a quotation, no speech verb with a subject,
 * or names another person.
 *
 * @param paragraphs The tokenised paragraphs.
 * @param index Their mentions.
 * @param position The paragraph's position.
 * @param sentence The sentence's index in the paragraph.
 * @example
 * findReportedSpeech(paragraphs, index, 0, 1) // => { subject: { type: 'mention', … }, verb: 'said' }
 */
export function findReportedSpeech(paragraphs: readonly TokenizedParagraph[], index: readonly MentionIndex[], position: number, sentence: number): { subject: Subject; verb: string } | undefined {
  const context = sentenceContext(paragraphs, index, position, sentence);
  if (!context) return undefined;
  const { tokens } = context.paragraph;
  for (let k = context.sentenceStart + 1; k <= context.sentenceEnd; k++) {
    const t = tokens[k]!;
    if (!t.word || t.cap) continue;
    if (t.lower.endsWith('ing')) {
      // "She was quoted as saying new mothers were …": the subject of the passive frame reports the speech.
      const framed = tokens[k - 1]?.lower === 'as' && SPEECH_VERBS.has(t.lower) ? passiveFrameSubject(context, k - 2, context.sentenceStart) : undefined;
      if (framed) return namesAnotherPerson(context, framed, []) ? undefined : { subject: framed, verb: t.text };
      continue;
    }
    const verb = SPEECH_VERBS.get(t.lower);
    if (!verb || isNounByDeterminer(tokens, k)) continue;
    let subject = subjectBefore(context, k, context.sentenceStart);
    // "…, but the content was what mattered, said Mr Thomas.": the speaker named after the verb.
    if (subject.type === 'none' && tokens[k - 1]?.text === ',' && !verb.listener) subject = subjectAfter(context, k + 1, context.sentenceEnd);
    if (subject.type === 'none') continue;
    // "She thanked Jan Kowal warmly.": another person in the sentence could say the quote after it;
    // not one named inside a relative clause about the subject ("NAME, who ran the study with X, said …").
    // Nor the listener of "told": "She tells Cockerell that she despaired." ⏎ "“…”" is hers.
    const listener = verb.listener ? context.mentions.startAt.get(k + 1) : undefined;
    const ignored: [number, number][] = [];
    const clause = relativeClauseOf(context, subject, k);
    if (clause) ignored.push(clause);
    // "Comic artist NAME (Nancy Drew, Jem) told of …": the works or roles in brackets after the subject name nobody who speaks.
    const bracket = subject.type === 'mention' ? bracketsAfter(context.paragraph.tokens, subject.mention.last + 1, k) : undefined;
    if (bracket) ignored.push(bracket);
    if (listener) ignored.push([k, listener.last + 1]);
    return namesAnotherPerson(context, subject, ignored) ? undefined : { subject, verb: t.text };
  }
  return undefined;
}

/**
 * The subject of a sentence that holds no quotation, when it is a person or a pronoun, the
 * sentence is not passive, cites no one's words ("quoted her words") and, if it tells of speech,
 * names no other person ("But Greene believes he lost the race." → Greene; "He was arrested." → none).
 *
 * @param paragraphs The tokenised paragraphs.
 * @param index Their mentions.
 * @param position The paragraph's position.
 * @param sentence The sentence's index in the paragraph.
 * @example
 * findPersonSubject(paragraphs, index, 0, 0) // => { type: 'mention', mention: … }
 */
export function findPersonSubject(paragraphs: readonly TokenizedParagraph[], index: readonly MentionIndex[], position: number, sentence: number): Subject {
  const context = sentenceContext(paragraphs, index, position, sentence);
  if (!context) return { type: 'none' };
  const subject = sentenceSubject(context);
  const { tokens } = context.paragraph;
  if (subject.type === 'mention' && (subject.mention.kind !== 'person' || isPossessorAt(tokens, subject.mention.last))) return { type: 'none' };
  if (subject.type === 'pronoun' && !PERSON_PRONOUNS.has(subject.pronoun)) return { type: 'none' };
  const after = subject.type === 'pronoun' ? subject.token + 1 : subject.type === 'mention' ? subject.mention.last + 1 : -1;
  const auxiliary = tokens[after];
  // "Walsh was also banned …": adverbs may stand between the auxiliary and the participle.
  let at = after + 1;
  while (tokens[at]?.word && !tokens[at]!.cap && (SKIP_BEFORE_VERB.has(tokens[at]!.lower) || /ly$/.test(tokens[at]!.lower))) at++;
  if (isPassiveAfterSubject(auxiliary, tokens[at])) return { type: 'none' };
  // "Ewa Brandt thanked Piotr Nowak." — two people in an exchange of words: either may speak next.
  // "He took bronze behind Justin Gatlin." — the others are only mentioned.
  if (namesAnotherPerson(context, subject) && hasSpeechVerb(context)) return { type: 'none' };
  // "Blogger Ann Roe quoted her words:" — a sentence that cites someone else's words is not its subject's speech.
  if (hasCitingVerb(context)) return { type: 'none' };
  return subject;
}

function hasCitingVerb(context: Context): boolean {
  const { tokens } = context.paragraph;
  for (let k = context.sentenceStart; k <= context.sentenceEnd; k++) if (tokens[k]!.word && !tokens[k]!.cap && OBJECT_SPEAKER_VERBS.has(tokens[k]!.lower)) return true;
  return false;
}

function hasSpeechVerb(context: Context): boolean {
  const { tokens } = context.paragraph;
  for (let k = context.sentenceStart; k <= context.sentenceEnd; k++) if (tokens[k]!.word && !tokens[k]!.cap && SPEECH_VERBS.has(tokens[k]!.lower)) return true;
  return false;
}

/**
 * True when the sentence names a person other than its subject (then either could speak next),
 * outside the spans of tokens `ignored` (a clause that only describes the subject, a listener).
 */
function namesAnotherPerson(context: Context, subject: Subject, ignored: readonly (readonly [number, number])[] = []): boolean {
  const own = subject.type === 'mention' ? subject.mention.actor : undefined;
  for (const m of context.mentions.list) {
    if (ignored.some(([open, close]) => m.first > open && m.last < close)) continue;
    if (m.first >= context.sentenceStart && m.last <= context.sentenceEnd && m.kind === 'person' && m.actor !== own) return true;
  }
  return false;
}

/** The tokens of "(" at `open` to its ")" before `before`, with no quotation inside; undefined when `open` is no "(". */
function bracketsAfter(tokens: readonly Token[], open: number, before: number): [number, number] | undefined {
  if (tokens[open]?.text !== '(') return undefined;
  for (let k = open + 1; k < before; k++) {
    if (tokens[k]!.quote >= 0) return undefined;
    if (tokens[k]!.text === ')') return [open, k];
  }
  return undefined;
}

/**
 * "Prof Joni Lee, who ran the study with Margaret Moran MP, said …": the tokens from the comma
 * that opens the first relative clause after the subject ("NAME, who …", "ORG, a group in Leeds, who …") to the
 * comma before its verb at `verbAt`; undefined when no such clause ends right before the verb.
 */
function relativeClauseOf(context: Context, subject: Subject, verbAt: number): [number, number] | undefined {
  if (subject.type !== 'mention') return undefined;
  const { tokens } = context.paragraph;
  let close = verbAt - 1;
  while (close > subject.mention.last && tokens[close]!.word && SKIP_BEFORE_VERB.has(tokens[close]!.lower)) close--;
  if (tokens[close]?.text !== ',') return undefined;
  // "ORG, a group in Leeds, who met the minister, said": a clause after an appositive of the subject is left out too.
  let open: number | undefined;
  for (let k = close - 1; k > subject.mention.last; k--) {
    if (tokens[k]!.quote >= 0) break;
    if (tokens[k]!.text === ',' && PERSON_RELATIVES.has(tokens[k + 1]?.lower ?? '')) open = k;
  }
  return open !== undefined && close > open + 2 ? [open, close] : undefined;
}

function isPossessorAt(tokens: readonly Token[], last: number): boolean {
  return tokens[last + 1]?.lower === "'s";
}

/**
 * The cue after a closing mark that has no opening mark on its line — the end of a quote that
 * began on an earlier line ("I do not wish to make any judgements," he said.). Undefined when
 * no speech verb with a subject follows the mark in its sentence.
 *
 * @param paragraphs The tokenised paragraphs.
 * @param index Their mentions.
 * @param position The paragraph's position.
 * @param mark The token of the closing mark.
 * @example
 * findCueAfterMark(paragraphs, index, 1, 7) // => { subject: { type: 'pronoun', pronoun: 'he', … }, verb: 'said' }
 */
export function findCueAfterMark(paragraphs: readonly TokenizedParagraph[], index: readonly MentionIndex[], position: number, mark: number): { subject: Subject; verb?: string } | undefined {
  const paragraph = paragraphs[position];
  const markToken = paragraph?.tokens[mark];
  if (!paragraph || !markToken) return undefined;
  const sentenceStart = paragraph.sentenceStarts[markToken.sentence] ?? 0;
  let sentenceEnd = (paragraph.sentenceStarts[markToken.sentence + 1] ?? paragraph.tokens.length) - 1;
  // "…judgements." he said. — the splitter may end the sentence at the mark itself.
  if (sentenceEnd <= mark + 1) sentenceEnd = (paragraph.sentenceStarts[markToken.sentence + 2] ?? paragraph.tokens.length) - 1;
  let to = sentenceEnd;
  for (let k = mark + 1; k <= sentenceEnd; k++) {
    if (paragraph.tokens[k]!.quote >= 0) {
      to = k - 1;
      break;
    }
  }
  const context: Context = { paragraphs, index, paragraph, position, mentions: index[position]!, sentenceStart, sentenceEnd };
  const found = findAfterCue(context, mark + 1, to);
  return found && found.subject.type !== 'none' ? found : undefined;
}
