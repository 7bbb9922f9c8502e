/**
 * Coordinated predicates: "But the prime minister said he had discussed the claims and dismissed them as a “…”",
 * "One of the groups, the Western Front (WF), opposed the move and said it had “…”": a verb right after "and" with
 * no subject of its own shares the subject of the verb that opens the sentence's predicate.
 */
import { SPEECH_VERBS } from '../../actors/load-lexicons.ts';
import type { Subject } from '../cue-types.ts';
import type { Context } from './cue-context.ts';

/** Reads the subject of the verb at `verbAt` (subjectBefore, passed in to keep the import one way). */
type SubjectReader = (context: Context, verbAt: number, from: number) => Subject;

/** Words before a verb that put it in a clause of its own ("who said", "to say", "that called"). */
const CLAUSE_MARKERS: ReadonlySet<string> = new Set(['who', 'which', 'that', 'to', 'whom', 'whose']);

/**
 * The first verb of the sentence before the "and" at `andAt` — the sentence's first lower-case word that is a verb of
 * saying or a past form in -ed, outside quotation marks and no relative or infinitive — when it has a subject, and
 * no person is named between it and "and" (the clause it reports may have a subject of its own: "NAME said Mr Roe
 * had called and dismissed …"); that subject is the subject of the verb after "and". Undefined otherwise.
 *
 * @example
 * // But the prime minister said he had discussed the claims and dismissed them as a “load of rubbish”.
 * firstConjunctSubject(context, ‹and›, subjectBefore) // => { type: 'epithet', … } (the prime minister)
 */
export function firstConjunctSubject(context: Context, andAt: number, subjectAt: SubjectReader): Subject | undefined {
  const { tokens } = context.paragraph;
  if (tokens[andAt]?.lower !== 'and') return undefined;
  for (let k = context.sentenceStart + 1; k < andAt; k++) {
    const t = tokens[k]!;
    if (t.quote >= 0) return undefined;
    if (!t.word || t.cap) continue;
    const verb = SPEECH_VERBS.has(t.lower) || (t.lower.length >= 5 && /[^e]ed$|eed$|ied$/.test(t.lower));
    if (!verb) continue;
    if (CLAUSE_MARKERS.has(tokens[k - 1]?.lower ?? '')) return undefined;
    for (let m = k + 1; m < andAt; m++) {
      const named = context.mentions.startAt.get(m);
      if (tokens[m]!.quote >= 0 || (named && named.kind === 'person' && !named.inQuote)) return undefined;
    }
    const subject = subjectAt(context, k, context.sentenceStart);
    return subject.type === 'none' ? undefined : subject;
  }
  return undefined;
}
