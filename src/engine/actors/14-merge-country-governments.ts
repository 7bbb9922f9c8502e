/**
 * Stage 14 of actors: a country's government in any form ("the Mexican government", "the government of Mexico",
 * "Mexico's government", "the UK government" and "the British government") and the country itself where it acts
 * ("Mexico said") are one actor: the state, named as the article first names its government.
 */
import type { Actor } from '../schema.ts';
import type { Token, TokenizedParagraph } from './01-tokenize-text.ts';
import type { Mention, ResolvedActors } from './06-resolve-mentions.ts';
import { COUNTRY_DEMONYMS, COUNTRY_NAMES } from './load-lexicons.ts';
import prepositionsJson from '../lexicons/prepositions.json' with { type: 'json' };
import verbFormsJson from '../lexicons/verb-forms.json' with { type: 'json' };
import betweenSubjectAndVerbJson from '../lexicons/between-subject-and-verb.json' with { type: 'json' };

/** Words before a name that make it an object or a setting, or a later part of a list ("talks between Serbia and Kosovo ended", "sent to Mexico"). */
const BEFORE_AN_OBJECT: ReadonlySet<string> = new Set([...prepositionsJson.beforeAnObject, 'between', 'among', 'across', 'into', 'and', 'or']);
/** Finite verbs that show a name is the subject of its clause ("Hungary has", "Mexico would", "China said"). */
const FINITE: ReadonlySet<string> = new Set([...verbFormsJson.auxiliaries, ...verbFormsJson.speakerVerbs]);
/** Adverbs between a subject and its verb ("China also tries", "Hungary later said"). */
const BETWEEN: ReadonlySet<string> = new Set(betweenSubjectAndVerbJson.organizationSubject);

/** The word that names a country's government after its name or demonym, or before "of" and its name. */
const GOVERNMENT = /^government$/i;

/**
 * Merges, per country, every organisation named "COUNTRY government", "DEMONYM government", "government of
 * COUNTRY" or "COUNTRY's government", and the country's own actor (an organisation named as the country, or
 * a place that acts somewhere as the subject of a verb: "Hungary licensed", "Mexico would"), into the first
 * government named. The country's name becomes an alias, the actor an organisation;
 * a mention of the country as a place stays one of a place for the quotes ("U.S. Attorney Bash" names no speaker).
 * A government of a region or a city ("the Catalan government", "the Gibraltar government") names no country
 * and stays as it is.
 *
 * @param paragraphs The tokenised paragraphs the mentions point into.
 * @param resolved The actors and mentions of the earlier stages.
 * @returns The same, with each country's forms merged.
 * @example
 * // "The Mexican government protested. Mexico said …" → one actor "Mexican government", alias "Mexico".
 */
export function mergeCountryGovernments(paragraphs: readonly TokenizedParagraph[], resolved: ResolvedActors): ResolvedActors {
  const governments = new Map<string, Actor>();
  for (const actor of resolved.actors) {
    if (actor.kind !== 'organization') continue;
    const country = governedCountry(actor.name);
    if (country && !governments.has(country)) governments.set(country, actor);
  }
  if (governments.size === 0) return resolved;
  const byIndex = new Map(paragraphs.map((p) => [p.index, p]));
  const acting = new Set<string>();
  for (const m of resolved.mentions) if (m.kind === 'place' && actsIn(byIndex.get(m.paragraph)?.tokens, m)) acting.add(m.actor);
  const into = new Map<string, Actor>();
  for (const actor of resolved.actors) {
    // "talks between Serbia and Kosovo": a country that never acts stays a place beside its government.
    if (actor.kind !== 'organization' && !(actor.kind === 'place' && acting.has(actor.id))) continue;
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

/** A mention as the subject of a finite verb ("Hungary licensed", "China has", "Mexico would"), not after a preposition. */
function actsIn(tokens: readonly Token[] | undefined, m: Mention): boolean {
  if (!tokens || BEFORE_AN_OBJECT.has(tokens[m.first - 1]?.lower ?? '')) return false;
  let k = m.last + 1;
  while (tokens[k] && BETWEEN.has(tokens[k]!.lower) && !FINITE.has(tokens[k]!.lower)) k++;
  const verb = tokens[k];
  return verb !== undefined && verb.word && !verb.cap && (FINITE.has(verb.lower) || verb.lower.endsWith('ed'));
}
