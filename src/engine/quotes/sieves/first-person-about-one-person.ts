/**
 * Sieve: a quote in the first person ("I", "my") with no cue of its own, in narrative about one person
 * only, is that person's — "Then just 19, she saw the role as a “chance to face my demons.” “I was
 * in a competitive program.”", "Ana Ruiz has painted for years, her love of it “born in my
 * grandmother's kitchen.”", "And the minister Ana Ruiz recalled her first week. ⏎ “When I arrived …”".
 * The text it reads: its paragraph up to the end of the quote's sentence (from the last quote of the
 * paragraph that has a speaker, whose speaker counts as named there), or, when that names nobody
 * before the quote, the line before. Every actor named there outside quotations is the same person,
 * every "he"/"she" fits that person, no "they", nobody's kin ("his wife"), and the person is named or
 * meant in the quote's sentence or the one before; the rest of the paragraph names nobody else.
 */
import { RELATION_NOUNS } from '../../actors/load-lexicons.ts';
import type { QuoteCue } from '../cue-types.ts';
import { genderOfWord, type Gender } from '../find-genders.ts';
import { mentionResolution } from '../resolve-subject.ts';
import { isPointedBackAt, namesSomeoneElseAfter, type Sieve, type SieveContext } from './sieve.ts';
import voicePronounsJson from '../../lexicons/voice-pronouns.json' with { type: 'json' };
import spanishJson from '../../lexicons/spanish-function-words.json' with { type: 'json' };
import type { Mention } from '../../actors/index.ts';

const FIRST_SINGULAR: ReadonlySet<string> = new Set(voicePronounsJson.firstSingular);
const MALE: ReadonlySet<string> = new Set(voicePronounsJson.male);
const FEMALE: ReadonlySet<string> = new Set(voicePronounsJson.female);
const PLURAL: ReadonlySet<string> = new Set(voicePronounsJson.plural);
const ENGLISH: ReadonlySet<string> = new Set(voicePronounsJson.englishMarkers);
const SPANISH: ReadonlySet<string> = new Set(spanishJson.words);

/**
 * True when the quote's own words speak in the first person singular, in English: an English
 * function word in it, and under a fifth of its words Spanish ones ("I si no …" is Catalan).
 */
function speaksAsI(context: SieveContext, q: QuoteCue): boolean {
  const { tokens } = context.paragraphs[q.position]!;
  let first = false;
  let english = false;
  let words = 0;
  let spanish = 0;
  for (let k = q.openToken + 1; k < q.closeToken; k++) {
    const t = tokens[k]!;
    if (!t.word) continue;
    words++;
    if (FIRST_SINGULAR.has(t.lower)) first = true;
    if (ENGLISH.has(t.lower)) english = true;
    if (SPANISH.has(t.lower)) spanish++;
  }
  return first && english && spanish < 0.2 * words;
}

/**
 * True when the quote's sentence has a speech verb of its own with a subject the digest could not
 * place: a pronoun the resolver left open on purpose ("When Ann Rowe arrived, she said “…”"), or
 * words before a finite verb ("The mother said “…”"). A participle ("…, calling it “…”") has the
 * sentence's subject, which the sieve reads anyway.
 */
