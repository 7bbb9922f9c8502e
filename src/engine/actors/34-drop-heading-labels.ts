/**
 * Stage 34 of actors: an article that lists its sections as paragraphs opening with a capitalised label and a colon
 * ("Clean Fuels: Credits to promote low-carbon fuels", "Energy Efficiency: Ten years of tax credits …") names topics
 * there, not people. A name written only as such a label, in an article with at least three of them, is dropped. A
 * transcript labels its speakers the same way, so a label is not a heading when the text after it opens a quotation
 * ("Ann Roe: “For years …”") or speaks in the first person ("Ann Roe: I have wanted …"), and a name written anywhere
 * else keeps its actor.
 */
import thingTitleSignalsJson from '../lexicons/thing-title-signals.json' with { type: 'json' };
import type { Actor } from '../schema.ts';
import type { Token, TokenizedParagraph } from './01-tokenize-text.ts';
import type { ResolvedActors } from './06-resolve-mentions.ts';
import { dropActorsWhere } from './drop-actors-where.ts';

/** Pronouns that make the text after a label someone's answer. */
const FIRST_PERSON: ReadonlySet<string> = new Set(thingTitleSignalsJson.headingFirstPerson);
/** How many words a label may have. */
const LABEL_WORDS = 6;
/** How many labelled paragraphs make a list of sections. */
const MIN_HEADINGS = 3;
/** How many words after the colon are read for a first-person pronoun. */
const BODY_WORDS = 12;

/**
 * The index of the colon that ends a heading label opening the paragraph ("Clean Fuels: Credits …"), or -1: capitalised
 * words (lower-case joiners like "and" between them) up to the colon, and text after it that is neither quoted nor
 * in the first person.
 */
function headingColon(tokens: readonly Token[]): number {
  if (!tokens[0]?.word || !tokens[0].cap) return -1;
  let k = 1;
  while (k <= LABEL_WORDS && tokens[k]?.word) k++;
  if (tokens[k]?.text !== ':' || !tokens[k - 1]!.cap) return -1;
  const body = tokens.slice(k + 1, k + 1 + BODY_WORDS);
  if (body.length === 0 || !body[0]!.word || body[0]!.quote >= 0) return -1;
  return body.some((t) => FIRST_PERSON.has(t.lower)) ? -1 : k;
}

/** A person or body without roles. */
const isBareName = (actor: Actor): boolean => (actor.kind === 'person' || actor.kind === 'organization') && actor.roles.length === 0;

/**
 * Removes every person or body without roles that the article names only as the label of a heading paragraph, where
 * at least three paragraphs open with such a label.
 *
 * @param paragraphs The article's tokenised paragraphs.
 * @param resolved The actors and mentions of the earlier stages.
 * @returns The same without the heading labels.
 * @example
 * // "Clean Fuels: Credits for fuels.\n\nGrid Resiliency: Credits for batteries.\n\nGood Jobs: Labour standards."
 * // → no actors "Clean Fuels", "Grid Resiliency", "Good Jobs".
 */
export function dropHeadingLabels(paragraphs: readonly TokenizedParagraph[], resolved: ResolvedActors): ResolvedActors {
  const colons = new Map(paragraphs.map((p) => [p.index, headingColon(p.tokens)]));
  if ([...colons.values()].filter((k) => k > 0).length < MIN_HEADINGS) return resolved;
  return dropActorsWhere(paragraphs, resolved, isBareName, (_actor, { mentions }) =>
    mentions.length > 0 && mentions.every((m) => m.first === 0 && colons.get(m.paragraph) === m.last + 1));
}
