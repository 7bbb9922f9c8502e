/**
 * "Mr Roe was asked why the plant closed. He replied: “…”": the person a sentence says was asked answers, when the
 * next sentence opens on "he" or "she" and a verb of answering.
 */
import type { Mention } from '../../actors/index.ts';
import replyVerbsJson from '../../lexicons/reply-verbs.json' with { type: 'json' };
import { genderOfWord } from '../find-genders.ts';
import type { CueSite, Found } from './cue-context.ts';

const ASKED: ReadonlySet<string> = new Set(replyVerbsJson.asked);
const PERFECT_AUXILIARIES: ReadonlySet<string> = new Set(replyVerbsJson.perfectAuxiliaries);
const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(replyVerbsJson.passiveAuxiliaries);
const REPLIES: ReadonlySet<string> = new Set(replyVerbsJson.replies);
const PRONOUN_GENDERS: ReadonlyMap<string, string> = new Map([['he', 'male'], ['she', 'female']]);

/**
 * The person asked in the sentence before, for a quote whose verb before it is a verb of answering with "he" or "she"
 * opening its sentence. The person asked must be the first named in that sentence, with "was asked" right after the
 * name; a courtesy title or gendered noun before the name must fit the pronoun, and without one nobody else may be
 * named there.
 *
 * @example
 * // Mr Roe was asked why Mr Vale had left. He replied: “It was time.”
 * askedOneReplies(site) // => { subject: { type: 'mention', mention: ‹Mr Roe› }, verb: 'replied', rule: 'asked-one-replies' }
 */
export function askedOneReplies(site: CueSite): Found | undefined {
  const { before, context } = site;
  if (before?.subject.type !== 'pronoun' || !before.verb || before.subject.paragraph !== context.position) return undefined;
  const { tokens } = context.paragraph;
  const pronoun = before.subject.token;
  const wanted = PRONOUN_GENDERS.get(before.subject.pronoun);
  if (!wanted || pronoun !== context.sentenceStart || !REPLIES.has(tokens[pronoun + 1]?.lower ?? '') || tokens[pronoun + 1]!.text !== before.verb) return undefined;
  const sentence = tokens[pronoun]!.sentence;
  if (sentence === 0) return undefined;
  const asked = personAsked(site, sentence - 1, wanted);
  return asked ? { subject: { type: 'mention', mention: asked }, verb: before.verb, rule: 'asked-one-replies' } : undefined;
}

/** The first person named in sentence `s` of the quote's paragraph, with "was asked" or "had been asked" right after the name. */
function personAsked(site: CueSite, s: number, wanted: string): Mention | undefined {
  const { tokens } = site.context.paragraph;
  const named = site.context.mentions.list.filter((m) => !m.inQuote && tokens[m.first]!.sentence === s);
  const asked = named[0];
  if (!asked || asked.kind !== 'person') return undefined;
  let k = asked.last + 1;
  if (PERFECT_AUXILIARIES.has(tokens[k]?.lower ?? '')) k++;
  if (!PASSIVE_AUXILIARIES.has(tokens[k]?.lower ?? '')) return undefined;
  k++;
  if (!ASKED.has(tokens[k]?.lower ?? '')) return undefined;
  const gender = genderOfWord(tokens[asked.first]!.lower) ?? genderOfWord(tokens[asked.first - 1]?.lower ?? '');
  if (gender !== undefined) return gender === wanted ? asked : undefined;
  return named.some((m) => m.kind === 'person' && m.actor !== asked.actor) ? undefined : asked;
}
