/**
 * Sieve: a quote in the first person ("I", "my") with no cue of its own, in narrative about one person
 * only, is that person's — "Then just 19, she saw the role as a “chance to face my demons.” “I was
 * in a competitive program.”", "Ana Ruiz has painted for years, her love of it “born in my
 * grandmother's kitchen.”", "And the minister Ana Ruiz recalled her first week. ⏎ “When I arrived …”".
 * Who that person is: `topicPerson` (topic-person.ts).
 */
import type { QuoteCue } from '../cue-types.ts';
import { isPointedBackAt, type Sieve, type SieveContext } from './sieve.ts';
import { topicPerson } from './topic-person.ts';
import voicePronounsJson from '../../lexicons/voice-pronouns.json' with { type: 'json' };
import spanishJson from '../../lexicons/spanish-function-words.json' with { type: 'json' };

const FIRST_SINGULAR: ReadonlySet<string> = new Set(voicePronounsJson.firstSingular);
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

/**
 * @example
 * // "Ana Ruiz has painted for years. “I started in my grandmother's kitchen.”" → ana-ruiz
 */
export const firstPersonAboutOnePerson: Sieve = {
  rule: 'first-person-about-one-person',
  attribute(context, i) {
    const q = context.quotes[i]!;
    if (!speaksAsI(context, q) || hasUnplacedSubject(context, q) || isPointedBackAt(context, q)) return undefined;
    const topic = topicPerson(context, q);
    return topic && { ...topic, cue: 'floating' };
  },
};
