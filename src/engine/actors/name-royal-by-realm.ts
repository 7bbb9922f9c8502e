/**
 * After the quotes: a royal known by a given name alone, whom the article styles "TITLE NAME of REALM" ("Princess
 * Marguerite of Romania", "King Harald of Norway"), is named so, as news keys and careful readers write the name: the
 * given name alone names no one. The given name stays an alias. Ids and mentions stay as they are.
 */
import type { Actor } from '../schema.ts';
import { escapeRegExp } from '../text/escape-reg-exp.ts';
import { GIVEN_NAME_TITLES } from './load-lexicons.ts';
import { renameActor } from './rename-actor.ts';

/** How many capitalised words a realm may have ("the United Arab Emirates"). */
const REALM_WORDS = 3;

/**
 * Renames every person named by one word that the article writes as "TITLE NAME of REALM" (a royal title of
 * `givenNameTitles`, capitalised, and one to three capitalised words after "of", "the" allowed first) to that styled
 * name; a name written with two different styles keeps its name. Actors are changed in place.
 *
 * @param actors The article's actors.
 * @param texts The article's paragraph texts.
 * @returns The same array.
 * @example
 * nameRoyalByRealm([{ id: 'astrid', name: 'Astrid', kind: 'person', aliases: [], … }], ['Princess Astrid of Norway said so.'])
 * // => [{ id: 'astrid', name: 'Princess Astrid of Norway', aliases: ['Astrid'], … }]
 */
export function nameRoyalByRealm(actors: Actor[], texts: readonly string[]): Actor[] {
  for (const actor of actors) {
    if (actor.kind !== 'person' || /\s/.test(actor.name)) continue;
    const styles = stylesOf(texts, actor.name);
    if (styles.size !== 1) continue;
    const [styled] = styles;
    renameActor(actor, styled!);
  }
  return actors;
}

/** Every "TITLE NAME of REALM" the texts write for the name. */
function stylesOf(texts: readonly string[], name: string): Set<string> {
  const found = new Set<string>();
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}-])(\\p{Lu}\\p{Ll}+) ${escapeRegExp(name)} of ((?:the )?\\p{Lu}[\\p{L}-]*(?: \\p{Lu}[\\p{L}-]*){0,${REALM_WORDS - 1}})(?![\\p{L}\\p{N}])`, 'gu');
  for (const text of texts) {
    if (!text.includes(name)) continue;
    for (const match of text.matchAll(pattern)) {
      if (GIVEN_NAME_TITLES.has(match[1]!.toLowerCase())) found.add(`${match[1]} ${name} of ${match[2]}`);
    }
  }
  return found;
}
