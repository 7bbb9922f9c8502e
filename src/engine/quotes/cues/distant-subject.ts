/**
 * The subject of the sentence, when the walk back from a verb of saying before a quote finds nobody: "Assembly
 * president NAME in relaying the news to parliament said, “…”", "NAME of the University of California, Los Angeles
 * disagreed with these findings: “…”". The person who opens the sentence (`sentenceSubject`) speaks when only a modifier
 * of that person — a place, a body, a phrase with no verb of its own — stands between the name and the verb: no other
 * person or pronoun, no verb, no word that opens another clause or adds another speaker ("and", "who", "with").
 */
import { SPEECH_VERBS } from '../../actors/load-lexicons.ts';
import distantSubjectJson from '../../lexicons/distant-subject.json' with { type: 'json' };
import type { Subject } from '../cue-types.ts';
import type { Context } from './cue-context.ts';
import { sentenceSubject } from './sentence-subject.ts';
import { isPronoun } from './token-tests.ts';
import { AUXILIARIES } from './word-sets.ts';

const BLOCKERS: ReadonlySet<string> = new Set(distantSubjectJson.blockers);
/** How many tokens may stand between the subject's name and the verb. */
const MAX_GAP = 16;
/** Kinds of mention that are another speaker when they stand between the subject and the verb. */
const SPEAKER_KINDS: ReadonlySet<string> = new Set(['person', 'anonymous', 'group']);

/**
 * The person who opens the sentence, when only a modifier stands between that person and the verb at `verbAt`.
 *
 * @param context The quote's context.
 * @param verbAt The verb of saying before the quote.
 * @example
 * // Assembly president Ann Roe in relaying the news to parliament said, “…”
 * distantSubject(context, 11) // => { type: 'mention', mention: ‹Ann Roe› }
 */
export function distantSubject(context: Context, verbAt: number): Subject | undefined {
  const { tokens } = context.paragraph;
  const subject = sentenceSubject(context);
  if (subject.type !== 'mention' || subject.mention.kind !== 'person' || subject.mention.inQuote) return undefined;
  const { mention } = subject;
  if (mention.last >= verbAt - 1 || verbAt - mention.last > MAX_GAP) return undefined;
  // "NAME's lawyer said", "NAME, 42, said" (read by the walk back already): only a modifier that opens with no comma or possessive.
  const after = tokens[mention.last + 1]!;
  if (!after.word) return undefined;
  for (let k = mention.last + 1; k < verbAt; k++) {
    const t = tokens[k]!;
    if (t.quote >= 0 || isPronoun(t)) return undefined;
    const other = context.mentions.startAt.get(k);
    if (other && other.actor !== mention.actor && SPEAKER_KINDS.has(other.kind)) return undefined;
    if (other) {
      k = other.last;
      continue;
    }
    // Inside a body's name the subject belongs to ("UH Mānoa's Center for Microbial Oceanography: Research and Education").
    const inName = tokens[k - 1]?.cap === true && tokens[k + 1]?.cap === true;
    if (!t.word) {
      if (t.text === ',' || t.text === '(' || t.text === ')' || t.text === ':' || (inName && /^(?:['’]s?|&)$/.test(t.text))) continue;
      return undefined;
    }
    if (t.cap || (inName && t.lower === 'and')) continue;
    if (BLOCKERS.has(t.lower) || AUXILIARIES.has(t.lower) || SPEECH_VERBS.has(t.lower) || /ed$/.test(t.lower)) return undefined;
  }
  return subject;
}
