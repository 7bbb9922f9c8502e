/**
 * Cues before a quotation: "NAME said: “Q”", "NAME said there was “Q”", "…, calling it “Q”", "quoted NAME as
 * saying “Q”", "described the plan as “Q”": the speech verb closest before the quote.
 */
import type { AttributionRule } from '../../schema.ts';
import type { Token } from '../../actors/index.ts';
import { OBJECT_SPEAKER_VERBS, SPEECH_VERBS } from '../../actors/load-lexicons.ts';
import perceptionJson from '../../lexicons/perception-verbs.json' with { type: 'json' };
import remarkNounsJson from '../../lexicons/remark-nouns.json' with { type: 'json' };
import { objectLedToSpeak } from './object-led-to-speak.ts';
import causativeVerbsJson from '../../lexicons/causative-verbs.json' with { type: 'json' };
import type { Subject } from '../cue-types.ts';
import prepositionsJson from '../../lexicons/prepositions.json' with { type: 'json' };
import speechVerbsJson from '../../lexicons/speech-verbs.json' with { type: 'json' };
import type { Context, Found } from './cue-context.ts';
import { passiveFrameSubject, reducedPassiveAgent } from './passive-frames.ts';
import { isPassive } from './passive-voice.ts';
import { subjectAfter } from './subject-after-verb.ts';
import { subjectBefore, unnamedNounPhraseStart, withUnnamedSubject } from './subject-before-verb.ts';
import { DASHES, asideOpening, isNounByDeterminer, isPronoun } from './token-tests.ts';
import { ARTICLES, AUXILIARIES, RELATIVE_WORDS, SPEAKING_KINDS } from './word-sets.ts';
import { distantSubject } from './distant-subject.ts';
import { inFrontedSubordinateClause } from './fronted-subordinate-clause.ts';
import { closesSetOffTeller } from './set-off-teller.ts';
import { deniesClaimBefore } from './denied-claim-clause.ts';
import { qualifiesQuotedPhrase } from './contact-relative-clause.ts';
import { documentPhraseBefore } from './document-phrases.ts';
import { personOfCoordinatedAffiliation } from './coordinated-affiliation.ts';

/**
 * `NAME said: "Q"`, `NAME said there was "Q"`, `…, calling it "Q"`: the speech verb closest before the quote.
 *
 * @example
 * // Ann Roe said: “We lost.”
 * findBeforeCue(context, 0, 3) // => { subject: { type: 'mention', mention: ‹Ann Roe› }, verb: 'said' }
 */
