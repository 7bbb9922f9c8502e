/**
 * "She is prepared to go this far:", "He was determined to add:": a participle of readiness or resolve after a form of
 * "be" and before "to" is a state of the subject, who does the verb after "to"; not a passive ("He was told:").
 */
import type { Token } from '../../actors/index.ts';
import dispositionJson from '../../lexicons/disposition-participles.json' with { type: 'json' };

/** "prepared", "determined": participles that before "to" and a verb tell the subject's own readiness. */
const DISPOSITION_PARTICIPLES: ReadonlySet<string> = new Set(dispositionJson.words);

/**
 * The participle at `k` is one of readiness or resolve, followed by "to" and a lower-case word (the verb).
 *
 * @example
 * // She is prepared to go this far:
 * isDispositionBeforeInfinitive(tokens, 2) // => true
 * // She was told to wait:
 * isDispositionBeforeInfinitive(tokens, 2) // => false
 */
export function isDispositionBeforeInfinitive(tokens: readonly Token[], k: number): boolean {
  const verb = tokens[k + 2];
  return DISPOSITION_PARTICIPLES.has(tokens[k]?.lower ?? '') && tokens[k + 1]?.lower === 'to' && verb !== undefined && verb.word && !verb.cap;
}
