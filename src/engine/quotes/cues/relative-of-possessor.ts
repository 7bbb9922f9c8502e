/**
 * "Mr Roe's father, Azmat, said he would call him a “hero”", "Ms Roe's wife Mary told …": a person's possessive
 * before a noun for a member of the family makes that person the owner of the relative, not the subject. When the
 * sentence's subject is read from its first mention, the relative named after the noun speaks; when the relative is
 * not named ("Mr Roe's father said"), the possessor still does not.
 */
import type { Mention } from '../../actors/index.ts';
import { KIN_NOUNS } from '../../actors/load-lexicons.ts';
import type { Subject } from '../cue-types.ts';
import type { Context } from './cue-context.ts';
import { possessiveMarkAfter } from './possessor-person.ts';

/**
 * The subject of a clause whose first mention `m` owns a family noun right after its possessive: the person named
 * right after the noun, with or without commas around the name ("Mr Roe's father, Azmat,", "Ms Roe's wife Mary");
 * nobody when the relative is not named there. Undefined when no family noun follows `m`'s possessive.
 *
 * @param context The cue's sentence.
 * @param m The first mention of the clause.
 * @example
 * // Mr Roe's father, Azmat, said he would call him a “hero”.
 * relativeOfPossessor(context, mrRoe) // => { type: 'mention', mention: ‹Azmat› }
 * // Mr Roe's father said he was a “hero”.
 * relativeOfPossessor(context, mrRoe) // => { type: 'none' }
 * // Mr Roe's plan was a “hero's” plan.
 * relativeOfPossessor(context, mrRoe) // => undefined
 */
export function relativeOfPossessor(context: Context, m: Mention): Subject | undefined {
  const { tokens } = context.paragraph;
  if (m.kind !== 'person') return undefined;
  const mark = possessiveMarkAfter(tokens, m);
  const noun = mark === undefined ? undefined : tokens[mark + 1];
  if (!noun?.word || noun.cap || noun.quote >= 0 || !KIN_NOUNS.has(noun.lower)) return undefined;
  const comma = tokens[mark! + 2]?.text === ',';
  const relative = context.mentions.startAt.get(mark! + (comma ? 3 : 2));
  if (!relative || relative.kind !== 'person' || relative.inQuote) return { type: 'none' };
  // "Mr Roe's father, Azmat, said": a name set off after a comma must be closed by one too.
  if (comma && tokens[relative.last + 1]?.text !== ',') return { type: 'none' };
  return { type: 'mention', mention: relative };
}
