/**
 * The frame of the actor stages that drop a kind of name: pick the candidates, read each one's mentions with their
 * paragraph's tokens, and remove those a test condemns.
 */
import type { Actor } from '../schema.ts';
import type { Token, TokenizedParagraph } from './01-tokenize-text.ts';
import { type Mention, type ResolvedActors, mentionsByActor, withoutActors } from './06-resolve-mentions.ts';

/** A candidate's mentions, and the tokens of the paragraph a mention stands in. */
export interface ActorMentions {
  readonly mentions: readonly Mention[];
  readonly tokensOf: (mention: Mention) => readonly Token[];
}

/**
 * Removes the actors that `isCandidate` picks and `drops` condemns, given their mentions; the input itself when none is.
 *
 * @param paragraphs The article's tokenised paragraphs.
 * @param resolved The actors and mentions of the earlier stages.
 * @param isCandidate Which actors the stage looks at (cheap: most articles have none).
 * @param drops Whether a candidate goes, read from its mentions.
 * @returns The same actors and mentions without the condemned ones.
 * @example
 * // drop every one-word candidate none of whose mentions follows "(":
 * dropActorsWhere(paragraphs, resolved, (a) => !a.name.includes(' '), (_a, { mentions, tokensOf }) =>
 *   !mentions.some((m) => tokensOf(m)[m.first - 1]?.text === '('))
 */
export function dropActorsWhere(
  paragraphs: readonly TokenizedParagraph[],
  resolved: ResolvedActors,
  isCandidate: (actor: Actor) => boolean,
  drops: (actor: Actor, found: ActorMentions) => boolean,
): ResolvedActors {
  const candidates = resolved.actors.filter(isCandidate);
  if (candidates.length === 0) return resolved;
  const byIndex = new Map(paragraphs.map((p) => [p.index, p]));
  const tokensOf = (m: Mention): readonly Token[] => byIndex.get(m.paragraph)?.tokens ?? [];
  const mentionsOf = mentionsByActor(resolved);
  const dropped = new Set(candidates.filter((actor) => drops(actor, { mentions: mentionsOf.get(actor.id) ?? [], tokensOf })).map((actor) => actor.id));
  return dropped.size === 0 ? resolved : withoutActors(resolved, dropped);
}
