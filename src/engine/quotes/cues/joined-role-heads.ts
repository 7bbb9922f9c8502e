/**
 * "the feminist writer and broadcaster", "the actor and film director": two role nouns joined by "and" with no
 * article, possessive or name after it describe one person, as the first noun alone would ("the feminist writer").
 * "the writer and the broadcaster", "the actor and his wife", "the singer and Jo Roe" are two people.
 */
import type { Token } from '../../actors/index.ts';
import { EPITHET_HEADS, TITLE_HEAD_WORDS } from '../../actors/load-lexicons.ts';
import determinersJson from '../../lexicons/determiners.json' with { type: 'json' };
import titlesJson from '../../lexicons/titles.json' with { type: 'json' };
import type { Context } from './cue-context.ts';

/** Words after "and" that open another person's phrase ("and his agent", "and the producer", "and a friend", "and fellow judge"). */
const NOT_MODIFIERS: ReadonlySet<string> = new Set([...determinersJson.openingAnObject, ...determinersJson.partOfAGroup, ...determinersJson.indefinites, ...titlesJson.peerWords]);

/** Plain words allowed between "and" and the second role noun ("the actor and film director"). */
const MAX_SECOND_MODIFIERS = 1;

/** A lower-case role noun: an epithet's head ("writer", "actor") or a title's head ("broadcaster", "producer"). */
function isRoleNoun(t: Token | undefined): boolean {
  return t !== undefined && t.word && !t.cap && (EPITHET_HEADS.has(t.lower) || TITLE_HEAD_WORDS.has(t.lower));
}

/**
 * The index of the second role noun joined by "and" to the epithet head at `head`, when at most `end`; -1 when none.
 * Between "and" and the noun stands at most one lower-case word that is no role noun itself and names no actor.
 *
 * @example
 * // … the feminist writer and broadcaster said …   (writer = 3, broadcaster = 5)
 * joinedRoleEnd(context, 3, 5) // => 5
 * // … the writer and the broadcaster said …
 * joinedRoleEnd(context, 2, 5) // => -1
 */
export function joinedRoleEnd(context: Context, head: number, end: number): number {
  const { tokens } = context.paragraph;
  if (tokens[head + 1]?.lower !== 'and') return -1;
  for (let k = head + 2; k <= end && k <= head + 2 + MAX_SECOND_MODIFIERS; k++) {
    const t = tokens[k];
    if (!t?.word || t.cap || t.quote >= 0 || context.mentions.startAt.has(k)) return -1;
    if (isRoleNoun(t)) {
      const next = tokens[k + 1];
      // "the actor and director Ann Roe": a name right after belongs to the second role, not to the first.
      return next?.word && context.mentions.startAt.has(k + 1) ? -1 : k;
    }
    // A modifier: not an article or possessive ("the actor and his manager"), read as a lower-case non-role word.
    if (!/^[a-z][a-z-]*$/.test(t.lower) || NOT_MODIFIERS.has(t.lower)) return -1;
  }
  return -1;
}
