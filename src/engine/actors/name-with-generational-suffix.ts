/**
 * After the quotes: a person the article writes with a generational suffix after the full name ("Donald Payne Jr.",
 * "William Frank, III") is named with it, as news keys and careful readers write the name. The name stages drop the
 * suffix (it is no surname: "Payne said" must still find the person), so it is put back only on the display name; the
 * bare name stays an alias. Ids and mentions stay as they are.
 */
import suffixesJson from '../lexicons/generational-suffixes.json' with { type: 'json' };
import type { Actor } from '../schema.ts';
import { escapeRegExp } from '../text/escape-reg-exp.ts';
import { renameActor } from './rename-actor.ts';

/** "Jr.", "Sr.", "III": exact case, so that a word such as "iv" or "sr" inside a sentence is never one. */
const SUFFIXES: readonly string[] = suffixesJson.suffixes;

/** A name, an optional comma, a suffix, and no letter or digit right after it ("Payne Jr." but not "Payne Jrs"). */
const SUFFIX_AFTER = new RegExp(`^,? (${SUFFIXES.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'u');

/**
 * Renames every person whose full name the article writes right before a generational suffix (after a comma or a
 * space) to the name and that suffix ("William Frank, III" → "William Frank III"), keeping the old name as an alias.
 * A name written before two different suffixes (a father and a son) keeps its name. Actors are changed in place.
 *
 * @param actors The article's actors.
 * @param texts The article's paragraph texts.
 * @returns The same array.
 * @example
 * nameWithGenerationalSuffix([{ id: 'ann-roe', name: 'Ann Roe', kind: 'person', aliases: ['Roe'], … }], ['Ann Roe, Jr., said so.'])
 * // => [{ id: 'ann-roe', name: 'Ann Roe Jr.', aliases: ['Ann Roe', 'Roe'], … }]
 */
export function nameWithGenerationalSuffix(actors: Actor[], texts: readonly string[]): Actor[] {
  for (const actor of actors) {
    if (actor.kind !== 'person') continue;
    const suffixes = suffixesAfter(texts, actor.name);
    if (suffixes.size !== 1) continue;
    const [suffix] = suffixes.values();
    renameActor(actor, `${actor.name} ${suffix}`);
  }
  return actors;
}

/**
 * The suffixes the texts write right after the whole name ("Ann Roe" in "Ann Roe Jr.", not in "LeeAnn Roe Jr."), by
 * their form without a full stop ("Jr" and "Jr." are one), each as first written.
 */
function suffixesAfter(texts: readonly string[], name: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const text of texts) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? '')) continue;
      const suffix = SUFFIX_AFTER.exec(text.slice(at + name.length, at + name.length + 8))?.[1];
      if (suffix && !found.has(suffix.replace(/\.$/, ''))) found.set(suffix.replace(/\.$/, ''), suffix);
    }
  }
  return found;
}
