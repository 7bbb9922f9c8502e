/**
 * After the quotes: an organisation the institutions lexicon names by a canonical form the article never writes
 * ("Labour Party" for an article that says only "Labour") is named by the fullest form the article does write, as
 * news keys name actors; the canonical form stays an alias, so that the digest still joins it to other articles.
 */
import type { Actor } from '../schema.ts';
import { INSTITUTION_NAMES } from './load-lexicons.ts';

/** Kinds whose lexicon names are renamed: organisations and outlets (countries keep their common names). */
const RENAMED_KINDS: ReadonlySet<Actor['kind']> = new Set(['organization', 'outlet']);

/** The name form starts with a capital: no lower-case back reference ("the party", "the government"). */
const CAPITALISED = /^\p{Lu}/u;

/**
 * Renames every organisation or outlet whose name is a canonical name of the institutions lexicon that no paragraph
 * writes (in any case) to the longest of its capitalised aliases that a paragraph writes as a whole word (most words
 * first, then most characters), and keeps the canonical name as an alias. Ids and mentions stay as they are.
 * Actors are changed in place (they are the article's own).
 *
 * @param actors The article's actors.
 * @param texts The article's paragraph texts.
 * @returns The same array.
 * @example
 * nameByTextForms([{ id: 'labour-party', name: 'Labour Party', kind: 'organization', aliases: ['Labour'], … }], ['Labour said it would win.'])
 * // => [{ id: 'labour-party', name: 'Labour', aliases: ['Labour Party'], … }]
 */
export function nameByTextForms(actors: Actor[], texts: readonly string[]): Actor[] {
  for (const actor of actors) {
    if (!RENAMED_KINDS.has(actor.kind) || !INSTITUTION_NAMES.has(actor.name) || writes(texts, actor.name, 'iu')) continue;
    const written = actor.aliases.filter((alias) => CAPITALISED.test(alias) && writes(texts, alias, 'u'));
    if (written.length === 0) continue;
    const fullest = written.sort((a, b) => words(b) - words(a) || b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))[0]!;
    actor.aliases = [actor.name, ...actor.aliases.filter((alias) => alias !== fullest && alias !== actor.name)];
    actor.name = fullest;
  }
  return actors;
}

/** The number of words of a name form. */
function words(form: string): number {
  return form.split(/\s+/).length;
}

/** Some text holds the form as whole words ("Labour" in "Labour said", not in "Labourers"). */
function writes(texts: readonly string[], form: string, flags: string): boolean {
  const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, flags);
  return texts.some((text) => pattern.test(text));
}
