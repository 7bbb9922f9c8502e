/**
 * Stage 22 of actors: an organisation named by its initials ("the RCN said") is the organisation of the same article
 * whose name those initials spell ("the Royal College of Nursing"), with or without a bracketed introduction. One
 * actor, whatever form of its name the text uses: the full name stays the display name, the initials an alias.
 * When no organisation of the article spells them but the text writes exactly one capitalised name that does
 * and ends in a word for a body ("… of the 2020 Sunshine Coast Rugby Union season" then "the SCRU match"), that
 * name becomes the display name;
 * a name the earlier stages read as a person's that the initials spell ("Electronic Arts" and "EA") is the body's, also
 * with the one title the earlier stages split off it ("General Electric" read as a general named Electric, and "GE");
 * when that name ends in a word for a law, a product, an event or a building ("the Digital Millennium Copyright
 * Act (DMCA)", "the Automatic Identification System (AIS)"), the initials name a thing and are no actor; so do initials
 * bracketed right after such a name even when they do not spell it ("the Alaska Lands Act (ANILCA)", "a Memorandum of
 * Understanding (MOU)").
 */
import type { Actor } from '../schema.ts';
import type { TokenizedParagraph } from './01-tokenize-text.ts';
import { type ResolvedActors, withoutActors } from './06-resolve-mentions.ts';
import { BUILDING_HEADS, EVENT_HEADS, LAW_HEADS, ORG_HEADS, PRODUCT_HEADS } from './load-lexicons.ts';
import { foldText } from '../text/fold-text.ts';
import skippedJson from '../lexicons/initialism-skipped-words.json' with { type: 'json' };

/** Connectives an organisation's initials may skip or keep. */
const SKIPPED: ReadonlySet<string> = new Set(skippedJson.words);

/** An initialism: two to six capitals, with dots between or none ("RCN", "U.N."). */
const INITIALISM = /^(?:\p{Lu}{2,6}|(?:\p{Lu}\.){2,6})$/u;

/** Kinds whose initials name the same kind of actor: a body, or a news outlet. */
const BODY_KINDS: ReadonlySet<string> = new Set(['organization', 'outlet']);

/**
 * The initials a name's words may give: capitalised words only, and every word ("Ministry of Health" → MH, MOH).
 * A word of capitals alone ("UK Border Agency") gives all its letters; a hyphenated word its first letter.
 *
 * @param words The words of a name.
 * @example
 * initialsOfWords(['Ministry', 'of', 'Health']) // => ['MH', 'MOH']
 */
export function initialsOfWords(words: readonly string[]): string[] {
  let heads = '';
  let all = '';
  for (const w of words) {
    const initial = /^\p{Lu}{2,}$/u.test(w) ? w : w.charAt(0).toUpperCase();
    all += initial;
    if (!SKIPPED.has(w.toLowerCase())) heads += initial;
  }
  return heads === all ? [heads] : [heads, all];
}

/** Whether a name is made of two or more words, each capitalised or a connective, starting and ending capitalised. */
function isSpellableName(words: readonly string[]): boolean {
  return words.length >= 2 && /^\p{Lu}/u.test(words[0]!) && /^\p{Lu}/u.test(words.at(-1)!) && words.every((w) => /^\p{Lu}/u.test(w) || SKIPPED.has(w.toLowerCase()));
}

/** The letters of an initialism ("U.N." → "UN"). */
const lettersOf = (name: string): string => name.replace(/\./g, '');

/**
 * The capitalised names of the text whose initials are `letters`: every stretch of capitalised words (with
 * connectives inside) outside quotations, of at least as many words as the initials have letters, distinct.
 * Each stretch is read word by word as {@link isSpellableName} and {@link initialsOfWords} read a whole name, its
 * tests and initials carried from one word to the next (reading every prefix again cost 1–2% of `processArticle`,
 * round 39); a stretch whose initials without connectives outgrow `letters` can spell them no more.
 */
function spellingsInText(paragraphs: readonly TokenizedParagraph[], letters: string): Set<string> {
  const found = new Set<string>();
  for (const p of paragraphs) {
    const t = p.tokens;
    for (let i = 0; i < t.length; i++) {
      if (!t[i]!.word || !t[i]!.cap || t[i]!.quote >= 0 || t[i]!.text.charAt(0).toUpperCase() !== letters[0]) continue;
      const spelling = { count: 0, firstCapital: false, allFit: true, heads: '', all: '' };
      for (let j = i; j < t.length && j - i < letters.length * 2 + 2 && spelling.heads.length <= letters.length; j++) {
        const tok = t[j]!;
        if (!tok.word || tok.quote >= 0 || tok.sentence !== t[i]!.sentence || !(tok.cap || SKIPPED.has(tok.lower))) break;
        const capital = addWord(spelling, tok.text);
        if (tok.cap && spelling.count >= 2 && spelling.firstCapital && capital && spelling.allFit && (spelling.heads === letters || spelling.all === letters)) found.add(p.text.slice(t[i]!.start, tok.end));
      }
    }
  }
  return found;
}

