/**
 * Stage 2 for "One of them said": the speaker is a member of a group the text has just named
 * ("Two European diplomats said … One of them said …"). The digest names that member by the group
 * ("European diplomats"), or by the member the text already named ("One of the children said …" ⏎
 * "One of them even went as far as to say …": the same unnamed member of the group).
 */
import type { Mention, TokenizedParagraph } from '../actors/index.ts';
import type { MentionIndex } from './cue-types.ts';

/** The subject a cue records for "One of them" (a pronoun still to resolve, like "they"). */
export const ONE_OF_THEM = 'one of them';

/** What the resolution reads: the article's paragraphs and their mentions. */
export interface GroupContext {
  paragraphs: readonly TokenizedParagraph[];
  index: readonly MentionIndex[];
}

/** How many paragraphs before its own the group of "One of them" may be named in. */
const MAX_BACK = 1;

/**
 * The actor "One of them" stands for: in the nearest sentence before it (its own paragraph, then the one
 * before) that names an actor outside quotes, the one group that sentence names as its subject (its first
 * mention) — a named group, people described in the plural ("Two European diplomats"), or a member of a
 * group ("One of the children"). Nothing when that sentence opens with anyone else or names more than one
 * group: a wrong member is worse than none.
 *
 * @param context The article's paragraphs and mentions.
 * @param position The paragraph of "One of them".
 * @param token The token of its "One".
 * @returns The actor's id, or undefined.
 * @example
 * // "Two European diplomats said the talks would go on. One of them said sanctions were “not on the table”."
 * memberOfGroupBefore(context, 0, 12) // => 'european-diplomats'
 * // "Ann Lee and two aides said it was over. One of them said …" → undefined (a person and a group)
 */
export function memberOfGroupBefore(context: GroupContext, position: number, token: number): string | undefined {
  const { paragraphs, index } = context;
  for (let p = position; p >= 0 && p >= position - MAX_BACK; p--) {
    const paragraph = paragraphs[p]!;
    const named = index[p]!.list.filter((m) => !m.inQuote && (p < position || m.last < token));
    if (named.length === 0) continue;
    const sentence = paragraph.tokens[named.at(-1)!.first]!.sentence;
    const inSentence = named.filter((m) => paragraph.tokens[m.first]!.sentence === sentence);
    const groups = new Set(inSentence.filter((m) => isGroup(paragraph, m)).map((m) => m.actor));
    // The group must be the sentence's subject, its first mention ("Two diplomats said the issue could go to EU leaders").
    if (groups.size !== 1 || !groups.has(inSentence[0]!.actor)) return undefined;
    return inSentence[0]!.actor;
  }
  return undefined;
}

/** A mention of several people: a named group, an unnamed source in the plural, or one member of a group ("One of the children"). */
function isGroup(paragraph: TokenizedParagraph, m: Mention): boolean {
  if (m.kind === 'group') return true;
  if (m.kind !== 'anonymous') return false;
  const { tokens } = paragraph;
  if (tokens[m.first]?.lower === 'one' && tokens[m.first + 1]?.lower === 'of') return true;
  return /\p{Ll}s$/u.test(tokens[m.last]?.text ?? '') && !/ss$/.test(tokens[m.last]!.lower);
}
