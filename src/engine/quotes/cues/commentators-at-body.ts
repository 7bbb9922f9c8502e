/**
 * "“…,” wrote analysts at Acme Bank in a note to clients": plural commentators of a named body, right after an
 * inverted verb of saying, give the words of the body they work for (its note, its research); the body speaks.
 */
import type { Mention } from '../../actors/index.ts';
import { COMMENTATORS } from '../../actors/load-lexicons.ts';
import anonymousSourcesJson from '../../lexicons/anonymous-sources.json' with { type: 'json' };
import type { Context } from './cue-context.ts';
import { ARTICLES } from './word-sets.ts';

/** A named body: an organisation, or a firm the name stages took for a person ("analysts at Merrill Lynch"). */
const BODY_KINDS: ReadonlySet<string> = new Set(['person', 'organization']);
const BODY_PREPOSITIONS: ReadonlySet<string> = new Set(anonymousSourcesJson.commentatorBodyPrepositions);

/**
 * The body named after plural commentators at `from` ("analysts at Acme Bank", "economists from the Harbour Trust"):
 * a plural commentator noun, a preposition of `commentatorBodyPrepositions`, an optional article and a name, within
 * the clause (up to `to`). A single commentator ("an analyst at Acme") is a person of their own: no body.
 *
 * @param context The quote's sentence.
 * @param from The first token after the verb of saying.
 * @param to The last token the subject may take.
 * @returns The body's mention, or undefined.
 * @example
 * // “Delays are rare,” wrote analysts at Acme Bank in a note.
 * bodyOfCommentators(context, 6, 14) // => ‹Acme Bank›
 */
export function bodyOfCommentators(context: Context, from: number, to: number): Mention | undefined {
  const { tokens } = context.paragraph;
  const noun = tokens[from];
  if (!noun?.word || noun.cap || !COMMENTATORS.has(noun.lower) || !noun.lower.endsWith('s')) return undefined;
  if (!BODY_PREPOSITIONS.has(tokens[from + 1]?.lower ?? '')) return undefined;
  const at = ARTICLES.has(tokens[from + 2]?.lower ?? '') ? from + 3 : from + 2;
  const body = context.mentions.startAt.get(at);
  return body && body.last <= to && !body.inQuote && BODY_KINDS.has(body.kind) ? body : undefined;
}
