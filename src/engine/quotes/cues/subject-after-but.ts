/**
 * "US Customs claimed he led the group but his lawyer, Ann Roe, told reporters it was absurd and added: “…”": a verb
 * after "and" coordinated with a verb of saying in a clause that "but" opens shares that verb's subject, not the
 * subject that opens the sentence.
 */
import { SPEECH_VERBS } from '../../actors/load-lexicons.ts';
import type { Subject } from '../cue-types.ts';
import type { Context } from './cue-context.ts';

/** Reads the subject of the verb at `verbAt` (subjectBefore, passed in to keep the import one way). */
type SubjectReader = (context: Context, verbAt: number, from: number) => Subject;

/**
 * The subject of the first verb of saying in the clause that the nearest "but" before the "and" at `andAt` opens, when
 * that verb has a subject there ("but his lawyer, Ann Roe, told reporters … and added"). Undefined otherwise (no
 * "but", no verb of saying after it, one with no subject of its own: "said it was cheap but slow and added", or another
 * "and" between).
 *
 * @param context The quote's sentence.
 * @param andAt The "and" right before the verb of saying.
 * @param subjectAt Reads the subject before a verb (subjectBefore).
 * @example
 * // Police claimed he led it but his lawyer, Ann Roe, told reporters it was absurd and added: “…”
 * subjectAfterBut(context, ‹and›, subjectBefore) // => { type: 'mention', mention: ‹Ann Roe› }
 */
export function subjectAfterBut(context: Context, andAt: number, subjectAt: SubjectReader): Subject | undefined {
  const { tokens } = context.paragraph;
  if (tokens[andAt]?.lower !== 'and') return undefined;
  let but = andAt - 1;
  while (but > context.sentenceStart && !(tokens[but]!.lower === 'but' && tokens[but]!.quote < 0)) but--;
  if (but <= context.sentenceStart) return undefined;
  for (let k = but + 2; k < andAt; k++) {
    const t = tokens[k]!;
    // Another "and" may open a clause of its own ("but residents objected, and Ms Roe told …"): left to the shared subject.
    if (t.quote >= 0 || t.lower === 'and') return undefined;
    if (!t.word || t.cap || !SPEECH_VERBS.has(t.lower) || tokens[k - 1]?.lower === 'to') continue;
    const subject = subjectAt(context, k, but + 1);
    return subject.type === 'mention' || subject.type === 'pronoun' ? subject : undefined;
  }
  return undefined;
}
