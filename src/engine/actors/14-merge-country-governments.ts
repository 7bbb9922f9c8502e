/**
 * Stage 14 of actors: a country's government in any form ("the Mexican government", "the government of Mexico",
 * "Mexico's government", "the UK government" and "the British government") and the country itself where it acts
 * ("Mexico said") are one actor: the state, named as the article first names its government.
 */
import type { Actor } from '../schema.ts';
import type { ResolvedActors } from './06-resolve-mentions.ts';
import { COUNTRY_DEMONYMS, COUNTRY_NAMES } from './load-lexicons.ts';

/** The word that names a country's government after its name or demonym, or before "of" and its name. */
const GOVERNMENT = /^government$/i;

/**
 * Merges, per country, every organisation named "COUNTRY government", "DEMONYM government", "government of
 * COUNTRY" or "COUNTRY's government", and the country's own actor (a place or an organisation named as the
 * country), into the first government named. The country's name becomes an alias, the actor an organisation;
 * a mention of the country as a place stays one of a place for the quotes ("U.S. Attorney Bash" names no speaker).
 * A government of a region or a city ("the Catalan government", "the Gibraltar government") names no country
 * and stays as it is.
 *
 * @param resolved The actors and mentions of the earlier stages.
 * @returns The same, with each country's forms merged.
 * @example
 * // "The Mexican government protested. Mexico said …" → one actor "Mexican government", alias "Mexico".
 */
export function mergeCountryGovernments(resolved: ResolvedActors): ResolvedActors {
  const governments = new Map<string, Actor>();
  for (const actor of resolved.actors) {
    if (actor.kind !== 'organization') continue;
    const country = governedCountry(actor.name);
    if (country && !governments.has(country)) governments.set(country, actor);
  }
  if (governments.size === 0) return resolved;
  const into = new Map<string, Actor>();
  for (const actor of resolved.actors) {
    if (actor.kind !== 'organization' && actor.kind !== 'place') continue;
    const country = governedCountry(actor.name) ?? (COUNTRY_NAMES.get(actor.name) === actor.name ? actor.name : undefined);
    const government = country === undefined ? undefined : governments.get(country);
    if (government && government !== actor) into.set(actor.id, government);
  }
  if (into.size === 0) return resolved;
  for (const [id, target] of into) {
    const from = resolved.actors.find((a) => a.id === id)!;
    for (const alias of [from.name, ...from.aliases]) if (alias !== target.name && !target.aliases.includes(alias)) target.aliases.push(alias);
    target.mentions = [...target.mentions, ...from.mentions].sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
    if (!target.country) target.country = governedCountry(target.name);
  }
  for (const m of resolved.mentions) {
    const target = into.get(m.actor);
    if (!target) continue;
    m.actor = target.id;
    // "U.S. Attorney Bash": where the country stood as a place, its mention still reads as one for the quotes.
    if (m.kind !== 'place') m.kind = target.kind;
  }
  return { actors: resolved.actors.filter((a) => !into.has(a.id)), mentions: resolved.mentions };
}

/**
 * The country whose government a name is ("Mexican government", "UK Government", "government of Mexico",
 * "Mexico's government" → "Mexico"), by its common name; undefined for any other name.
 */
function governedCountry(name: string): string | undefined {
  const words = name.split(/\s+/);
  if (words.length < 2) return undefined;
  if (GOVERNMENT.test(words.at(-1)!)) {
    const owner = words.slice(0, -1).join(' ').replace(/[’']s$/, '');
    return COUNTRY_NAMES.get(owner) ?? COUNTRY_DEMONYMS.get(owner);
  }
  if (GOVERNMENT.test(words[0]!) && words[1]?.toLowerCase() === 'of') {
    const owner = words.slice(words[2]?.toLowerCase() === 'the' ? 3 : 2).join(' ');
    return COUNTRY_NAMES.get(owner);
  }
  return undefined;
}
