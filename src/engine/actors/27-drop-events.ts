/**
 * Stage 27 of actors: a name the article writes as an edition of a recurring event — after a determiner and an
 * ordinal, in words or figures, or a year ("the 2005 Consumer Electronics Show", "this second Olympiad", "the third
 * Riverside Film Festival", "the 14th Harlow Lecture"), or owned by last, this or next year ("last year's Home Gadget
 * Expo") — or as a storm, right after a word for one ("Typhoon Phanfone", "Tropical Storm Chantal"), or opened by a
 * word for an operation ("Operation Sea Lion"), names an event, not an actor: the show, contest, storm or operation is
 * what happens in the story. Its other mentions ("Phanfone damaged homes")
 * are the same event. An edition whose mentions never speak, own, have staff or are cited (`actsAsSomeone`) is
 * removed (a festival whose organisers speak stays); a storm is removed unless a mention is followed by a verb of
 * saying ("Storm X said": a person named Storm), since storms "continue" and have winds of their own; an operation is
 * removed unless a mention acts. A name ending in a word for a held day, show or contest ("Tax Day", "Harbour Motor
 * Show"), written once right after a cue that sets it as a time or a place ("ahead of Tax Day", "at the Harbour Motor
 * Show") and ending its noun phrase there, is the event as well, unless a mention acts.
 */
import eventMarkersJson from '../lexicons/event-markers.json' with { type: 'json' };
import type { Actor } from '../schema.ts';
import type { Token, TokenizedParagraph } from './01-tokenize-text.ts';
import { type Mention, type ResolvedActors, mentionsByActor, withoutActors } from './06-resolve-mentions.ts';
import { actsAsSomeone } from './16-drop-venues.ts';
import { foldText } from '../text/fold-text.ts';

const EDITION_WORDS: ReadonlySet<string> = new Set(eventMarkersJson.editionWords);
const EDITION_DETERMINERS: ReadonlySet<string> = new Set(eventMarkersJson.editionDeterminers);
const EDITION_ADJECTIVES: ReadonlySet<string> = new Set(eventMarkersJson.editionAdjectives);
const RELATIVE_YEAR_WORDS: ReadonlySet<string> = new Set(eventMarkersJson.relativeYearWords);
const STORM_WORDS: ReadonlySet<string> = new Set(eventMarkersJson.stormWords);
const OPERATION_WORDS: ReadonlySet<string> = new Set(eventMarkersJson.operationWords);
const SPEAKING_VERBS: ReadonlySet<string> = new Set(eventMarkersJson.speakingVerbs);
const PHRASE_ENDS: ReadonlySet<string> = new Set(eventMarkersJson.phraseEnds);
const HELD_EVENT_HEADS: ReadonlySet<string> = new Set(eventMarkersJson.heldEventHeads);
const HELD_EVENT_CUES: readonly string[][] = eventMarkersJson.heldEventCues.map((cue) => cue.split(' '));
/** How many adjectives ("international", "annual") may stand between the edition and the name. */
const MAX_BETWEEN = 2;

/** A year: four digits from 1800 to 2099 ("2005"), or a season ("2019-20"). */
function isYear(token: Token | undefined): boolean {
  return token !== undefined && /^(1[89]|20)\d\d(-\d\d)?$/.test(token.text);
}

/**
 * An ordinal written in figures ("14th", "2nd", "101st"). Read only before a name taken for a person: before a body's
 * name it counts terms or units of the body ("the 116th Congress", "the 82nd Airborne Division").
 */
function isNumericOrdinal(token: Token): boolean {
  return /^\d+(st|nd|rd|th)$/.test(token.lower);
}

/**
 * The mention follows a determiner and an ordinal (in figures only when `figures`) or a year, past at most two
 * adjectives ("the 2005 X", "this second international X"), or follows "last year's", "this year's" or "next year's",
 * and ends its noun phrase ("the 2005 X in Dallas", not "the 2020 X season").
 */
function isEdition(tokens: readonly Token[], first: number, last: number, figures: boolean): boolean {
  const next = tokens[last + 1];
  if (next !== undefined && next.word && !PHRASE_ENDS.has(next.lower)) return false;
  let k = first - 1;
  // "the annual X": an adjective that is itself an edition word, right after the determiner, is the edition.
  for (let n = 0; n < MAX_BETWEEN && EDITION_ADJECTIVES.has(tokens[k]?.lower ?? '') && !(EDITION_WORDS.has(tokens[k]!.lower) && EDITION_DETERMINERS.has(tokens[k - 1]?.lower ?? '')); n++) k--;
  if (isOwnedByRelativeYear(tokens, k)) return true;
  const edition = tokens[k];
  if (edition === undefined || !(isYear(edition) || (figures && isNumericOrdinal(edition)) || (edition.word && !edition.cap && EDITION_WORDS.has(edition.lower)))) return false;
  return EDITION_DETERMINERS.has(tokens[k - 1]?.lower ?? '') || tokens[k - 1]?.lower === "'s";
}