/** What {@link isSpellableName} and {@link initialsOfWords} read of the words of a name so far. */
interface Spelling {
  count: number;
  firstCapital: boolean;
  allFit: boolean;
  heads: string;
  all: string;
}

/** Adds a word to a name read so far; true when the word opens with a capital (as {@link isSpellableName} tests). */
function addWord(spelling: Spelling, w: string): boolean {
  const capital = /^\p{Lu}/u.test(w);
  const skipped = SKIPPED.has(w.toLowerCase());
  if (spelling.count === 0) spelling.firstCapital = capital;
  spelling.count++;
  if (!capital && !skipped) spelling.allFit = false;
  const initial = /^\p{Lu}{2,}$/u.test(w) ? w : w.charAt(0).toUpperCase();
  spelling.all += initial;
  if (!skipped) spelling.heads += initial;
  return capital;
}

/**
 * Merges each organisation (or outlet) named by an initialism into the one organisation (or outlet) of the article
 * whose name or alias those initials spell; or, when none does and the initialism has three letters or more, names
 * it by the one capitalised name of the text that they spell. Nothing changes where two names fit.
 *
 * @param paragraphs The tokenised paragraphs (for names the text writes but no stage made an actor of).
 * @param resolved The actors and mentions of the earlier stages.
 * @returns The same, with the initialisms merged or named.
 * @example
 * // "The Royal College of Nursing warned … The RCN said …" → one actor "Royal College of Nursing", alias "RCN".
 */
export function mergeInitialisms(paragraphs: readonly TokenizedParagraph[], resolved: ResolvedActors): ResolvedActors {
  const short = resolved.actors.filter((a) => BODY_KINDS.has(a.kind) && INITIALISM.test(a.name));
  if (short.length === 0) return resolved;
  const into = new Map<string, Actor>();
  const things = new Set<string>();
  for (const s of short) {
    const letters = lettersOf(s.name);
    const owners = resolved.actors.filter(
      (a) => a !== s && a.kind === s.kind && !INITIALISM.test(a.name) && [a.name, ...a.aliases].some((n) => {
        const words = n.replace(/^the\s+/i, '').split(/\s+/);
        return isSpellableName(words) && initialsOfWords(words).includes(letters);
      }),
    );
    if (owners.length === 1) {
      if (!into.has(owners[0]!.id)) into.set(s.id, owners[0]!);
      continue;
    }
    if (owners.length > 1) continue;
    // "Deutsche Boerse … DB", "Electronic Arts … EA": a name read as a person's that the body's initials spell is the body.
    const people = resolved.actors.filter((a) => a.kind === 'person' && a.roles.length === 0 && !into.has(a.id) && isSpellableName(a.name.split(/\s+/)) && initialsOfWords(a.name.split(/\s+/)).includes(letters));
    if (people.length === 1 && s.kind === 'organization') {
      s.aliases = [s.name, ...s.aliases.filter((n) => n !== s.name)];
      s.name = people[0]!.name;
      into.set(people[0]!.id, s);
      continue;
    }
    // "General Electric … GE": a one-word "surname" whose one title the text writes right before it spells the
    // initials with it; the title and the word are the body's name.
    // Not initials the text numbers ("EO 14409" after "Executive Order"): a numbered document's.
    const titled = people.length === 0 && s.kind === 'organization' && !numberedInText(paragraphs, s.name) ? titledNamesSpelling(paragraphs, resolved.actors, into, letters) : [];
    if (titled.length === 1) {
      const [person, full] = titled[0]!;
      s.aliases = [s.name, ...s.aliases.filter((n) => n !== s.name)];
      s.name = full;
      into.set(person.id, s);
      continue;
    }
    // "the Alaska Lands Act (ANILCA)": initials bracketed after the name of a law or a document name it, spelled or not.
    const expansions = bracketedExpansions(paragraphs, s.name);
    if (expansions.length > 0 && expansions.every(isThingName) && s.aliases.every((n) => INITIALISM.test(n))) {
      things.add(s.id);
      continue;
    }
    if (letters.length < 3 || s.aliases.some((n) => !INITIALISM.test(n))) continue;
    const spellings = spellingsInText(paragraphs, letters);
    if (spellings.size !== 1) continue;
    const full = [...spellings][0]!;
    if (resolved.actors.some((a) => a !== s && [a.name, ...a.aliases].includes(full))) continue;
    if (isThingName(full)) {
      things.add(s.id);
      continue;
    }
    // "Internet Relay Chat": a name with no word for a body at its end may name anything; only a body's name is given.
    if (!ORG_HEADS.has(foldText(full.split(/\s+/).at(-1)!))) continue;
    s.aliases = [s.name, ...s.aliases.filter((n) => n !== s.name)];
    s.name = full;
  }
  const merged = mergeActors(resolved, into);
  return things.size === 0 ? merged : withoutActors(merged, things);
}

