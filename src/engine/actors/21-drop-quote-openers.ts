/**
 * Stage 21 of actors: inside a quotation, the first word of a sentence is capitalised whatever it is ("… play the
 * shows. Rest assured we will …"). A one-word "person" that the article writes only there, never outside a quotation
 * and never in the middle of a sentence, is such a word, not a name: nothing in the text shows it to be one.
 */
import type { Token, TokenizedParagraph } from './01-tokenize-text.ts';
import { type ResolvedActors, withoutActors } from './06-resolve-mentions.ts';

/** Marks that end a sentence, or open a quotation. */
const OPENERS = /^[.!?…"“‘'«(—–-]$/u;

/** The token starts a sentence: first of its paragraph, or after an end mark or an opening quotation mark. */
function startsSentence(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  return before === undefined || (!before.word && OPENERS.test(before.text));
}

/**
 * Removes every person named by one word, without roles or other names, whose every mention is that word opening a
 * sentence inside a quotation.
 *
 * @param paragraphs The article's tokenised paragraphs.
 * @param resolved The actors and mentions of the earlier stages.
 * @returns The same without those words.
 * @example
 * // '"We want to play. Rest assured we will," he said.' → no person "Rest".
 */
export function dropQuoteOpeners(paragraphs: readonly TokenizedParagraph[], resolved: ResolvedActors): ResolvedActors {
  const single = resolved.actors.filter((a) => a.kind === 'person' && !/\s/.test(a.name) && a.roles.length === 0 && a.aliases.length <= 1);
  if (single.length === 0) return resolved;
  const byIndex = new Map(paragraphs.map((p) => [p.index, p]));
  const ids = new Set(single.map((a) => a.id));
  const openerOnly = new Map<string, boolean>();
  for (const m of resolved.mentions) {
    if (!ids.has(m.actor)) continue;
    const tokens = byIndex.get(m.paragraph)?.tokens ?? [];
    const ok = m.first === m.last && tokens[m.first]!.quote >= 0 && startsSentence(tokens, m.first);
    openerOnly.set(m.actor, (openerOnly.get(m.actor) ?? true) && ok);
  }
  const dropped = new Set([...openerOnly].filter(([, only]) => only).map(([id]) => id));
  if (dropped.size === 0) return resolved;
  return withoutActors(resolved, dropped);
}
