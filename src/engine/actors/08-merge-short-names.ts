/**
 * Stage 8 of actors: an organisation or a person named in full once and by a shorter form elsewhere in the
 * article ("the American Solidarity Party" … "the Solidarity Party", "Michael Symmons Roberts" … "Symmons Roberts") is one actor.
 */
import type { Actor } from '../schema.ts';
import type { ResolvedActors } from './06-resolve-mentions.ts';
import { COUNTRY_DEMONYMS, COUNTRY_NAMES, LOWER_CASE_BODIES, ORG_BODY_KINDS, ORG_HEADS } from './load-lexicons.ts';
import { foldText } from '../text/fold-text.ts';

/**
 * Merges each organisation whose name, of two words or more, is the name of exactly one other organisation of
 * the article without its country ("US Federal Reserve", "American Solidarity Party"), without its capital head word
 * ("Halvern Technologies", "Telegraph Group") or without its "of …"
 * ("Supreme Court of Puerto Rico", "Unity Party of America"), and organisations whose names differ only in how
 * they write the country ("U.S. Embassy", "United States Embassy"), an "and" or their spaces ("TimeWarner", "Time
 * Warner"; a "person" of such a name goes into the organisation too); and each person whose name of two words or
 * more ends exactly one other person's name ("Symmons Roberts", "Rivera Schatz"). The longer name (or the first named) stays
 * the actor's name and the other becomes an alias; mentions move with it.
 *
 * @param resolved The actors and mentions of the article.
 * @returns The same, with the shorter forms merged.
 * @example
 * // "Federal Reserve" and "US Federal Reserve" in one article → one actor, "US Federal Reserve", alias "Federal Reserve".
 */
export function mergeShortNames(resolved: ResolvedActors): ResolvedActors {
  const organizations = resolved.actors.filter((a) => a.kind === 'organization');
  if (organizations.length === 0 && resolved.actors.filter((a) => a.kind === 'person').length < 2) return resolved;
  const byShortForm = new Map<string, Actor[]>();
  for (const actor of organizations) {
    for (const short of shortFormsOf(actor.name)) {
      const list = byShortForm.get(short);
      if (list) list.push(actor);
      else byShortForm.set(short, [actor]);
    }
  }
  const into = new Map<string, Actor>();
  for (const actor of organizations) {
    const longer = byShortForm.get(foldText(actor.name));
    if (!longer || longer.length !== 1 || longer[0] === actor) continue;
    // "Sky" beside "Sky News", "Sky Networks" and "Sky Movies": the stem of several names is the parent body, none of them.
    if (opensSeveralNames(actor.name, resolved.actors)) continue;
    into.set(actor.id, longer[0]!);
  }
  // "U.S. Embassy" and "United States Embassy": the same name with the country written two ways.
  const byCountryName = new Map<string, Actor>();
  for (const actor of organizations) {
    if (into.has(actor.id)) continue;
    // "Economic Social Research Council" and "Economic and Social Research Council", "TimeWarner" and "Time Warner".
    const key = compactName(actor.name);
    const first = byCountryName.get(key);
    if (!first) byCountryName.set(key, actor);
    else if (!into.has(first.id)) into.set(actor.id, first);
  }
  // "Symmons Roberts" after "Michael Symmons Roberts", "Rivera Schatz" after "Thomas Rivera Schatz": the last words of one person's name.
  const people = resolved.actors.filter((a) => a.kind === 'person');
  for (const actor of people) {
    const words = foldText(actor.name).split(/\s+/);
    if (words.length < 2) continue;
    const longer = people.filter((p) => p !== actor && foldText(p.name).endsWith(` ${words.join(' ')}`));
    if (longer.length === 1) into.set(actor.id, longer[0]!);
  }
  // "TimeWarner said" read as a person's name, "Time Warner" an organisation's: one organisation.
  for (const actor of resolved.actors) {
    if (actor.kind !== 'person' || actor.roles.length > 0) continue;
    const organization = byCountryName.get(compactName(actor.name));
    if (organization && !into.has(organization.id)) into.set(actor.id, organization);
  }
  if (into.size === 0) return resolved;
  for (const [id, target] of into) {
    const short = resolved.actors.find((a) => a.id === id)!;
    for (const alias of [short.name, ...short.aliases]) if (alias !== target.name && !target.aliases.includes(alias)) target.aliases.push(alias);
    target.mentions = [...target.mentions, ...short.mentions].sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  }
  for (const m of resolved.mentions) {
    const target = into.get(m.actor);
    if (target) {
      m.actor = target.id;
      m.kind = target.kind;
    }
  }
  return { actors: resolved.actors.filter((a) => !into.has(a.id)), mentions: resolved.mentions };
}