/**
 * The people named by one word and one capitalised title ("Electric", title "General") whose title and name, written
 * together in the text outside quotes ("General Electric"), spell `letters`; with that full name.
 */
function titledNamesSpelling(paragraphs: readonly TokenizedParagraph[], actors: readonly Actor[], into: ReadonlyMap<string, Actor>, letters: string): [Actor, string][] {
  const found: [Actor, string][] = [];
  for (const a of actors) {
    if (a.kind !== 'person' || into.has(a.id) || a.roles.length !== 1 || /\s/u.test(a.name) || !/^\p{Lu}\p{Ll}+$/u.test(a.roles[0]!)) continue;
    const full = `${a.roles[0]!} ${a.name}`;
    if (!initialsOfWords([a.roles[0]!, a.name]).includes(letters)) continue;
    const written = paragraphs.some((p) => p.tokens.some((t, i) => t.quote < 0 && t.text === a.roles[0] && p.tokens[i + 1]?.text === a.name));
    if (written) found.push([a, full]);
  }
  return found;
}

/** The text writes a number right after the initials somewhere ("EO 14409", "HB 1557"). */
function numberedInText(paragraphs: readonly TokenizedParagraph[], initials: string): boolean {
  return paragraphs.some((p) => p.tokens.some((t, i) => t.text === initials && /^\d/u.test(p.tokens[i + 1]?.text ?? '')));
}

/**
 * Merges each actor whose id is a key of `into` into the actor it maps to: names and aliases become aliases, roles and
 * mentions move; the actor merged into keeps its name and kind.
 *
 * @param resolved The actors and mentions.
 * @param into Which actor (by id) goes into which.
 * @example
 * mergeActors({ actors: [rcn, college], mentions }, new Map([[rcn.id, college]])).actors // => [college] (alias "RCN")
 */
export function mergeActors(resolved: ResolvedActors, into: ReadonlyMap<string, Actor>): ResolvedActors {
  if (into.size === 0) return resolved;
  for (const [id, to] of into) {
    const from = resolved.actors.find((a) => a.id === id)!;
    for (const alias of [from.name, ...from.aliases]) if (alias !== to.name && !to.aliases.includes(alias)) to.aliases.push(alias);
    for (const role of from.roles) if (!to.roles.includes(role)) to.roles.push(role);
    to.mentions = [...to.mentions, ...from.mentions].sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  }
  for (const m of resolved.mentions) {
    const to = into.get(m.actor);
    if (to) {
      m.actor = to.id;
      m.kind = to.kind;
    }
  }
  return { actors: resolved.actors.filter((a) => !into.has(a.id)), mentions: resolved.mentions };
}

/**
 * A name that ends in a word for a law, a product, an event or a building ("Digital Millennium Copyright Act"), with
 * no word for a body before it ("Selective Service System" is an agency).
 */
function isThingName(name: string): boolean {
  const words = name.split(/\s+/).map(foldText);
  const last = words.at(-1)!;
  // "Memorandum of Understanding", "Treaty of Rome": the word before the first "of" heads the name.
  const of = words.indexOf('of');
  if (of > 0 && !words.slice(0, of).some((w) => ORG_HEADS.has(w)) && LAW_HEADS.has(words[of - 1]!)) return true;
  if (words.slice(0, -1).some((w) => ORG_HEADS.has(w))) return false;
  return LAW_HEADS.has(last) || PRODUCT_HEADS.has(last) || EVENT_HEADS.has(last) || BUILDING_HEADS.has(last);
}

/**
 * The capitalised names the text writes right before the initialism in brackets ("the Clean Water Act (CWA)"): the
 * run of capitalised words and connectives ending at "(", in one sentence, in the same quotation or outside one.
 */
function bracketedExpansions(paragraphs: readonly TokenizedParagraph[], initials: string): string[] {
  const found: string[] = [];
  for (const p of paragraphs) {
    const t = p.tokens;
    for (let i = 1; i + 2 < t.length; i++) {
      if (t[i]!.text !== '(' || t[i + 1]!.text !== initials || t[i + 2]!.text !== ')') continue;
      let k = i - 1;
      while (k >= 0 && t[k]!.word && t[k]!.quote === t[i]!.quote && t[k]!.sentence === t[i]!.sentence && (t[k]!.cap || SKIPPED.has(t[k]!.lower))) k--;
      let first = k + 1;
      while (first < i && !t[first]!.cap) first++;
      if (first < i) found.push(p.text.slice(t[first]!.start, t[i - 1]!.end));
    }
  }
  return found;
}