function hasUnplacedSubject(context: SieveContext, q: QuoteCue): boolean {
  if (q.subject.type === 'pronoun') return true;
  if (q.verb === undefined || q.verb.endsWith('ing')) return false;
  const { tokens } = context.paragraphs[q.position]!;
  return tokens.some((t) => t.sentence === q.sentence && t.word && t.quote < 0 && t.lower !== q.verb);
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
    if (tokens[m.last + 1]?.lower === "'s" && RELATION_NOUNS.has(tokens[m.last + 2]?.lower ?? '')) reading.blocked = true;
    reading.actors.add(m.actor);
    reading.mentions.push(m);
    reading.sentences.add(tokens[m.first]!.sentence);
    reading.earliest = Math.min(reading.earliest, m.first);
  }
  for (const r of context.quotes) {
    if (r.position !== position || r.openToken < from || r.closeToken > to || r.speaker === null) continue;
    reading.actors.add(r.speaker);
    reading.sentences.add(r.sentence);
    reading.earliest = Math.min(reading.earliest, r.openToken);
  }
  for (let k = from; k <= to && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!t.word || t.quote >= 0) continue;
    if (PLURAL.has(t.lower)) reading.blocked = true;
    const gender: Gender | undefined = MALE.has(t.lower) ? 'male' : FEMALE.has(t.lower) ? 'female' : undefined;
    if (!gender) continue;
    reading.genders.add(gender);
    reading.sentences.add(t.sentence);
    reading.earliest = Math.min(reading.earliest, k);
    // "her husband", "his daughter": someone else the text brings in.
    const owned = tokens[k + 1]?.lower ?? '';
    if ((t.lower === 'his' || t.lower === 'her') && (RELATION_NOUNS.has(owned) || (genderOfWord(owned) !== undefined && !MALE.has(owned) && !FEMALE.has(owned)))) reading.blocked = true;
  }
}

/**
 * @example
 * // "Ana Ruiz has painted for years. “I started in my grandmother's kitchen.”" → ana-ruiz
 */
export const firstPersonAboutOnePerson: Sieve = {
  rule: 'first-person-about-one-person',
  attribute(context, i) {
    const { quotes, paragraphs } = context;
    const q = quotes[i]!;
    if (!speaksAsI(context, q) || hasUnplacedSubject(context, q) || isPointedBackAt(context, q)) return undefined;
    const { tokens } = paragraphs[q.position]!;
    let sentenceEnd = q.closeToken;
    while (sentenceEnd + 1 < tokens.length && tokens[sentenceEnd + 1]!.sentence === q.sentence) sentenceEnd++;
    // From the last quote before it in the paragraph that has a speaker: what came before that is told by that quote's cue.
    const earlier = quotes.filter((r) => r.position === q.position && r.closeToken < q.openToken && r.speaker !== null).at(-1);
    const reading: Reading = { actors: new Set(), mentions: [], genders: new Set(), sentences: new Set(), earliest: Infinity, blocked: false };
    read(context, q.position, earlier?.openToken ?? 0, sentenceEnd, reading);
    const before = reading.earliest < q.openToken;
    let recent = reading.sentences.has(q.sentence) || reading.sentences.has(q.sentence - 1);
    if ((!before || reading.actors.size === 0) && !earlier && q.position > 0) {
      // Nothing before the quote in its paragraph names anyone: the line before tells whose words these are, or who "she" is.
      const previous = paragraphs[q.position - 1]!;
      const last = previous.sentenceStarts.length - 1;
      const lastSentence = new Set<number>();
      const outer: Reading = { ...reading, sentences: lastSentence };
      read(context, q.position - 1, 0, previous.tokens.length - 1, outer);
      reading.blocked = outer.blocked;
      recent = recent || lastSentence.has(last);
    }
    if (reading.blocked || reading.actors.size !== 1 || !recent) return undefined;
    const speaker = [...reading.actors][0]!;
    const mention = reading.mentions.at(-1);
    // Only a person speaks as "I"; a speaker carried from a quote is a person when the article names it as one.
    const kind = mention?.kind ?? context.index.flatMap((entry) => entry.list).find((m) => m.actor === speaker)?.kind;
    if (kind !== 'person') return undefined;
    // Every "he"/"she" is that person: of the gender the article gives them, or all of one gender.
    const gender = context.gendersOf().get(speaker) ?? 'unknown';
    if (reading.genders.size > 1 || (gender !== 'unknown' && reading.genders.size === 1 && !reading.genders.has(gender))) return undefined;
    if (namesSomeoneElseAfter(context, q, speaker)) return undefined;
    return mention ? { speaker, resolution: mentionResolution(mention), cue: 'floating' } : { speaker, resolution: 'previous-quote-speaker', cue: 'floating' };
  },
};
