/**
 * The one person the narrative around a quote is about, for the sieves that give an uncued quote to
 * them (first-person-about-one-person). The text read: the
 * quote's paragraph up to the end of its sentence (from the last quote of the paragraph that has a
 * speaker, whose speaker counts as named there), or, when that names nobody before the quote, the
 * line before too. Every actor named there outside quotations is the same person, every "he"/"she"
 * fits that person, no "they", nobody's kin ("his wife"), and the person is named or meant in the
 * quote's sentence or the one before; the rest of the paragraph names nobody else.
 */
import { RELATION_NOUNS } from '../../actors/load-lexicons.ts';
import type { Mention } from '../../actors/index.ts';
import type { Resolution } from '../../schema.ts';
import type { QuoteCue } from '../cue-types.ts';
import { genderOfWord, type Gender } from '../find-genders.ts';
import { mentionResolution } from '../resolve-subject.ts';
import { namesSomeoneElseAfter, type SieveContext } from './sieve.ts';
import voicePronounsJson from '../../lexicons/voice-pronouns.json' with { type: 'json' };
import unnamedSpeakersJson from '../../lexicons/unnamed-speakers.json' with { type: 'json' };
import anonymousSourcesJson from '../../lexicons/anonymous-sources.json' with { type: 'json' };
import verbFormsJson from '../../lexicons/verb-forms.json' with { type: 'json' };
import participlesJson from '../../lexicons/irregular-participles.json' with { type: 'json' };
import { SENTENCE_ADVERBS } from '../../actors/load-lexicons.ts';

const MALE: ReadonlySet<string> = new Set(voicePronounsJson.male);
const FEMALE: ReadonlySet<string> = new Set(voicePronounsJson.female);
const PLURAL: ReadonlySet<string> = new Set(voicePronounsJson.plural);
/** Nouns for someone the text does not name ("a neighbour", "the official"), who may be the one speaking. */
const UNNAMED_PEOPLE: ReadonlySet<string> = new Set([...unnamedSpeakersJson.people, ...unnamedSpeakersJson.handleNouns, ...anonymousSourcesJson.heads]);
const UNNAMED_DETERMINERS: ReadonlySet<string> = new Set([...unnamedSpeakersJson.personDeterminers, ...anonymousSourcesJson.backDeterminers]);

const BE: ReadonlySet<string> = new Set(verbFormsJson.beFormsWithBeing);
const IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set(participlesJson.participles);

/**
 * True when "was"/"is"/"been" and a past participle follow token `last` ("Bell was jailed",
 * "she has been banned"): something done to the person, which says nothing of who speaks next.
 */
function isPassiveAfter(tokens: readonly { lower: string }[], last: number): boolean {
  let k = last + 1;
  while (tokens[k] && (SENTENCE_ADVERBS.has(tokens[k]!.lower) || tokens[k]!.lower === 'has' || tokens[k]!.lower === 'had' || tokens[k]!.lower === 'have')) k++;
  if (!BE.has(tokens[k]?.lower ?? '')) return false;
  while (tokens[k + 1] && (BE.has(tokens[k + 1]!.lower) || SENTENCE_ADVERBS.has(tokens[k + 1]!.lower))) k++;
  const verb = tokens[k + 1]?.lower ?? '';
  return /(?:ed|en)$/.test(verb) || IRREGULAR_PARTICIPLES.has(verb);
}

/** True when the quote says "he"/"him"/"she"/"her" of someone who may be the person of gender `gender` (any, when unknown). */
function speaksOfThirdPerson(tokens: readonly { lower: string; word: boolean }[], q: QuoteCue, gender: Gender): boolean {
  for (let k = q.openToken + 1; k < q.closeToken; k++) {
    const lower = tokens[k]!.lower;
    if ((MALE.has(lower) && gender !== 'female') || (FEMALE.has(lower) && gender !== 'male')) return true;
  }
  return false;
}

