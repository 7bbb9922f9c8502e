/**
 * Stage 16 of actors: a name ending in a word for a hall, venue or place of worship ("Bontddu Hall", "the Riverside
 * Arena") that the article puts after a locative preposition ("stayed at Bontddu Hall") and never lets speak, own
 * something or have staff is a place, not a person or a body; so is a street, square or hill ("on Capitol Hill",
 * "missing from Wall Street", "in Tiananmen Square"). The same head words end people's names ("Stuart Hall")
 * and bodies' ("the Carter Center said"), so the head alone decides nothing.
 */
import type { Actor } from '../schema.ts';
import type { Token, TokenizedParagraph } from './01-tokenize-text.ts';
import { type Mention, type ResolvedActors, withoutActors, mentionsByActor } from './06-resolve-mentions.ts';
import { ANONYMOUS_HEADS, PLACE_PREPOSITIONS, SPEECH_VERBS, STAFF_NOUNS, STREET_HEADS, STREET_PREPOSITIONS, TITLE_HEAD_WORDS, VENUE_BODY_WORDS, VENUE_HEADS, VENUE_OPENERS } from './load-lexicons.ts';
import betweenSubjectAndVerbJson from '../lexicons/between-subject-and-verb.json' with { type: 'json' };
import { foldText } from '../text/fold-text.ts';

/** Prepositions between a noun for staff and the place they work for or at. */
const STAFF_LINKS: ReadonlySet<string> = new Set(['of', 'for', 'at']);
const AUXILIARIES: ReadonlySet<string> = new Set(betweenSubjectAndVerbJson.determinedName);

/** A lower-case noun for people who work somewhere ("researchers", "spokesman", "director"). */
function isStaffWord(token: Token | undefined): boolean {
  return token !== undefined && token.word && (STAFF_NOUNS.has(token.lower) || ANONYMOUS_HEADS.has(token.lower) || TITLE_HEAD_WORDS.has(token.lower));
}

/**
 * The mention comes after "at" or a place preposition (past "the" and another place before "or"), or for a street
 * after "on", "from" …, not led by a noun for staff ("researchers at").
 */
function isSetting(tokens: readonly Token[], first: number, street = false): boolean {
  let k = first - 1;
  if (tokens[k]?.lower === 'the') k--;
  // "at Gateshead's Sage Centre": the town that owns the venue's name comes between.
  if (tokens[k]?.lower === "'s" && tokens[k - 1]?.cap === true) {
    k -= 2;
    while (tokens[k]?.word && tokens[k]!.cap && k > first - 6) k--;
    if (tokens[k]?.lower === 'the') k--; // "at the University's Brodie Hall"
  }
  if (tokens[k]?.lower === 'or' || tokens[k]?.lower === 'and') {
    // "at Ibrox or the Kelvin Exhibition Centre": the second of two places after one preposition.
    k--;
    while (tokens[k]?.cap && k > first - 8) k--;
    if (tokens[k]?.lower === 'the') k--;
  }
  const preposition = tokens[k];
  if (!preposition || (preposition.lower !== 'at' && !PLACE_PREPOSITIONS.has(preposition.lower) && !(street && STREET_PREPOSITIONS.has(preposition.lower)))) return false;
  return !isStaffWord(tokens[k - 1]);
}

/**
 * The mention speaks ("X said", "X, the venue's owner, said"), owns ("X's"), has staff ("an X spokesman", "engineers
 * at X") or is cited ("according to X"): an actor, whatever its head noun says.
 *
 * @example
 * actsAsSomeone(tokensOf('Wembley Stadium said it would reopen'), 0, 1) // => true
 * actsAsSomeone(tokensOf('The match at Wembley Stadium ended'), 3, 4) // => false
 */
