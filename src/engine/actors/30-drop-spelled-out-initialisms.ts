/**
 * Stage 30 of actors: initials that the article spells out in lower-case words, in brackets on either side
 * ("progressive multifocal leukoencephalopathy (PML)", "the driver's BAC [blood alcohol content]"), abbreviate a common
 * noun — a condition, a measure, a technology — not a body: a body's spelt-out name is capitalised ("the National
 * Union of Teachers (NUT)"). A mention that speaks, owns, has staff or is cited (`actsAsSomeone`) keeps the name.
 */
import type { Actor } from '../schema.ts';
import type { Token, TokenizedParagraph } from './01-tokenize-text.ts';
import type { ResolvedActors } from './06-resolve-mentions.ts';
import { dropActorsWhere } from './drop-actors-where.ts';
import { actsAsSomeone } from './16-drop-venues.ts';

/** "PML", "BAC": two to six capitals and no other name for it. */
function isInitialism(actor: Actor): boolean {
  return actor.kind === 'organization' && actor.roles.length === 0 && actor.aliases.length === 0 && /^\p{Lu}{2,6}$/u.test(actor.name);
}

/** Opening brackets around a spelt-out form. */
const OPENERS: ReadonlySet<string> = new Set(['(', '[']);

/** The words, each lower case, whose first letters spell `letters` in order. */
function spells(words: readonly Token[], letters: string): boolean {
  return words.length === letters.length && words.every((w, i) => w.word && !w.cap && w.lower[0] === letters[i]);
}

/**
 * The token at `i` is the initials, with their lower-case spelling in brackets after them ("BAC [blood alcohol
 * content]") or before a bracket that holds them ("progressive multifocal leukoencephalopathy (PML)").
 */
function isSpelledOutAt(tokens: readonly Token[], i: number, letters: string): boolean {
  if (OPENERS.has(tokens[i + 1]?.text ?? '') && spells(tokens.slice(i + 2, i + 2 + letters.length), letters)) return true;
  return OPENERS.has(tokens[i - 1]?.text ?? '') && i - 1 - letters.length >= 0 && spells(tokens.slice(i - 1 - letters.length, i - 1), letters);
}

/**
 * Removes every organisation named only by capital initials that the article spells out in lower-case words and
 * never lets act.
 *
 * @param paragraphs The article's tokenised paragraphs.
 * @param resolved The actors and mentions of the earlier stages.
 * @returns The same without the abbreviated common nouns.
 * @example
 * // "Drivers whose BAC [blood alcohol content] is over the limit will be banned." → no actor "BAC".
 * // "The National Union of Teachers (NUT) said pay was too low." → "NUT" stays (merged with its full name).
 */
export function dropSpelledOutInitialisms(paragraphs: readonly TokenizedParagraph[], resolved: ResolvedActors): ResolvedActors {
  return dropActorsWhere(paragraphs, resolved, isInitialism, (actor, { mentions, tokensOf }) => {
    const letters = actor.name.toLowerCase();
    const spelt = paragraphs.some((p) => p.tokens.some((t, i) => t.text === actor.name && isSpelledOutAt(p.tokens, i, letters)));
    return spelt && !mentions.some((m) => actsAsSomeone(tokensOf(m), m.first, m.last));
  });
}
