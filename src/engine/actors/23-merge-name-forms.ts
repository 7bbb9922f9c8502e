/**
 * Stage 23 of actors: one organisation, whatever form of its name the article uses. Two organisations of the article
 * are one when one name is the other
 * - with "of" for "for" or a plural for a singular ("Institute of Fiscal Studies", "Defence Force");
 * - without a country in front ("Supreme Court" in an article about the "United States Supreme Court"), or without
 *   its first words when three or more are left ("Oversight and Reform Committee");
 * - without what follows "of" ("Congress" and "Congress of the Philippines");
 * - without a legal form or kind of club at its end ("Manchester City" and "Manchester City Football Club").
 * Nothing is merged where two organisations fit ("Social Democratic Party" and "Christian Democratic Party" for
 * "Democratic Party"); the longer name stays the display name.
 */
import type { Actor } from '../schema.ts';
import type { ResolvedActors } from './06-resolve-mentions.ts';
import { mergeActors } from './22-merge-initialisms.ts';
import { COUNTRY_DEMONYMS, COUNTRY_NAMES } from './load-lexicons.ts';
import suffixesJson from '../lexicons/organization-suffixes.json' with { type: 'json' };
import { foldText } from '../text/fold-text.ts';

/** Legal forms and kinds of club that a later mention may leave off. */
const SUFFIXES: readonly string[][] = suffixesJson.suffixes.map((s) => foldText(s).split(/\s+/));

/** The folded words of a name without a leading "the", "for" read as "of". */
function rawWords(name: string): string[] {
  return foldText(name).replace(/^the\s+/, '').split(/\s+/).map((w) => (w === 'for' ? 'of' : w));
}

/** The same with a final plural "s" dropped ("Defence Forces" → "defence force"). */
function normalWords(name: string): string[] {
  const words = rawWords(name);
  const last = words.at(-1)!;
  if (words.length > 1 && last.length > 3 && last.endsWith('s') && !last.endsWith('ss')) words[words.length - 1] = last.slice(0, -1);
  return words;
}

/** Whether words (original case) name a country or its people ("United States", "U.S.", "Scottish"). */
function isCountryWords(words: readonly string[]): boolean {
  const text = words.join(' ');
  return COUNTRY_NAMES.has(text) || COUNTRY_DEMONYMS.has(text);
}

/**
 * Whether `short` is a shorter form of the organisation named `long`, as listed above.
 *
 * @param short A name.
 * @param long A longer name.
 * @example
 * isShortFormOf('Supreme Court', 'United States Supreme Court') // => true
 * isShortFormOf('Democratic Party', 'Christian Democratic Party') // => false
 */
export function isShortFormOf(short: string, long: string): boolean {
  return isShortForm(nameForms(short), nameForms(long));
}

/** A name's folded words as the comparison reads them, worked out once per name. */
interface NameForms {
  name: string;
  raw: string[];
  rawKey: string;
  normalKey: string;
}

function nameForms(name: string): NameForms {
  const raw = rawWords(name);
  return { name, raw, rawKey: raw.join(' '), normalKey: normalWords(name).join(' ') };
}

function isShortForm(short: NameForms, long: NameForms): boolean {
  if (short.normalKey === long.normalKey) return true;
  const s = short.raw;
  const l = long.raw;
  if (s.length >= l.length) return false;
  const tail = l.slice(l.length - s.length).join(' ') === short.rawKey;
  if (tail) {
    if (s.length >= 3) return true;
    const head = long.name.replace(/^the\s+/i, '').split(/\s+/).slice(0, l.length - s.length);
    return isCountryWords(head);
  }
  if (l.slice(0, s.length).join(' ') !== short.rawKey) return false;
  const rest = l.slice(s.length);
  if (rest[0] === 'of') return true;
  return SUFFIXES.some((suffix) => suffix.join(' ') === rest.join(' '));
}

/**
 * Merges each organisation into the one other organisation of the article whose name it shortens.
 *
 * @param resolved The actors and mentions of the earlier stages.
 * @returns The same, with the shorter forms merged into the longer names.
 * @example
 * // "The Congress of the Philippines … Congress voted …" → one actor "Congress of the Philippines", alias "Congress".
 */
export function mergeNameForms(resolved: ResolvedActors): ResolvedActors {
  const orgs = resolved.actors.filter((a) => a.kind === 'organization');
  if (orgs.length < 2) return resolved;
  const into = new Map<string, Actor>();
  // Each name's words are worked out once: every organisation is compared with every other.
  const forms = new Map(orgs.map((o) => [o, nameForms(o.name)]));
  for (const short of orgs) {
    const shortForms = forms.get(short)!;
    const longer = orgs.filter((o) => o !== short && !into.has(o.id) && forms.get(o)!.raw.length >= shortForms.raw.length && isShortForm(shortForms, forms.get(o)!));
    // Two names of the same words ("Defence Forces", "Defence Force"): the first stays.
    const same = longer.filter((o) => forms.get(o)!.raw.length === shortForms.raw.length);
    if (same.length > 0 && orgs.indexOf(same[0]!) > orgs.indexOf(short)) continue;
    if (longer.length === 1 && ![...into.values()].includes(short)) into.set(short.id, longer[0]!);
  }
  return mergeActors(resolved, into);
}
