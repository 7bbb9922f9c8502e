/**
 * "“…,” Ann Roe games director at Zentec told the BBC": a lower-case noun for an event right after a name usually
 * closes an event's name ("the Leipzig International meeting"), but when a post follows it and the post goes on with
 * where it is held ("games director at", "festival organiser of"), the noun only qualifies the post, and the name
 * before it is the holder's, not an event's.
 */
import type { Token } from './01-tokenize-text.ts';
import { TITLE_HEAD_WORDS } from './load-lexicons.ts';
import prepositionsJson from '../lexicons/prepositions.json' with { type: 'json' };

/** "of", "at", "from", "within": what links a post to the body it is held in. */
const OWNER_PREPOSITIONS: ReadonlySet<string> = new Set(prepositionsJson.owner);

/** How many lower-case words may stand between the event noun and the post's head ("games systems director"). */
const MAX_WORDS_BEFORE_HEAD = 2;

/**
 * True when the event noun at `noun` opens a post held somewhere: up to two more lower-case words, a title head word
 * ("director", "organiser"), then "of"/"at"/"from"/"within". "the Sydney festival director Ann Roe" (a name after
 * the post) and "the Leipzig games in May" are false.
 *
 * @param tokens The paragraph's tokens.
 * @param noun The index of the lower-case event noun after a name.
 * @example
 * // Ann Roe games systems director at Zentec told the BBC.
 * isPostAfterEventNoun(tokens, 2) // => true
 * // the Leipzig games in May
 * isPostAfterEventNoun(tokens, 2) // => false
 */
export function isPostAfterEventNoun(tokens: readonly Token[], noun: number): boolean {
  for (let k = noun + 1; k <= noun + 1 + MAX_WORDS_BEFORE_HEAD; k++) {
    const t = tokens[k];
    if (!t?.word || t.cap) return false;
    if (TITLE_HEAD_WORDS.has(t.lower)) return OWNER_PREPOSITIONS.has(tokens[k + 1]?.lower ?? '');
  }
  return false;
}