/** "last year's", "this year's", "next year's" ends at `k`: a year owns what follows, an edition. */
function isOwnedByRelativeYear(tokens: readonly Token[], k: number): boolean {
  return tokens[k]?.lower === "'s" && tokens[k - 1]?.lower === 'year' && RELATIVE_YEAR_WORDS.has(tokens[k - 2]?.lower ?? '');
}

/**
 * The mention ends in a word for a held event ("Day", "Show") and its noun phrase, right after a cue that sets it as a
 * time or a place ("ahead of", "at the", "during the").
 *
 * @example
 * // "Filers rushed ahead of Flag Day, officials said." → true for the mention "Flag Day".
 * // "Doris Vale Day said she would stay." → false: no cue before it.
 */
export function isHeldEvent(tokens: readonly Token[], first: number, last: number): boolean {
  if (!HELD_EVENT_HEADS.has(tokens[last]?.lower ?? '')) return false;
  const next = tokens[last + 1];
  if (next !== undefined && next.word && !PHRASE_ENDS.has(next.lower)) return false;
  return HELD_EVENT_CUES.some((cue) => cue.every((w, j) => tokens[first - cue.length + j]?.lower === w));
}

/**
 * The article writes the name right after a word for a storm ("Typhoon X", "the hurricane X"), whether or not an
 * earlier stage kept that mention (a run holding "Typhoon" is no name of its own).
 */
function isStormName(storms: readonly StormWord[], actor: Actor): boolean {
  const words = foldText(actor.name).split(/\s+/);
  return storms.some(({ tokens, at }) => words.every((w, j) => tokens[at + 1 + j]?.lower === w));
}

/** Where a word for a storm stands: its paragraph's tokens and its index there. */
interface StormWord {
  tokens: readonly Token[];
  at: number;
}

/** Every word for a storm of the article, in text order: found once, then matched against each actor's name. */
function findStormWords(paragraphs: readonly TokenizedParagraph[]): StormWord[] {
  const storms: StormWord[] = [];
  for (const { tokens } of paragraphs) for (let at = 0; at < tokens.length; at++) if (STORM_WORDS.has(tokens[at]!.lower)) storms.push({ tokens, at });
  return storms;
}

/** A person's name of two words or more opened by a word for an operation ("Operation Sea Lion"): no given name is one. */
function isOperationName(actor: Actor): boolean {
  const words = foldText(actor.name).split(/\s+/);
  return actor.kind === 'person' && words.length > 1 && OPERATION_WORDS.has(words[0]!);
}

/** The mention is followed by a verb of saying ("X said"), past an appositive between commas. */
function speaks(tokens: readonly Token[], last: number): boolean {
  let k = last + 1;
  if (tokens[k]?.text === ',') {
    const close = tokens.findIndex((t, i) => i > k && i <= k + 8 && t.text === ',');
    if (close > 0) k = close + 1;
  }
  return SPEAKING_VERBS.has(tokens[k]?.lower ?? '');
}

/**
 * A body's name, or a person's that is no full name with a role ("President Jane Doe"): the only kinds an event is
 * mistaken for ("Olympiad" may take a role from "Student Olympiad").
 */
function mayBeEvent(actor: Actor): boolean {
  if (actor.kind === 'organization') return true;
  return actor.kind === 'person' && (actor.roles.length === 0 || !actor.name.includes(' '));
}

/**
 * Removes every person or body the article once writes as an edition of an event or as a storm and never lets act.
 *
 * @param paragraphs The article's tokenised paragraphs.
 * @param resolved The actors and mentions of the earlier stages.
 * @returns The same without the events.
 * @example
 * // "Typhoon Kamara hit the coast. Kamara destroyed homes." → no actor "Kamara".
 * // "Organisers of the third Riverside Film Festival said it would go ahead." → the festival stays.
 */
export function dropEvents(paragraphs: readonly TokenizedParagraph[], resolved: ResolvedActors): ResolvedActors {
  const byIndex = new Map(paragraphs.map((p) => [p.index, p]));
  const at = (m: Mention): readonly Token[] => byIndex.get(m.paragraph)?.tokens ?? [];
  const mentionsOf = mentionsByActor(resolved);
  const storms = findStormWords(paragraphs);
  const dropped = new Set<string>();
  for (const actor of resolved.actors) {
    const mentions = mentionsOf.get(actor.id) ?? [];
    const held = mentions.some((m) => isHeldEvent(at(m), m.first, m.last));
    // A held event may be misread as a person with a role ("ahead of Tax Day, President X…" lends Tax Day the role).
    if (!mayBeEvent(actor) && !(held && actor.kind === 'person')) continue;
    if (isOperationName(actor)) {
      if (!mentions.some((m) => actsAsSomeone(at(m), m.first, m.last))) dropped.add(actor.id);
    } else if (isStormName(storms, actor)) {
      if (!mentions.some((m) => speaks(at(m), m.last))) dropped.add(actor.id);
    } else if ((held || mentions.some((m) => isEdition(at(m), m.first, m.last, actor.kind === 'person'))) && !mentions.some((m) => actsAsSomeone(at(m), m.first, m.last))) {
      dropped.add(actor.id);
    }
  }
  return dropped.size === 0 ? resolved : withoutActors(resolved, dropped);
}
