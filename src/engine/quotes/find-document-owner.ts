/**
 * The owner of a document that a definite noun refers back to: "The report said …" after "a report by
 * Ofwat", "The filing warned …" after "the company's annual filing", "The proclamation said …" after
 * "President Cole signed a proclamation". The nearest earlier mention of the same document noun decides:
 * one that names its owner (by an agent, a possessor or the subject of a verb that puts it out) gives it;
 * one that is itself "the NOUN" with no owner is passed over; any other ("a report", "his report") ends
 * the search with no owner, so that a document of one body is never given to another named nearby.
 */
import type { Mention, Token, TokenizedParagraph } from '../actors/index.ts';
import type { MentionIndex } from './cue-types.ts';
import documentOwnersJson from '../lexicons/document-owners.json' with { type: 'json' };
import issuingVerbsJson from '../lexicons/issuing-verbs.json' with { type: 'json' };

const AGENT_PREPOSITIONS: ReadonlySet<string> = new Set(documentOwnersJson.agentPrepositions);
const BACK_REFERENCES: ReadonlySet<string> = new Set(documentOwnersJson.backReferences);
const INTRODUCERS: ReadonlySet<string> = new Set(documentOwnersJson.introducers);
const OWNER_KINDS: ReadonlySet<string> = new Set(documentOwnersJson.ownerKinds);
const ISSUING_VERBS: ReadonlySet<string> = new Set(issuingVerbsJson.verbs);
/** How many paragraphs back the document may have been introduced. */
const MAX_PARAGRAPHS_BACK = 6;
/** How many lower-case modifiers may stand between an owner and the noun ("the company's most recent annual filing"). */
const MAX_MODIFIERS = 4;

/**
 * The mention that owns the document named by the noun at `token` of paragraph `position`.
 *
 * @param paragraphs The tokenised paragraphs.
 * @param index Their mentions.
 * @param position The paragraph of the back reference.
 * @param token Its document noun.
 * @returns The owner's mention, or undefined when no earlier mention of the document names one.
 * @example
 * // "Ofwat published a report on Tuesday. ⏎ The report said …"
 * documentOwner(paragraphs, index, 1, 1)?.actor // => 'ofwat'
 */
export function documentOwner(paragraphs: readonly TokenizedParagraph[], index: readonly MentionIndex[], position: number, token: number): Mention | undefined {
  const noun = paragraphs[position]?.tokens[token]?.lower;
  if (noun === undefined) return undefined;
  let k = token - 1;
  for (let p = position; p >= Math.max(0, position - MAX_PARAGRAPHS_BACK); p--, k = Number.POSITIVE_INFINITY) {
    const { tokens } = paragraphs[p]!;
    for (k = Math.min(k, tokens.length - 1); k >= 0; k--) {
      const t = tokens[k]!;
      if (t.lower !== noun || t.quote >= 0) continue;
      const owner = ownerAt(tokens, index[p]!, k) ?? agentNamedElsewhere(paragraphs, index, p, k);
      if (owner) return OWNER_KINDS.has(owner.kind) ? owner : undefined;
      if (!BACK_REFERENCES.has(tokens[k - 1]?.lower ?? '')) return undefined;
    }
  }
  return undefined;
}

/** How many capitalised words an agent's name may have when it is looked up by its words. */
const MAX_NAME_WORDS = 5;

/**
 * "a report by Ofwat" where the actor stages left this "Ofwat" unmarked: the agent's capitalised words
 * are the whole of a name (or surname) the article marks elsewhere, always for the same actor.
 */
function agentNamedElsewhere(paragraphs: readonly TokenizedParagraph[], index: readonly MentionIndex[], position: number, noun: number): Mention | undefined {
  const { tokens } = paragraphs[position]!;
  if (!AGENT_PREPOSITIONS.has(tokens[noun + 1]?.lower ?? '')) return undefined;
  const words: string[] = [];
  for (let k = noun + 2; tokens[k]?.word && tokens[k]!.cap && words.length <= MAX_NAME_WORDS; k++) words.push(tokens[k]!.text);
  if (words.length === 0 || words.length > MAX_NAME_WORDS) return undefined;
  const name = words.join(' ');
  let found: Mention | undefined;
  for (let p = 0; p < paragraphs.length; p++) {
    for (const m of index[p]!.list) {
      if ((m.via !== 'name' && m.via !== 'surname') || m.inQuote || !OWNER_KINDS.has(m.kind)) continue;
      const surface = paragraphs[p]!.tokens.slice(m.first, m.last + 1).map((t) => t.text).join(' ');
      if (surface !== name) continue;
      // The same words for two actors ("Smith" for two Smiths): nobody can be told.
      if (found && found.actor !== m.actor) return undefined;
      found ??= m;
    }
  }
  return found;
}

/** The owner the mention of a document at `noun` names: its agent, its possessor, or the subject of the verb that put it out. */
function ownerAt(tokens: readonly Token[], mentions: MentionIndex, noun: number): Mention | undefined {
  // "a report by Ofwat", "a statement from the Harbour Trust"
  if (AGENT_PREPOSITIONS.has(tokens[noun + 1]?.lower ?? '')) {
    const agent = mentions.startAt.get(noun + 2) ?? (tokens[noun + 2]?.lower === 'the' ? mentions.startAt.get(noun + 3) : undefined);
    if (agent) return agent;
  }
  let k = noun - 1;
  for (let n = 0; n < MAX_MODIFIERS && tokens[k]?.word && !tokens[k]!.cap && tokens[k]!.lower !== "'s" && !INTRODUCERS.has(tokens[k]!.lower) && !ISSUING_VERBS.has(tokens[k]!.lower); n++) k--;
  // "the company's annual filing"
  if (tokens[k]?.lower === "'s") return mentions.endAt.get(k - 1);
  // "Cole signed a proclamation", "Ofwat published its report"
  if (INTRODUCERS.has(tokens[k]?.lower ?? '') && ISSUING_VERBS.has(tokens[k - 1]?.lower ?? '')) return mentions.endAt.get(k - 2);
  return undefined;
}
