/**
 * After the quotes: an organisation the institutions lexicon names by a canonical form the article never writes
 * ("Labour Party" for an article that says only "Labour") is named by the fullest form the article does write, as
 * news keys name actors; the canonical form stays an alias and is kept as `canonical`, so that the digest joins
 * every form of the institution into one actor.
 */
import type { Actor } from '../schema.ts';
import { escapeRegExp } from '../text/escape-reg-exp.ts';
import { INSTITUTION_NAMES } from './load-lexicons.ts';
import { renameActor } from './rename-actor.ts';

/** Kinds whose lexicon names are renamed: organisations and outlets (countries keep their common names). */
const RENAMED_KINDS: ReadonlySet<Actor['kind']> = new Set(['organization', 'outlet']);

/** The name form starts with a capital: no lower-case back reference ("the party", "the government"). */
const CAPITALISED = /^\p{Lu}/u;

/**
 * Renames every organisation or outlet whose name is a canonical name of the institutions lexicon that no paragraph
 * writes (in any case) to the fullest of its capitalised aliases that are the lexicon's own aliases of that
 * institution and that a paragraph writes as whole words: most words first, then the form the article writes most
 * often, then most characters, then alphabetically. The canonical name stays an alias and is set as `canonical`.
 * Ids and mentions stay as they are. Actors are changed in place (they are the article's own).
 *
 * @param actors The article's actors.
 * @param texts The article's paragraph texts.
 * @returns The same array.
 * @example
 * nameByTextForms([{ id: 'labour-party', name: 'Labour Party', kind: 'organization', aliases: ['Labour'], … }], ['Labour said it would win.'])
 * // => [{ id: 'labour-party', name: 'Labour', aliases: ['Labour Party'], canonical: 'Labour Party', … }]
 */
export function nameByTextForms(actors: Actor[], texts: readonly string[]): Actor[] {
  for (const actor of actors) {
    const lexiconForms = INSTITUTION_NAMES.get(actor.name);
    if (!RENAMED_KINDS.has(actor.kind) || !lexiconForms || isWrittenInAnyCase(texts, actor.name)) continue;
    const counted = actor.aliases
      .filter((alias) => CAPITALISED.test(alias) && lexiconForms.includes(alias))
      .map((alias) => ({ alias, count: occurrences(texts, alias, 'gu') }))
      .filter(({ count }) => count > 0);
    if (counted.length === 0) continue;
    const fullest = counted.sort(
      (a, b) => words(b.alias) - words(a.alias) || b.count - a.count || b.alias.length - a.alias.length || (a.alias < b.alias ? -1 : a.alias > b.alias ? 1 : 0),
    )[0]!.alias;
    actor.canonical = actor.name;
    renameActor(actor, fullest);
  }
  return actors;
}

/** The number of words of a name form. */
function words(form: string): number {
  return form.split(/\s+/).length;
}

/** How often the texts hold the form as whole words ("Labour" in "Labour said", not in "Labourers"). */
function occurrences(texts: readonly string[], form: string, flags: string): number {
  const pattern = formPattern(form, flags);
  // Case-sensitive: a text without the form's characters holds no match, and is not read by the expression.
  return texts.reduce((sum, text) => sum + (flags.includes('i') || text.includes(form) ? (text.match(pattern)?.length ?? 0) : 0), 0);
}

/** Whether the texts hold the form as whole words in any case: as written, tested first (cheaper), or else in another case. */
function isWrittenInAnyCase(texts: readonly string[], form: string): boolean {
  return occurrences(texts, form, 'gu') > 0 || occurrences(texts, form, 'giu') > 0;
}

/**
 * The whole-word expression of a form, built once per form and flags. The forms are names and aliases of the institutions
 * lexicon only, so the patterns held are bounded by the lexicon; each is a pure function of its form (no article's text).
 */
function formPattern(form: string, flags: string): RegExp {
  const key = `${flags} ${form}`;
  let pattern = FORM_PATTERNS.get(key);
  if (!pattern) {
    FORM_PATTERNS.set(key, (pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(form)}(?![\\p{L}\\p{N}])`, flags)));
  }
  return pattern;
}

const FORM_PATTERNS = new Map<string, RegExp>();