/**
 * The name opens the names of two or more other named actors of the article, each adding capitalised words
 * ("Sky" before "Sky News", "Sky Networks", "Sky Movies"): a brand or a parent body, not a short form of one of them.
 */
function opensSeveralNames(name: string, actors: readonly Actor[]): boolean {
  const stem = `${foldText(name)} `;
  const width = name.split(/\s+/).length;
  const adds = (a: Actor): boolean => /^\p{Lu}/u.test(a.name.split(/\s+/)[width] ?? '');
  const names = new Set(actors.filter((a) => a.kind !== 'anonymous' && a.kind !== 'group' && adds(a)).map((a) => foldText(a.name)).filter((n) => n.startsWith(stem)));
  return names.size >= 2;
}

/** The name as {@link withCountryInFull} gives it, without "and", "&", spaces and hyphens: one key for the ways it is written. */
function compactName(name: string): string {
  return withCountryInFull(name).replace(/\s+(?:and|&)\s+/g, ' ').replace(/[\s-]+/g, '');
}

/** The name, folded, with a leading short country name written in full ("U.S. Embassy" → "united states embassy"). */
function withCountryInFull(name: string): string {
  const words = name.split(/\s+/);
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const country = COUNTRY_NAMES.get(words.slice(0, n).join(' '));
    if (country) return foldText([country, ...words.slice(n)].join(' '));
  }
  return foldText(name);
}

/** The shorter names a full name may go by: without a leading country or demonym, without a trailing "of …", or without its head word. */
function shortFormsOf(name: string): string[] {
  const words = name.split(/\s+/);
  const forms: string[] = [];
  for (let n = 1; n <= 2 && words.length - n >= 2; n++) {
    const lead = words.slice(0, n).join(' ');
    if (COUNTRY_NAMES.has(lead) || COUNTRY_DEMONYMS.has(lead)) forms.push(foldText(words.slice(n).join(' ')));
  }
  const of = words.indexOf('of');
  if (of >= 2) forms.push(foldText(words.slice(0, of).join(' ')));
  // "Halvern" for "Halvern Technologies", "the Telegraph" for the "Telegraph Group": the name without its head word,
  // when the head is a capital part of the name ("the Senate committee" is no "Senate") and what is left is a name of
  // its own, not a country or a nationality ("European Commission" is no "European"), nor an acronym, whose council
  // or committee is a body of its own ("the IAAF Council").
  const stem = words.slice(0, -1).join(' ');
  const last = words.at(-1)!;
  if (of < 0 && words.length >= 2 && /^\p{Lu}/u.test(last) && ORG_HEADS.has(foldText(last)) && !COUNTRY_NAMES.has(stem) && !COUNTRY_DEMONYMS.has(stem) && !/^[\p{Lu}\d&.-]+$/u.test(stem)) forms.push(foldText(stem));
  // "the Senate" in an article about the "Puerto Rico Senate", "Parliament" for the "Parliament of Iraq": the head word alone.
  // Only a noun for a kind of body: "The Times" is not the "Financial Times".
  const head = foldText(of >= 1 ? words[of - 1]! : words.at(-1)!);
  if (words.length >= 2 && (ORG_BODY_KINDS.has(head) || LOWER_CASE_BODIES.has(head) || head === 'senate')) forms.push(head);
  return forms;
}
