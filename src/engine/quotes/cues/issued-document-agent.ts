/**
 * "The palace issued the following statement from the king: “…”": a document put out by the clause's subject on
 * behalf of someone the document phrase names after "from"/"by" right before the colon. The words are the agent's,
 * not those of whoever issued them.
 */
import { DOCUMENT_NOUNS } from '../../actors/load-lexicons.ts';
import documentOwnersJson from '../../lexicons/document-owners.json' with { type: 'json' };
import type { Context, Found } from './cue-context.ts';
import { ISSUING_VERBS } from './document-phrases.ts';

const AGENT_PREPOSITIONS: ReadonlySet<string> = new Set(documentOwnersJson.agentPrepositions);
const INTRODUCERS: ReadonlySet<string> = new Set(documentOwnersJson.introducers);
const OWNER_KINDS: ReadonlySet<string> = new Set(documentOwnersJson.ownerKinds);
/** How many lower-case words may describe the document between its determiner and its noun ("the following short statement"). */
const MAX_DOCUMENT_MODIFIERS = 2;

/**
 * The agent of a document that a verb which puts documents out takes as its object, when the document phrase
 * ("the following statement from the king", "a joint letter by Acme") ends at the colon `colon` before the quote:
 * VERB, a determiner, up to two lower-case words, the document noun, "from"/"by", the agent's mention (after "the"),
 * then the colon. The agent is a person or an organisation named outside any quotation; anything else gives nobody.
 *
 * @param context The quotation's sentence.
 * @param colon The colon right before the quotation.
 * @returns The agent as the subject, or undefined when the words before the colon are not such a phrase.
 * @example
 * // The palace issued the following statement from King Harald Olsen: “We will not stand for this.”
 * issuedDocumentAgent(context, 10) // => { subject: { type: 'mention', mention: ‹King Harald Olsen› } }
 */
export function issuedDocumentAgent(context: Context, colon: number): Found | undefined {
  const { tokens } = context.paragraph;
  const agent = context.mentions.endAt.get(colon - 1);
  if (!agent || agent.inQuote || !OWNER_KINDS.has(agent.kind) || agent.first <= context.sentenceStart) return undefined;
  const preposition = tokens[agent.first - 1]?.lower === 'the' ? agent.first - 2 : agent.first - 1;
  if (!AGENT_PREPOSITIONS.has(tokens[preposition]?.lower ?? '')) return undefined;
  const noun = preposition - 1;
  if (!isPlainWord(context, noun) || !DOCUMENT_NOUNS.has(tokens[noun]!.lower)) return undefined;
  let k = noun - 1;
  for (let n = 0; n < MAX_DOCUMENT_MODIFIERS && isPlainWord(context, k) && !INTRODUCERS.has(tokens[k]!.lower); n++) k--;
  if (!INTRODUCERS.has(tokens[k]?.lower ?? '') || !isPlainWord(context, k - 1) || !ISSUING_VERBS.has(tokens[k - 1]!.lower)) return undefined;
  return { subject: { type: 'mention', mention: agent }, verb: tokens[k - 1]!.lower };
}

/** A lower-case word of the sentence at `k`, outside any quotation. */
function isPlainWord(context: Context, k: number): boolean {
  const t = context.paragraph.tokens[k];
  return k >= context.sentenceStart && t !== undefined && t.word && !t.cap && t.quote < 0;
}
