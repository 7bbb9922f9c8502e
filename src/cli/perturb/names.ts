/**
 * Rewrite `names` of `npm run perturb`: every person of an article's key gets another name, from a pool of varied
 * origin (src/cli/perturb/name-pool.ts), everywhere the text names them — the full name ("Richard Parsons", "Richard
 * D. Parsons"), the surname alone or after a title ("Parsons", "Mr Parsons", "Prime Minister Parsons"), the
 * possessive ("Parsons's"), a given name the key lists as an alias — and in the key the same way (actor names and
 * aliases, speakers, quote texts, so a name inside a quotation changes in the text and the key alike). Who said
 * what stays; only the names change, so an engine that finds people by how the text writes about them (titles,
 * speech verbs, appositions, a surname repeated from a full name) gives the same speakers.
 *
 * The choice is seeded by the file name; a person written "Mr X" (or Sir, Lord) gets a man's name, "Ms/Mrs/Miss X"
 * (or Lady, Dame) a woman's, otherwise the pronouns near the name decide. People sharing a surname keep sharing one.
 * A pool name already in the text is skipped; a name of the key that does not look like a personal name ("@handle",
 * "Duke of Berwik") is left alone.
 */
import type { ExpectedArticle } from '../score-quotes.ts';
import { seededRandom } from '../bench/generate-articles.ts';
import { hashOf } from './join-paragraphs.ts';
import { NAME_POOL, type PoolName } from './name-pool.ts';

