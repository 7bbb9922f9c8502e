/**
 * "as the Supreme Court ruling put it", "a Harbour Trust report said": a document noun right after the name of the
 * body or person it comes from, the two opening the clause, is that owner's document; the owner speaks through it.
 */
import type { Mention } from '../../actors/index.ts';
import { DOCUMENT_NOUNS } from '../../actors/load-lexicons.ts';
import type { Context } from './cue-context.ts';
import { opensClause } from './token-tests.ts';
import { ARTICLES } from './word-sets.ts';

/** Kinds of mention a document can come from. */
const OWNER_KINDS: ReadonlySet<string> = new Set(['organization', 'person']);

/**
 * The owner named right before the document noun at `k`: a lower-case document noun outside quotations, after an
 * organisation's or person's name that opens the clause after "the", "a" or "an" (never before `from`).
 *
 * @param context The quotation's sentence.
 * @param k The token right before the verb of saying.
 * @param from The first token of the clause.
 * @returns The owner's mention, or undefined.
 * @example
 * // … as the Supreme Court ruling put it
 * ownerNamedBeforeDocument(context, 5, 1) // => the mention of Supreme Court
 */
export function ownerNamedBeforeDocument(context: Context, k: number, from: number): Mention | undefined {
  const { tokens } = context.paragraph;
  const noun = tokens[k];
  if (!noun?.word || noun.cap || noun.quote >= 0 || !DOCUMENT_NOUNS.has(noun.lower)) return undefined;
  const owner = context.mentions.endAt.get(k - 1);
  if (!owner || owner.inQuote || !OWNER_KINDS.has(owner.kind)) return undefined;
  const article = owner.first - 1;
  if (article < from || !ARTICLES.has(tokens[article]?.lower ?? '')) return undefined;
  return opensClause(tokens, article, from) ? owner : undefined;
}