/** True for a noun of a person in a relation ("wife", "widow", "lawyer", "neighbour"): "Bell's widow", "her lawyer" are someone else. */
function isPersonNoun(lower: string): boolean {
  return RELATION_NOUNS.has(lower) || UNNAMED_PEOPLE.has(lower) || (genderOfWord(lower) !== undefined && !MALE.has(lower) && !FEMALE.has(lower));
}

/** Words after which a clause, and so a subject, begins. */
const CLAUSE_BREAKS: ReadonlySet<string> = new Set(voicePronounsJson.clauseBreaks);

/**
 * True when the unnamed-person noun at `k` heads a phrase that opens a clause ("A neighbour watched",
 * "…, and one witness saw"): a subject, not a description of the person ("Then still a student, she",
 * "Ann Dee, a former minister,").
 */
function isUnnamedSubject(tokens: readonly { lower: string; text: string; sentence: number }[], k: number, nameEndsAt: ReadonlyMap<number, unknown>): boolean {
  if (tokens[k + 1]?.text === ',') return false;
  for (const d of [k - 1, k - 2]) {
    if (d < 0 || !UNNAMED_DETERMINERS.has(tokens[d]!.lower)) continue;
    const before = tokens[d - 1];
    // "Ann Dee, a former minister, …": an apposition to a name describes that person.
    if (before?.text === ',' && nameEndsAt.has(d - 2)) continue;
    if (!before || before.sentence !== tokens[d]!.sentence || CLAUSE_BREAKS.has(before.lower)) return true;
  }
  return false;
}

/** What a stretch of narrative says about people: who it names, which genders its pronouns have, and where. */
interface Reading {
  actors: Set<string>;
  mentions: Mention[];
  genders: Set<Gender>;
  /** Sentences (of the paragraph) that name or mean a person. */
  sentences: Set<number>;
  /** The first token that names or means a person (in the quote's paragraph), or Infinity. */
  earliest: number;
  /** True once the person is named or meant as the subject of an active verb, or spoke in a quote. */
  active: boolean;
  blocked: boolean;
}

/**
 * Reads the tokens `from`..`to` of one paragraph outside quotations; quotes of the paragraph with a
 * speaker count as naming that speaker.
 */
function read(context: SieveContext, position: number, from: number, to: number, reading: Reading): void {
  const { tokens } = context.paragraphs[position]!;
  for (const m of context.index[position]!.list) {
    if (m.inQuote || m.kind === 'place' || m.first < from || m.last > to) continue;
    // "Tipton's mother": the possessor's kin may be the one who speaks.
    const possessor = tokens[m.last + 1]?.lower === "'s";
    if (possessor && isPersonNoun(tokens[m.last + 2]?.lower ?? '')) reading.blocked = true;
    reading.actors.add(m.actor);
    reading.mentions.push(m);
    reading.sentences.add(tokens[m.first]!.sentence);
    reading.earliest = Math.min(reading.earliest, m.first);
    if (!possessor && !isPassiveAfter(tokens, m.last)) reading.active = true;
  }
  for (const r of context.quotes) {
    if (r.position !== position || r.openToken < from || r.closeToken > to || r.speaker === null) continue;
    reading.actors.add(r.speaker);
    reading.sentences.add(r.sentence);
    reading.earliest = Math.min(reading.earliest, r.openToken);
    reading.active = true;
  }
  for (let k = from; k <= to && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!t.word || t.quote >= 0) continue;
    if (PLURAL.has(t.lower)) reading.blocked = true;
    // "A neighbour was shaken: “I …”", "her lawyer": someone unnamed is there to speak (not "Then a student, she …").
    if (UNNAMED_PEOPLE.has(t.lower) && isUnnamedSubject(tokens, k, context.index[position]!.endAt)) reading.blocked = true;
    const gender: Gender | undefined = MALE.has(t.lower) ? 'male' : FEMALE.has(t.lower) ? 'female' : undefined;
    if (!gender) continue;
    reading.genders.add(gender);
    reading.sentences.add(t.sentence);
    reading.earliest = Math.min(reading.earliest, k);
    if ((t.lower === 'he' || t.lower === 'she') && !isPassiveAfter(tokens, k)) reading.active = true;
    // "her husband", "his daughter": someone else the text brings in.
    const owned = tokens[k + 1]?.lower ?? '';
    if ((t.lower === 'his' || t.lower === 'her') && isPersonNoun(owned)) reading.blocked = true;
  }
}

