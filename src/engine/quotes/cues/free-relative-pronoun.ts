/**
 * "The Tories said the plan was leaked in what they describe as a “…”": "they" in a free relative clause ("what they
 * call", "what they describe as") inside the words a body's verb of saying reports is that body, the sentence's subject.
 */
import type { Mention } from '../../actors/index.ts';
import { SPEECH_VERBS } from '../../actors/load-lexicons.ts';
import pronounsJson from '../../lexicons/pronouns.json' with { type: 'json' };
import type { CueSite, Found } from './cue-context.ts';
import { ARTICLES, AUXILIARIES } from './word-sets.ts';

const FREE_RELATIVE: ReadonlySet<string> = new Set(pronounsJson.freeRelative);
const PLURAL: ReadonlySet<string> = new Set(pronounsJson.plural);
/** The kinds of actor "they" may stand for as a sentence's subject. */
const PLURAL_KINDS: ReadonlySet<string> = new Set(['organization', 'group']);

/**
 * The body or group opening the quote's sentence as the subject of a verb of saying, when the verb before the quote
 * has "they" right after "what" for its subject and nobody else is named between the two.
 *
 * @example
 * // The Greens said the rules were broken in what they called a “plain scandal”.
 * freeRelativeSpeaker(site) // => { subject: { type: 'mention', mention: ‹Greens› }, verb: 'called', rule: 'free-relative-pronoun' }
 */
export function freeRelativeSpeaker(site: CueSite): Found | undefined {
  const { before, context } = site;
  if (before?.subject.type !== 'pronoun' || !before.verb || !PLURAL.has(before.subject.pronoun) || before.subject.paragraph !== context.position) return undefined;
  const { tokens } = context.paragraph;
  const pronoun = before.subject.token;
  if (!FREE_RELATIVE.has(tokens[pronoun - 1]?.lower ?? '') || tokens[pronoun + 1]?.text !== before.verb) return undefined;
  const subject = sentenceSubject(context.mentions.list, site, pronoun - 1);
  return subject ? { subject: { type: 'mention', mention: subject }, verb: before.verb, rule: 'free-relative-pronoun' } : undefined;
}

/**
 * The one mention before `end` in the quote's sentence outside quotes: a body or group after at most an article at the
 * sentence's start, a verb of saying (an auxiliary may come between) right after it.
 */
function sentenceSubject(list: readonly Mention[], site: CueSite, end: number): Mention | undefined {
  const { tokens } = site.context.paragraph;
  const { sentenceStart } = site.context;
  const named = list.filter((m) => m.first >= sentenceStart && m.last < end && !m.inQuote);
  const subject = named[0];
  if (named.length !== 1 || !subject || !PLURAL_KINDS.has(subject.kind)) return undefined;
  let k = sentenceStart;
  while (k < subject.first && ARTICLES.has(tokens[k]!.lower)) k++;
  if (k !== subject.first) return undefined;
  let verb = subject.last + 1;
  while (verb < end && AUXILIARIES.has(tokens[verb]!.lower)) verb++;
  const saying = SPEECH_VERBS.get(tokens[verb]?.lower ?? '');
  return saying && !saying.stance ? subject : undefined;
}