export function actsAsSomeone(tokens: readonly Token[], first: number, last: number): boolean {
  const next = tokens[last + 1];
  if (next?.lower === "'s" || next?.lower === "'" || isStaffWord(next)) return true;
  let k = first - 1;
  if (tokens[k]?.lower === 'the') k--;
  if (tokens[k]?.lower === 'to' && tokens[k - 1]?.lower === 'according') return true;
  if (STAFF_LINKS.has(tokens[k]?.lower ?? '') && isStaffWord(tokens[k - 1])) return true; // "the director of X", "engineers at X"
  k = last + 1;
  if (tokens[k]?.text === ',') {
    const close = tokens.findIndex((t, i) => i > k && i <= k + 8 && t.text === ',');
    if (close > 0) k = close + 1;
  }
  while (tokens[k] && AUXILIARIES.has(tokens[k]!.lower)) k++;
  const verb = tokens[k];
  return verb !== undefined && verb.word && !verb.cap && SPEECH_VERBS.has(verb.lower);
}

/**
 * "Bontddu Hall", "the Stade de France", not "Baylor Medical Center" (a hospital, a body) nor a person with a role or
 * other names; the name without its head ("Belmarsh" of "Belmarsh Prison") is no other name.
 */
function isVenueName(actor: Actor): boolean {
  const words = foldText(actor.name).split(/\s+/);
  if (isStreetName(actor) && actor.aliases.every((a) => words.includes(foldText(a)))) return true;
  const venueWord = VENUE_HEADS.has(words.at(-1)!) || VENUE_OPENERS.has(words[0]!); // "Bontddu Hall", "Stade de France"
  return (actor.kind === 'person' || actor.kind === 'organization') && words.length > 1 && venueWord && !words.some((w) => VENUE_BODY_WORDS.has(w)) && actor.roles.length === 0 && actor.aliases.every((a) => isNameBeforeHead(a, words));
}

/** "Belmarsh" of "Belmarsh Prison": the venue's name without its head word, as in "held at Belmarsh prison". */
function isNameBeforeHead(alias: string, words: readonly string[]): boolean {
  return VENUE_HEADS.has(words.at(-1)!) && foldText(alias) === words.slice(0, -1).join(' ');
}

/** "Capitol Hill", "Tiananmen Square": a name without roles ending in a street's head word (its aliases may be one of its words, "Capitol"). */
function isStreetName(actor: Actor): boolean {
  const words = foldText(actor.name).split(/\s+/);
  return (actor.kind === 'person' || actor.kind === 'organization') && words.length > 1 && STREET_HEADS.has(words.at(-1)!) && actor.roles.length === 0;
}

/**
 * Removes every person or organisation without roles or other names whose name ends in a venue's head word, that the
 * article once places after "at", "in", "near" … (not after "researchers at" or "the director of"), and that no
 * mention shows speaking, owning something, having staff or being cited.
 *
 * @param paragraphs The article's tokenised paragraphs.
 * @param resolved The actors and mentions of the earlier stages.
 * @returns The same without the venues.
 * @example
 * // "The wedding was held at Glenmore Hall. Glenmore Hall reopened in May." → no person "Glenmore Hall".
 */
export function dropVenues(paragraphs: readonly TokenizedParagraph[], resolved: ResolvedActors): ResolvedActors {
  const venues = resolved.actors.filter(isVenueName);
  if (venues.length === 0) return resolved;
  const byIndex = new Map(paragraphs.map((p) => [p.index, p]));
  const mentionsOf = mentionsByActor(resolved);
  const dropped = new Set<string>();
  for (const venue of venues) {
    const mentions = mentionsOf.get(venue.id) ?? [];
    const at = (m: Mention): readonly Token[] => byIndex.get(m.paragraph)?.tokens ?? [];
    const street = isStreetName(venue);
    // "Nathan Lane … Lane said": another actor named by the last word is the person whose surname it is.
    if (street && resolved.actors.some((a) => a !== venue && [a.name, ...a.aliases].some((n) => foldText(n) === foldText(venue.name.split(/\s+/).at(-1)!)))) continue;
    if (mentions.some((m) => isSetting(at(m), m.first, street)) && !mentions.some((m) => actsAsSomeone(at(m), m.first, m.last))) dropped.add(venue.id);
  }
  if (dropped.size === 0) return resolved;
  return withoutActors(resolved, dropped);
}
