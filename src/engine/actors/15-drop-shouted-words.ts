/**
 * Stage 15 of actors: a word in capitals that the article also writes in lower case ("you call my country a RANDOM
 * COUNTRY" beside "a random country", "ALTO: De alto impacto") is an ordinary word shouted, not an acronym.
 */
import type { TokenizedParagraph } from './01-tokenize-text.ts';
import { type ResolvedActors, withoutActors } from './06-resolve-mentions.ts';
import { COUNTRY_NAMES, INSTITUTIONS, OUTLETS } from './load-lexicons.ts';
import { foldText } from '../text/fold-text.ts';

/** A word in capitals only: three letters or more. */
const SHOUTED = /^\p{Lu}{3,}$/u;

/**
 * Removes every organisation named once, by one word in capitals, that the article also writes in lower case
 * somewhere, unless it is a known institution, outlet or country ("WHO" beside "who", "US" beside "us" stay).
 *
 * @param paragraphs The article's tokenised paragraphs.
 * @param resolved The actors and mentions of the earlier stages.
 * @returns The same without the shouted words.
 * @example
 * // "She called it a RANDOM idea. It was not random." → no organisation "RANDOM".
 */
export function dropShoutedWords(paragraphs: readonly TokenizedParagraph[], resolved: ResolvedActors): ResolvedActors {
  const named = resolved.actors.filter((a) => a.kind === 'organization' && SHOUTED.test(a.name) && !isKnown(a.name));
  if (named.length === 0) return resolved;
  // Once in capitals: an organisation's acronym comes back ("TBWA", even beside a text message's "tbwa shd give a statement").
  const byIndex = new Map(paragraphs.map((p) => [p.index, p]));
  const inCapitals = new Map<string, number>();
  for (const m of resolved.mentions) {
    const text = byIndex.get(m.paragraph)?.tokens[m.first]?.text ?? '';
    if (SHOUTED.test(text)) inCapitals.set(m.actor, (inCapitals.get(m.actor) ?? 0) + 1);
  }
  const candidates = named.filter((a) => (inCapitals.get(a.id) ?? 0) <= 1);
  const lowerCase = new Set<string>();
  for (const p of paragraphs) for (const t of p.tokens) if (t.word && t.text === t.lower) lowerCase.add(t.lower);
  const dropped = new Set(candidates.filter((a) => lowerCase.has(foldText(a.name))).map((a) => a.id));
  if (dropped.size === 0) return resolved;
  return withoutActors(resolved, dropped);
}

function isKnown(name: string): boolean {
  const folded = foldText(name);
  return INSTITUTIONS.has(folded) || OUTLETS.has(folded) || COUNTRY_NAMES.has(name);
}
