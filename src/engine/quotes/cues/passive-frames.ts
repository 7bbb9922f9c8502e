/**
 * Passive frames around a quotation: "NAME was quoted as saying", "a plan described by NAME as …".
 */
import type { Mention } from '../../actors/index.ts';
import type { Subject } from '../cue-types.ts';
import honorificsJson from '../../lexicons/honorifics.json' with { type: 'json' };
import verbFormsJson from '../../lexicons/verb-forms.json' with { type: 'json' };
import type { Context, Found } from './cue-context.ts';
import { HAVE_FORMS, PASSIVE_AUXILIARIES_BEFORE, isPassive } from './passive-voice.ts';
import { subjectAfter } from './subject-after-verb.ts';
import { subjectBefore } from './subject-before-verb.ts';
import { isPronoun } from './token-tests.ts';
import { AUXILIARIES } from './word-sets.ts';

/**
 * "a pattern described by Coast Monitor as “Q”", "“Q” as said by the boy's father, NAME": a speech verb's
 * participle right after "as" or a lower-case noun, with no auxiliary, and "by" + the speaker after it.
 *
 * @example
 * // … a pattern described by Coast Monitor as “alarming”.
 * reducedPassiveAgent(context, 3, 9) // => { subject: { type: 'mention', mention: ‹Coast Monitor› }, verb: 'described' }
 */
export function reducedPassiveAgent(context: Context, k: number, to: number): Found | undefined {
  const { tokens } = context.paragraph;
  const before = tokens[k - 1];
  if (tokens[k + 1]?.lower !== 'by' || !before?.word || before.cap || isPronoun(before) || PASSIVE_AUXILIARIES_BEFORE.has(before.lower) || HAVE_FORMS.has(before.lower)) return undefined;
  if (!/(?:ed|told|said|written|called|quoted)$/.test(tokens[k]!.lower) || /ly$/.test(before.lower)) return undefined;
  const agent = subjectAfter(context, k + 2, to);
  if (agent.type !== 'mention') return undefined;
  // "The changes proposed by Lord Dee were a “…”": a finite verb after the agent makes the quote its clause's, not the participle's.
  for (let j = agent.mention.last + 1; j <= to; j++) if (tokens[j]!.word && !tokens[j]!.cap && tokens[j]!.quote < 0 && AUXILIARIES.has(tokens[j]!.lower)) return undefined;
  return { subject: agent, verb: tokens[k]!.text };
}

/**
 * "NAME was quoted as saying", "NAME is widely reported as saying": a passive verb of reporting right before
 * "as" (`at`); its subject (before the auxiliary) is the one whose words are given. Undefined when the verb is
 * active ("Politico quoted NAME as saying": its object speaks). The outlet or person that did the quoting may stand
 * between the verb and "as" ("NAME was quoted by Reuters as saying", "was quoted in The Times as saying"): it relays
 * the words, and the subject of the frame still speaks them. With no auxiliary, the reduced frame "…, with NAME quoted
 * as saying" or "NAME, quoted as saying" names its person.
 *
 * @example
 * // Ann Roe was quoted as saying …
 * passiveFrameSubject(context, 3, 0) // => { type: 'mention', mention: ‹Ann Roe› }
 * // Ann Roe was quoted by the Daily Post as saying …
 * passiveFrameSubject(context, 7, 0) // => { type: 'mention', mention: ‹Ann Roe› }
 */
export function passiveFrameSubject(context: Context, at: number, from: number): Subject | undefined {
  const { tokens } = context.paragraph;
  if (tokens[at + 1]?.lower !== 'as') return undefined;
  at = relayingAgentStart(context, at, from) ?? at;
  const t = tokens[at];
  if (!t?.word || t.cap || !REPORTING_PARTICIPLES.has(t.lower)) return undefined;
  if (!isPassive(tokens, at, from)) {
    const reduced = reducedFramePerson(context, at, from);
    return reduced ? { type: 'mention', mention: reduced } : undefined;
  }
  const subject = subjectBefore(context, at, from);
  return subject.type === 'none' ? undefined : subject;
}
/** Prepositions that bring in who relayed the words of a passive frame: "quoted by Reuters", "quoted in The Times". */
const RELAYING_PREPOSITIONS: ReadonlySet<string> = new Set(['by', 'in']);
/** How many tokens the relaying agent between "by"/"in" and "as" may run to ("the Sydney Morning Herald newspaper"). */
const MAX_RELAYING_AGENT = 8;

/**
 * The index of the participle of reporting before a relaying agent that ends right before "as" (at `at`): "quoted by
 * Reuters", "reported in the Sydney Morning Herald newspaper", "quoted by local media". The agent is a run of at most
 * eight words after "by" or "in", with no comma, quote or other mark, and no verb of its own (an auxiliary or a
 * participle of reporting). Undefined when no such agent stands there.
 */
function relayingAgentStart(context: Context, at: number, from: number): number | undefined {
  const { tokens } = context.paragraph;
  for (let k = at; k > from && k >= at - MAX_RELAYING_AGENT; k--) {
    const t = tokens[k]!;
    if (!t.word || t.quote >= 0 || (!t.cap && (AUXILIARIES.has(t.lower) || REPORTING_PARTICIPLES.has(t.lower)))) return undefined;
    if (t.cap || !RELAYING_PREPOSITIONS.has(t.lower) || k === at) continue;
    const verb = tokens[k - 1];
    return verb?.word && !verb.cap && verb.quote < 0 && REPORTING_PARTICIPLES.has(verb.lower) ? k - 1 : undefined;
  }
  return undefined;
}

/** "quoted", "reported", "cited": participles of a passive frame "was quoted as saying" whose subject speaks. */
const REPORTING_PARTICIPLES: ReadonlySet<string> = new Set(verbFormsJson.reportingParticiples);

/**
 * The person of a reduced passive frame with no auxiliary before the participle at `at`: named right after "with"
 * ("…, with Mr Roe quoted as saying") or set off by a comma right before it ("Mr Roe, quoted as saying"). Undefined
 * for anything else ("the figures, quoted as showing" names no person; "Politico quoted Mr Roe as" is active).
 *
 * @example
 * // The firm warned of cuts, with Mr Roe quoted as saying that …
 * reducedFramePerson(context, 9, 0) // => ‹Mr Roe›
 */
function reducedFramePerson(context: Context, at: number, from: number): Mention | undefined {
  const { tokens } = context.paragraph;
  const comma = tokens[at - 1]?.text === ',';
  const person = context.mentions.endAt.get(comma ? at - 2 : at - 1);
  if (!person || person.kind !== 'person' || person.inQuote || person.first < from) return undefined;
  if (comma) return person;
  // "with Mr Roe": past an honorific the name leaves out.
  let j = person.first - 1;
  if (tokens[j]?.text === '.') j--;
  if (HONORIFICS.has(tokens[j]?.lower ?? '')) j--;
  return tokens[j]?.lower === 'with' ? person : undefined;
}
/** "Mr", "Dr": forms of address before a surname. */
const HONORIFICS: ReadonlySet<string> = new Set(honorificsJson.honorifics);
