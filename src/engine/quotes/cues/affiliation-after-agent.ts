/**
 * A person's place of work right after the person who ends an inverted attribution: "…, said Dan Roe at Harlow
 * Brothers on Thursday.", "…, said Ann Lee of the Port Trust." The phrase only says where the speaker works; what
 * follows it is read as after the name.
 */
import type { Mention, Token } from '../../actors/index.ts';
import type { MentionIndex } from '../cue-types.ts';
import prepositionsJson from '../../lexicons/prepositions.json' with { type: 'json' };
import { ARTICLES } from './word-sets.ts';

/** "at", "of", "for": prepositions that tie a person to the body they work at. */
const AFFILIATION_PREPOSITIONS: ReadonlySet<string> = new Set(prepositionsJson.roleOf);

/**
 * The token after an organisation named right after `from` behind one of "at", "of", "for" (and an article), or any
 * name after "at", when `agent` is a person; `from` when no such phrase stands there.
 *
 * @param tokens The paragraph's tokens.
 * @param mentions Its mentions.
 * @param agent The person who ends the attribution.
 * @param from The first token past the agent.
 * @example
 * // …, said Dan Roe at Harlow Brothers on Thursday.
 * afterAffiliation(tokens, mentions, ‹Dan Roe›, 9) // => 12 (the token of "on")
 */
export function afterAffiliation(tokens: readonly Token[], mentions: MentionIndex, agent: Mention, from: number): number {
  if (agent.kind !== 'person' || !AFFILIATION_PREPOSITIONS.has(tokens[from]?.lower ?? '')) return from;
  const start = ARTICLES.has(tokens[from + 1]?.lower ?? '') ? from + 2 : from + 1;
  const body = mentions.startAt.get(start);
  if (body === undefined || body.inQuote) return from;
  // "at Harlow Lynch": nobody works at a person, so a name of a person's shape after "at" is a firm's the actor stages missed.
  const firm = body.kind === 'organization' || (body.kind === 'person' && tokens[from]!.lower === 'at' && tokens[body.last + 1]?.lower !== "'s");
  return firm ? body.last + 1 : from;
}