/** Lower-case particles a personal name may hold ("Lucía de la Cruz", "Abdullah bin Hamad"). */
const PARTICLES = new Set(['de', 'del', 'della', 'di', 'da', 'do', 'van', 'von', 'der', 'den', 'des', 'al', 'el', 'bin', 'bint', 'ibn', 'le', 'la', 'du', 'dos', 'das', 'ter', 'ten', 'abu', 'y', 'e', 'zu']);
/** Titles and role words that stand right before a name ("Mr Parsons", "Prime Minister Parsons", "Coach Parsons"). */
const TITLE_WORDS = 'Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Lord|Lady|President|Premier|Prime|Minister|Chancellor|Senator|Sen|Rep|Representative|Congressman|Congresswoman|Governor|Gov|Mayor|Judge|Justice|General|Gen|Colonel|Col|Captain|Capt|Lieutenant|Lt|Major|Maj|Sergeant|Sgt|Inspector|Detective|Det|Officer|Constable|PC|Superintendent|Supt|Chief|Coach|Commissioner|Secretary|Ambassador|Bishop|Archbishop|Cardinal|Father|Rev|Reverend|Rabbi|Imam|Sheikh|King|Queen|Prince|Princess|Pope|Councillor|Cllr|Speaker|Deputy|Vice|Dean|Director|Chairman|Chairwoman|Admiral|Marshal|Agent|Nurse|Doctor|Dean|Saint|St';
const TITLE = new RegExp(`^(?:${TITLE_WORDS})\\.?$`);
const AFTER_TITLE = new RegExp(`\\b(?:${TITLE_WORDS})\\.? $`);
const MALE_TITLE = /^(?:Mr|Sir|Lord|King|Prince|Father|Congressman|Chairman)$/;
const FEMALE_TITLE = /^(?:Mrs|Ms|Miss|Lady|Dame|Queen|Princess|Congresswoman|Chairwoman)$/;
/** Surnames that are also month and day names: alone they are read as the date ("in May"), so only full forms and forms after a title change. */
const CALENDAR = new Set(['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);

const LEFT = "(?<![\\p{L}\\p{N}'’-])";
const RIGHT = "(?![\\p{L}\\p{N}]|-\\p{Lu}|['’](?!s(?![\\p{L}]))\\p{L})";
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const NAME_TOKEN = /^(?:\p{Lu}[\p{L}'’.-]*|\p{Lu}\.)$/u;

/** How the key writes one person, read into the parts the rewrite needs. */
export interface PersonName {
  /** The key's display name. */
  name: string;
  /** Given names and middle names, as the key writes them. */
  given: string[];
  /** The surname, possibly several words ("El Guerrouj", "de la Cruz"); the only name of a one-word name. */
  surname: string;
  /** Written surname first ("Xi Jinping"). */
  familyFirst: boolean;
  /** Given names the key lists as aliases on their own ("Tony"). */
  givenAliases: string[];
  /** Shorter forms of the surname the key lists ("Katatny" of "El Katatny"), renamed as the surname is. */
  shortSurnames: string[];
}

const stripTitles = (tokens: string[]): string[] => {
  let i = 0;
  while (i < tokens.length - 1 && TITLE.test(tokens[i]!)) i++;
  return tokens.slice(i);
};

/**
 * The parts of a person's name, from the key's name and aliases and the text, or null when the name does not look
 * like a personal name (a handle, "Duke of Berwik", a lower-case description).
 *
 * @example
 * personName('Hicham El Guerrouj', ['El Guerrouj', 'Guerrouj'], '') // => { name: 'Hicham El Guerrouj', given: ['Hicham'], surname: 'El Guerrouj', familyFirst: false, givenAliases: [], shortSurnames: ['Guerrouj'] }
 * personName('Xi Jinping', ['Xi', 'President Xi'], '')!.familyFirst // => true
 */
export function personName(name: string, aliases: readonly string[], text: string): PersonName | null {
  const tokens = stripTitles(name.trim().split(/\s+/));
  if (tokens.length > 5 || !NAME_TOKEN.test(tokens[0]!) || !tokens.every((t) => NAME_TOKEN.test(t) || PARTICLES.has(t))) return null;
  if (!NAME_TOKEN.test(tokens.at(-1)!)) return null;
  const stripped = aliases.map((a) => stripTitles(a.trim().split(/\s+/)));
  const isSuffix = (a: string[]) => a.length < tokens.length && a.every((t, i) => t === tokens[tokens.length - a.length + i]);
  const suffixes = stripped.filter(isSuffix).sort((a, b) => b.length - a.length);
  let surnameTokens: string[];
  let familyFirst = false;
  if (tokens.length === 1) surnameTokens = tokens;
  else if (suffixes.length) surnameTokens = suffixes[0]!;
  else if (stripped.some((a) => a.length === 1 && a[0] === tokens[0]) && new RegExp(`(?:^|\\s)(?:${[...'Mr Mrs Ms Miss Dr President Premier Minister General'.split(' ')].join('|')})\\.? ${escape(tokens[0]!)}(?! ${escape(tokens[1]!)})${RIGHT}`, 'u').test(text + '\n' + aliases.join('\n'))) {
    surnameTokens = [tokens[0]!];
    familyFirst = true;
  } else {
    let start = tokens.length - 1;
    while (start > 1 && PARTICLES.has(tokens[start - 1]!)) start--;
    surnameTokens = tokens.slice(start);
  }
  const given = familyFirst ? tokens.slice(1) : tokens.slice(0, tokens.length - surnameTokens.length);
  if (given.some((t) => PARTICLES.has(t))) return null;
  const givenAliases = stripped.filter((a) => a.length >= 1 && a.every((t) => given.includes(t)) && a.length < tokens.length).map((a) => a.join(' '));
  const shortSurnames = stripped.filter((a) => a.length < surnameTokens.length && a.every((t, i) => t === surnameTokens[surnameTokens.length - a.length + i])).map((a) => a.join(' '));
  return { name, given, surname: surnameTokens.join(' '), familyFirst, givenAliases: [...new Set(givenAliases)], shortSurnames: [...new Set(shortSurnames)] };
}

/** Whether a position of a string opens a sentence, a line or a quotation. */
function opensSentence(text: string, at: number): boolean {
  return /(?:^|\n|[.!?:;]["”’)]*\s+|["“‘(]\s*)$/.test(text.slice(Math.max(0, at - 12), at)) || at === 0;
}

/**
 * Whether a bare surname or given name at [start, end) names the person: not right after a capitalised word that is
 * no title nor a day or month ("on Tuesday Roe met" is Roe; mid-sentence: "Gordon Brown" is someone else when the key's person is Chris Brown; "Town Hall"), and not
 * right before a capitalised word ("Parsons Corp").
 */
function bareNameFits(text: string, start: number, end: number): boolean {
  const before = /(\p{Lu}[\p{L}.'’-]*) $/u.exec(text.slice(Math.max(0, start - 40), start));
  // A word ending in a full stop that is no title or initial ends the sentence before ("Namse Bangdzod. Smith told").
  const endsSentence = before !== null && before[1]!.endsWith('.') && !/^\p{Lu}\.$/u.test(before[1]!);
  if (before && !endsSentence && !TITLE.test(before[1]!) && !CALENDAR.has(before[1]!) && !opensSentence(text, start - before[0].length)) return false;
  if (/^ \p{Lu}/u.test(text.slice(end, end + 2)) && !/^ (?:I|A)\b/.test(text.slice(end, end + 3))) return false;
  return true;
}

/** One person's replacement: the person's parts and the pool name given to them. */
interface Replacement {
  person: PersonName;
  full: string;
  surname: string;
  given: string;
  /** Bare forms that must not change because another actor of the key is named so ("Washington"). */
  blocked: Set<string>;
}

/**
 * Every person's mentions in a string replaced, longest first and without overlap.
 *
 * @param s A text or a string of the key.
 * @param capitalise Upper-case a lower-case surname ("de la Cruz") that opens a sentence (for the text, not the key).
 */
function replaceNames(s: string, replacements: readonly Replacement[], capitalise: boolean): string {
  const found: { start: number; end: number; to: string }[] = [];
  for (const r of replacements) {
    const { person } = r;
    const S = escape(person.surname);
    const givenAlt = person.given.map(escape).join('|');
    if (person.given.length) {
      const full = person.familyFirst
        ? new RegExp(`${LEFT}${S}\\s+${person.given.map(escape).join('\\s+')}${RIGHT}`, 'gu')
        : new RegExp(`${LEFT}(?:${givenAlt}|\\p{Lu}\\.)(?:\\s+(?:${givenAlt}|\\p{Lu}\\.|\\p{Lu}\\p{Ll}+)){0,2}\\s+${S}${RIGHT}`, 'gu');
      for (const m of s.matchAll(full)) {
        const first = m[0].split(/\s+/)[0]!;
        if (!person.familyFirst && !person.given.includes(first) && first !== `${person.given[0]![0]}.`) continue;
        if (/^ \p{Lu}\p{Ll}/u.test(s.slice(m.index + m[0].length, m.index + m[0].length + 3))) continue; // "the Doris Day Animal Foundation": a name inside another name stays
        found.push({ start: m.index, end: m.index + m[0].length, to: r.full });
      }
    }
    for (const surname of [person.surname, ...person.shortSurnames]) {
      if (r.blocked.has(surname)) continue;
      for (const m of s.matchAll(new RegExp(`${LEFT}${escape(surname)}${RIGHT}`, 'gu'))) {
        if (CALENDAR.has(surname) && !AFTER_TITLE.test(s.slice(Math.max(0, m.index - 30), m.index))) continue; // "in May"; "Mrs May" changes
        if (bareNameFits(s, m.index, m.index + m[0].length)) found.push({ start: m.index, end: m.index + m[0].length, to: r.surname });
      }
    }
    for (const g of person.givenAliases) {
      if (r.blocked.has(g) || CALENDAR.has(g)) continue;
      for (const m of s.matchAll(new RegExp(`${LEFT}${escape(g)}${RIGHT}`, 'gu'))) {
        if (bareNameFits(s, m.index, m.index + m[0].length)) found.push({ start: m.index, end: m.index + m[0].length, to: r.given });
      }
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let at = 0;
  for (const f of found) {
    if (f.start < at) continue;
    const to = capitalise && /^\p{Ll}/u.test(f.to) && opensSentence(s, f.start) ? f.to[0]!.toUpperCase() + f.to.slice(1) : f.to;
    out += s.slice(at, f.start) + to;
    at = f.end;
  }
  return out + s.slice(at);
}

/** The gender the text gives a person: by a title before the surname, else by the pronouns of the sentences naming them. */
function genderOf(person: PersonName, text: string, aliases: readonly string[]): 'f' | 'm' | undefined {
  const S = escape(person.surname);
  const titled = new RegExp(`(?:^|[^\\p{L}])(\\p{Lu}\\p{L}*)\\.? (?:(?:${[...person.given.map(escape), '\\p{Lu}\\.'].join('|')}) )*${S}${RIGHT}`, 'gu');
  let male = 0;
  let female = 0;
  for (const m of (text + '\n' + aliases.join('\n')).matchAll(titled)) {
    if (MALE_TITLE.test(m[1]!)) male++;
    if (FEMALE_TITLE.test(m[1]!)) female++;
  }
  if (male !== female) return male > female ? 'm' : 'f';
  // The first pronoun after each mention, in its sentence or the next ("Ann Roe, the barrister, told the court her client …").
  // The full name first: relatives share the surname ("Martin Okafor's wife, Grace Okafor, … she left").
  let he = 0;
  let she = 0;
  const fullName = person.familyFirst ? [person.surname, ...person.given] : [...person.given, person.surname];
  for (const form of [fullName.map(escape).join('\\s+'), S]) {
    for (const m of text.matchAll(new RegExp(`${LEFT}${form}${RIGHT}`, 'gu'))) {
      const after = text.slice(m.index + m[0].length).split(/(?<=[.!?]["”]?)\s+/).slice(0, 2).join(' ');
      const pronoun = /\b(?:(he|his|him|He|His|Him)|(she|her|She|Her))\b/.exec(after);
      if (pronoun?.[1]) he++;
      else if (pronoun?.[2]) she++;
    }
    if (he !== she) break;
  }
  return he === she ? undefined : he > she ? 'm' : 'f';
}

/** A title right before a name: "President Bush", "Mr Roe". */
const TITLED = (name: string) => new RegExp(`(?:^|[^\\p{L}])(?:${TITLE_WORDS})\\.? ${escape(name)}${RIGHT}`, 'u');

/**
 * The article with every person of its key renamed, and its key rewritten the same way.
 *
 * @param text The article.
 * @param fileName Its file name, the seed.
 * @param key Its answer key.
 * @param pool The names to give (the name pool; a test passes its own).
 * @example
 * renamePeople('Title\n\n“No,” said Ann Roe. Mr Roe left.', 'a.txt', { style: 's', actors: [{ name: 'Ann Roe', kind: 'person' }], quotes: [{ text: 'No,', speaker: 'Ann Roe' }] }, [{ given: 'Kofi', surname: 'Boateng', gender: 'm' }]).text
 * // => 'Title\n\n“No,” said Kofi Boateng. Mr Boateng left.'
 */
export function renamePeople(text: string, fileName: string, key: ExpectedArticle, pool: readonly PoolName[] = NAME_POOL): { text: string; key: ExpectedArticle } {
  const random = seededRandom(hashOf(fileName));
  const order = [...pool];
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const words = new Set(text.toLowerCase().match(/\p{L}+/gu) ?? []);
  const fresh = (p: PoolName) => [p.given ?? '', p.surname].join(' ').toLowerCase().match(/\p{L}+/gu)!.every((w) => w.length < 3 || PARTICLES.has(w) || !words.has(w));
  const others = new Set(key.actors.filter((a) => a.kind !== 'person').flatMap((a) => [a.name, ...(a.aliases ?? [])]).map((n) => n.replace(/^the /i, '')));
  const used = new Set<PoolName>();
  const surnames = new Map<string, PoolName>();
  const replacements: Replacement[] = [];
  for (const actor of key.actors) {
    if (actor.kind !== 'person') continue;
    const person = personName(actor.name, actor.aliases ?? [], text);
    if (!person || replacements.some((r) => r.person.name === person.name)) continue;
    const gender = genderOf(person, text, actor.aliases ?? []);
    const pick = order.find((p) => !used.has(p) && fresh(p) && (!gender || p.gender === gender)) ?? order.find((p) => !used.has(p) && fresh(p));
    if (!pick) continue;
    used.add(pick);
    const family = surnames.get(person.surname) ?? pick;
    surnames.set(person.surname, family);
    const given = pick.given ?? pick.surname;
    const full = !pick.given || !family.given ? family.surname : family.familyFirst ? `${family.surname} ${given}` : `${given} ${family.surname}`;
    // A one-word name of the key: a surname when a title stands before it ("President Bush"), else a given name ("Brodie").
    const single = TITLED(person.surname).test(text + '\n' + (actor.aliases ?? []).join('\n')) ? family.surname : given;
    replacements.push({ person, full: person.given.length ? full : single, surname: person.given.length ? family.surname : single, given, blocked: new Set([...person.given, person.surname].filter((n) => others.has(n))) });
  }
  const inKey = (s: string) => replaceNames(s, replacements, false);
  const byName = new Map(replacements.map((r) => [r.person.name, r.full]));
  const rewrittenKey: ExpectedArticle = {
    ...key,
    actors: key.actors.map((a) => ({ ...a, name: byName.get(a.name) ?? inKey(a.name), ...(a.aliases ? { aliases: a.aliases.map(inKey) } : {}) })),
    quotes: key.quotes.map((q) => ({
      ...q,
      text: inKey(q.text),
      speaker: q.speaker === null ? null : (byName.get(q.speaker) ?? inKey(q.speaker)),
      ...(q.alt ? { alt: q.alt.map(inKey) } : {}),
    })),
    ...(key.not_actors ? { not_actors: key.not_actors.map(inKey) } : {}),
    ...(key.not_quotes ? { not_quotes: key.not_quotes.map(inKey) } : {}),
  };
  return { text: replaceNames(text, replacements, true), key: rewrittenKey };
}