/**
 * The person the text around quote `q` is about, and how the digest knows them (their last mention
 * there, or the speaker of a quote before in the paragraph).
 *
 * @param context The article and its quotes.
 * @param q The quote.
 * @example
 * topicPerson(context, quoteOf('“born in my grandmother’s kitchen”')) // => { speaker: 'ana-ruiz', resolution: 'full-name' } after "Ana Ruiz has worked in oils, her love of it"
 */
export function topicPerson(context: SieveContext, q: QuoteCue): { speaker: string; resolution: Resolution } | undefined {
  const { quotes, paragraphs } = context;
  const { tokens } = paragraphs[q.position]!;
  let sentenceEnd = q.closeToken;
  while (sentenceEnd + 1 < tokens.length && tokens[sentenceEnd + 1]!.sentence === q.sentence) sentenceEnd++;
  // From the last quote before it in the paragraph that has a speaker: what came before that is told by that quote's cue.
  const earlier = quotes.filter((r) => r.position === q.position && r.closeToken < q.openToken && r.speaker !== null).at(-1);
  const reading: Reading = { actors: new Set(), mentions: [], genders: new Set(), sentences: new Set(), earliest: Infinity, active: false, blocked: false };
  read(context, q.position, earlier?.openToken ?? 0, sentenceEnd, reading);
  const before = reading.earliest < q.openToken;
  let recent = reading.sentences.has(q.sentence) || reading.sentences.has(q.sentence - 1);
  const narrativeBefore = tokens.some((t, k) => k < q.openToken && t.word && t.quote < 0);
  if (reading.actors.size === 0 && !earlier && q.position > 0 && (!narrativeBefore || before)) {
    // The quote opens its paragraph, or what comes before it names nobody but "he"/"she": the line before tells whose words these are, or who that is.
    const previous = paragraphs[q.position - 1]!;
    const last = previous.sentenceStarts.length - 1;
    const lastSentence = new Set<number>();
    const outer: Reading = { ...reading, sentences: lastSentence };
    read(context, q.position - 1, 0, previous.tokens.length - 1, outer);
    reading.blocked = outer.blocked;
    reading.active = outer.active;
    recent = recent || lastSentence.has(last);
  }
  // "Bell was jailed for six years. “I lost everything.”": only things done to the person are no sign of whose words these are.
  if (reading.blocked || !reading.active || reading.actors.size !== 1 || !recent) return undefined;
  const speaker = [...reading.actors][0]!;
  const mention = reading.mentions.at(-1);
  // Only a person speaks as "I"; a speaker carried from a quote is a person when the article names it as one.
  const kind = mention?.kind ?? context.index.flatMap((entry) => entry.list).find((m) => m.actor === speaker)?.kind;
  if (kind !== 'person') return undefined;
  // Every "he"/"she" is that person: of the gender the article gives them, or all of one gender.
  const gender = context.gendersOf().get(speaker) ?? 'unknown';
  if (reading.genders.size > 1 || (gender !== 'unknown' && reading.genders.size === 1 && !reading.genders.has(gender))) return undefined;
  // "Police arrested Tom Bell. “I saw him run.”": a quote that says "he"/"she" of someone who may be that person is about them.
  if (speaksOfThirdPerson(tokens, q, gender === 'unknown' ? [...reading.genders][0] ?? 'unknown' : gender)) return undefined;
  if (namesSomeoneElseAfter(context, q, speaker)) return undefined;
  return mention ? { speaker, resolution: mentionResolution(mention) } : { speaker, resolution: 'previous-quote-speaker' };
}
