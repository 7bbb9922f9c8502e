/**
 * Stage 25 of actors: a US legislator's party-and-state tag ("(D-Md.)", "(R-Texas)", "I-Vt.", "(D-Prince George's)")
 * is part of the person's mention, and an abbreviated post ("VP", "CFO", "COO") before or after a name is a post:
 * neither is an actor.
 */
import postsJson from '../lexicons/post-abbreviations.json' with { type: 'json' };
import { type ResolvedActors, withoutActors } from './06-resolve-mentions.ts';

/** A party letter, a hyphen and a place: "D-Prince George", "R-Texas", "I-Vt". */
const PARTY_TAG = /^[DRI]-\p{Lu}/u;

const POSTS: ReadonlySet<string> = new Set(postsJson.posts);

/**
 * Removes every actor whose name is a party-and-state tag or an abbreviated post.
 *
 * @param resolved The actors and mentions of the earlier stages.
 * @returns The same without tags and posts.
 * @example
 * // "Senator Ann Moss (D-Prince George's) said" → no actor "D-Prince George"; "named Tom Park as CFO" → no actor "CFO".
 */
export function dropTagsAndPosts(resolved: ResolvedActors): ResolvedActors {
  const dropped = new Set(resolved.actors.filter((a) => PARTY_TAG.test(a.name) || POSTS.has(a.name)).map((a) => a.id));
  if (dropped.size === 0) return resolved;
  return withoutActors(resolved, dropped);
}