export function findBeforeCue(context: Context, from: number, to: number): Found | undefined {
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
      // "NAME cited the regime's “ongoing repression” as his motive": the quote is a thing of the possessor's, named in
      // words that may be the citer's or the possessor's own; who speaks stays unclear.
      if (cited.type === 'mention' && cited.mention.last + 1 === to && tokens[to]!.lower === "'s") return { subject: { type: 'none' }, verb: t.text };
      // "Thomas Gray, 24, who cited only his experience of rugby: “…”": nobody cited, the person who cites speaks.
      if (cited.type === 'none' && tokens[k - 1]?.lower === 'who') return { subject: subjectBefore(context, k, context.sentenceStart), verb: t.text };
      return { subject: cited, verb: t.text };
    }
    const putsIt = (t.lower === 'put' || t.lower === 'puts') && tokens[k + 1]?.lower === 'it'; // "as she puts it"
    const verb = SPEECH_VERBS.get(t.lower);
    if (!verb && !putsIt && !stanceAs) continue;
    if (verb && isNounByDeterminer(tokens, k)) continue;
    // "NAME dismissed claims that his plan was “Q”": words the subject disowns are never the subject's; nobody here.
    if (verb && !stanceAs && deniesClaimBefore(tokens, k, to)) return { subject: { type: 'none' }, verb: t.text };
    // "NAME, during his message to the assembly read out on Monday, offered …: “Q”": a participle inside a phrase set off
    // by commas is no verb of the clause.
    if (verb && !stanceAs && insidePrepositionalAside(tokens, k, context.sentenceStart, to)) continue;
    // "NPR reported the claims, with the editor describing “…”": a participle with an unnamed subject of its own; nobody here.
    if (verb && /ing$/.test(t.lower) && withUnnamedSubject(context, k - 1, context.sentenceStart)) return { subject: { type: 'none' }, verb: t.text };
    // "the White House said Biden believes the “…”": a stance verb inside a reported clause; the verb of saying before it speaks.
    if (verb?.stance && !stanceAs && isReportedClause(tokens, k, context.sentenceStart)) continue;
    // "NAME told MPs that the US had agreed to release them after “…”": a verb of saying with an infinitive after it, in the
    // clause another verb of saying reports, tells of a deed there, not of these words; the outer verb's subject speaks.
    if (verb && !stanceAs && tokens[k + 1]?.lower === 'to' && tokens[k + 2]?.word && !tokens[k + 2]!.cap && tokens[k + 2]!.quote < 0 && isReportedClause(tokens, k, context.sentenceStart)) continue;
    // "recounted how the allies helped Ukraine defend itself, … and ensure that “Q”": a bare infinitive after a causative
    // verb and its object, in the clause another verb of saying reports, tells of a deed; the outer verb's subject speaks.
    if (verb && !stanceAs && afterCausativeObject(context, k) && isReportedClause(tokens, k, context.sentenceStart)) continue;
    // "When NAME confesses to it, the narrator assures him “Q”": a verb inside a fronted subordinate clause; nobody here.
    if (verb && !stanceAs && inFrontedSubordinateClause(tokens, k, context.sentenceStart, to)) return { subject: { type: 'none' }, verb: t.text };
    // "He said the man shouted: “Q”": a verb of saying right before the colon of a direct quote, its own subject a common
    // noun's phrase opening the clause another verb of saying reports: the words are that unnamed person's; nobody here.
    // Not when the words before the verb are a document phrase whose agent a participle phrase follows ("A statement from
    // Acme explaining the decision read:"): the document speaks for its owner.
    if (verb && !stanceAs && k === to - 1 && tokens[to]?.text === ':' && opensReportedClause(context, unnamedNounPhraseStart(context, k - 1, context.sentenceStart)) && !documentPhraseBefore(context, k - 1, context.sentenceStart)) return { subject: { type: 'none' }, verb: t.text };
    // "Backlash led Biden to express “Q”", "…, prompting him to quip he was “Q”": the object made to speak speaks.
    const led = verb && !stanceAs ? objectLedToSpeak(context, k, context.sentenceStart) : undefined;
    if (led) return { subject: led, verb: t.text, rule: 'object-led-to-speak' };
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
    // "NAME of ORG and contributor to ORG2 wrote, “…”": a second post joined by "and" is the person's, not ORG2 speaking (cues/coordinated-affiliation.ts).
    const affiliated = verb ? personOfCoordinatedAffiliation(context, k, context.sentenceStart) : undefined;
    if (affiliated) return { subject: { type: 'mention', mention: affiliated }, verb: t.text, rule: 'person-of-coordinated-affiliation' };
    // "NAME told reporters", "told the BBC": the object of a listener verb is never the speaker.
    const stanceRule: AttributionRule | undefined = stanceAs ? 'stance-verb-as-quote' : verb?.stance ? 'stance-verb-quote' : undefined;
    const found: Found = { subject: subjectBefore(context, k, context.sentenceStart), verb: t.text, ...(stanceRule ? { rule: stanceRule } : {}) };
    // "NAME said instead of the “cuts” the council had promised, there were “rises”": the council's verb qualifies the
    // earlier quoted phrase; the verb of saying that reports the whole clause speaks.
    if (verb && !stanceAs && found.subject.type === 'mention' && qualifiesQuotedPhrase(tokens, k, found.subject.mention.first, to) && isReportedClause(tokens, k, context.sentenceStart)) continue;
    // "reflects this view in Ballot Access News comments:": after a preposition, NAME + "comments" is a noun phrase.
    if (found.subject.type === 'mention' && found.subject.mention.last === k - 1 && /s$/.test(t.lower) && NOUN_PREPOSITIONS.has(tokens[found.subject.mention.first - 1]?.lower ?? '')) continue;
    // "Academics from the Institute of Education at London University found that “…”": a verb of stance whose subject
    // was reached through a preposition that post-modifies a noun ("at", "from") names the body of the people who hold
    // the view, and maybe the wrong one of two; nobody here.
    if (verb?.stance && !stanceAs && found.subject.type === 'mention' && POST_MODIFYING.has(tokens[found.subject.mention.first - (tokens[found.subject.mention.first - 1]?.lower === 'the' ? 2 : 1)]?.lower ?? '')) return { subject: { type: 'none' }, verb: t.text };
    if (found.subject.type !== 'none') return found;
    // "… through the courts which, said Mr Hopkins, “is part of it”": a speaker set between commas after the verb
    // (also with where they work: "…, said Dan Roe of Harlow Bank in Leeds, were “…”", cues/set-off-teller.ts).
    if (tokens[k - 1]?.text === ',' && verb && !verb.listener) {
      const inverted = subjectAfter(context, k + 1, to);
      if (inverted.type === 'mention' && closesSetOffTeller(context, inverted.mention)) return { subject: inverted, verb: t.text, ...(tokens[inverted.mention.last + 1]?.text === ',' ? {} : { rule: 'set-off-teller' as const }) };
    }
    // "Assembly president NAME in relaying the news to parliament said, “…”": the verb nearest the quote, its clause
    // ending in a comma or colon right before it, and the sentence's subject past a modifier.
    if (!first && verb && !stanceAs && /^[,:]$/.test(tokens[to]?.text ?? '') && !verbBetween(tokens, k + 1, to)) {
      const distant = distantSubject(context, k);
      if (distant) return { subject: distant, verb: t.text };
    }
    // "NAME confirmed the review follows a report which branded the law “a mess”": the inner verb's subject is the
    // relative clause's head, a thing the article does not name; not the outer speaker.
    if (verb && !first && tokens[k - 1]?.lower === 'which') return { subject: { type: 'none' }, verb: t.text };
    // "NAME said the two had argued “…”": the inner verb has no subject of its own; the outer one speaks.
    if (first) return first;
    // "Amy Hart recalled her father telling her: “…”": after a verb of perceiving, the participle is its object's.
    if (t.lower.endsWith('ing') && isPerceivedSpeech(tokens, k, context.sentenceStart)) return { ...found, unnamed: true };
    first = found;
  }
  return first;
}

const CAUSATIVE_VERBS: ReadonlySet<string> = new Set(causativeVerbsJson.verbs);

/** True when a verb of saying, an auxiliary or a quotation stands between `from` and `to` ("said it had warned: “…”"). */
function verbBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.quote >= 0 || (t.word && !t.cap && (SPEECH_VERBS.has(t.lower) || AUXILIARIES.has(t.lower)))) return true;
  }
  return false;
}

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

/**
 * The determiner at `at` opens the clause a verb of saying (not of stance) reports, right after that verb or its
 * "that" ("said the man", "said that the man"); false for -1.
 *
 * @example
 * // "He said the man shouted: “…”", `at` the token "the"
 * opensReportedClause(context, 2) // => true
 */
function opensReportedClause(context: Context, at: number): boolean {
  const { tokens } = context.paragraph;
  if (at < 0) return false;
  const before = tokens[at - 1]?.lower === 'that' ? at - 2 : at - 1;
  const t = tokens[before];
  if (before < context.sentenceStart || !t?.word || t.cap || t.quote >= 0) return false;
  const verb = SPEECH_VERBS.get(t.lower);
  return verb !== undefined && !verb.stance && !verb.listener && !isNounByDeterminer(tokens, before);
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

const ASIDE_PREPOSITIONS: ReadonlySet<string> = new Set(prepositionsJson.openingAnAside);
/** How many tokens each side of the verb an aside may run to its commas. */
const MAX_ASIDE_BEFORE = 14;
const MAX_ASIDE_AFTER = 8;

/**
 * ", during his message to the assembly read out on Monday,": the verb at `k` stands in a phrase that a comma and a
 * preposition of `openingAnAside` open (at most fourteen tokens before it, no other comma or quotation between) and a
 * comma closes (at most eight tokens after it, before `to`, no quotation between), in the middle of its sentence.
 */
function insidePrepositionalAside(tokens: readonly Token[], k: number, from: number, to: number): boolean {
  let open = k - 1;
  for (; open > from && open >= k - MAX_ASIDE_BEFORE; open--) {
    const t = tokens[open]!;
    if (t.quote >= 0 || t.text === ';' || t.text === ':') return false;
    if (t.text === ',') break;
  }
  if (tokens[open]?.text !== ',' || open <= from || !ASIDE_PREPOSITIONS.has(tokens[open + 1]?.lower ?? '') || tokens[open + 1]!.cap) return false;
  for (let close = k + 1; close <= to && close <= k + MAX_ASIDE_AFTER; close++) {
    const t = tokens[close]!;
    if (t.quote >= 0 || t.text === ';' || t.text === ':') return false;
    if (t.text === ',') return close > k + 1;
  }
  return false;
}

/** Prepositions before "NAME comments" that make the pair a noun phrase. */
const NOUN_PREPOSITIONS: ReadonlySet<string> = new Set(prepositionsJson.afterANoun);
/** Prepositions that open a phrase after a noun ("researchers at", "academics from"). */
const POST_MODIFYING: ReadonlySet<string> = new Set(prepositionsJson.postModifying);
