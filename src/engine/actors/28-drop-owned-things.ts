/**
 * Stage 28 of actors: a name the article writes right after a possessive whose owner is a time ("last year's Super
 * Bowl", "Saturday's Harbour Aid", "1947's Little Dorrit") or another person ("Jo Hale's Blue Lantern", "the director's … Ana Ruiz's Cold
 * River") names a thing that owner has — an event, a show, a painting, a film, a book — not a person: a time owns no
 * people, and a person's possessive before a bare name with no role is a work or an event of theirs. Only names taken
 * for people without roles are judged, and a mention that speaks, owns, has staff or is cited (`actsAsSomeone`) keeps
 * the name ("Jo Hale's Blue Lantern said" is not written of a painting), and so does one after a verb of saying ("said
 * Acme Mobile's Jane Porter": the owner is a body of two capitalised words taken for a person).
 */
import possessiveOwnersJson from '../lexicons/possessive-owners.json' with { type: 'json' };
import calendarWordsJson from '../lexicons/calendar-words.json' with { type: 'json' };
import type { Token, TokenizedParagraph } from './01-tokenize-text.ts';
import { type Mention, type ResolvedActors, mentionsByActor, withoutActors } from './06-resolve-mentions.ts';
import { actsAsSomeone } from './16-drop-venues.ts';
import { SPEECH_VERBS } from './load-lexicons.ts';

const TIME_OWNERS: ReadonlySet<string> = new Set([...possessiveOwnersJson.timeOwners, ...calendarWordsJson.classify]);

/**
 * The mention follows "'s" (or a plural's "'") whose owner is a word for a time, or the end of a mention of another
 * person.
 */
function isOwned(tokens: readonly Token[], mention: Mention, personEnds: ReadonlyMap<string, string>): boolean {
  const mark = tokens[mention.first - 1];
  if (mark?.lower !== "'s") return false;
  const owner = tokens[mention.first - 2];
  if (owner === undefined || !owner.word) return false;
  if (TIME_OWNERS.has(owner.lower) || /^(1[89]|20)\d\d$/.test(owner.text)) return true; // "1947's Little Dorrit": a year is a time
  const ownerActor = personEnds.get(`${mention.paragraph}:${mention.first - 2}`);
  return ownerActor !== undefined && ownerActor !== mention.actor;
}

/**
 * The mention comes after a verb of saying, past its owner's capitalised words and possessive ("said Acme Mobile's
 * Jane Porter"): whoever is owned there speaks, so the owner is a body taken for a person.
 */
function saidBy(tokens: readonly Token[], mention: Mention): boolean {
  let k = mention.first - 1;
  if (tokens[k]?.lower === "'s") {
    k--;
    while (tokens[k]?.word && tokens[k]!.cap) k--;
  }
  const verb = tokens[k];
  return verb !== undefined && verb.word && !verb.cap && SPEECH_VERBS.has(verb.lower);
}

/**
 * Removes every person without roles that the article once writes as owned by a time or by another person, and
 * that no mention lets act.
 *
 * @param paragraphs The article's tokenised paragraphs.
 * @param resolved The actors and mentions of the earlier stages.
 * @returns The same without the owned things.
 * @example
 * // "Crowds filled last year's Harbour Aid." → no person "Harbour Aid".
 * // "Jo Hale's Blue Lantern sold for £2m." → "Jo Hale" stays, no person "Blue Lantern".
 */
export function dropOwnedThings(paragraphs: readonly TokenizedParagraph[], resolved: ResolvedActors): ResolvedActors {
  const byIndex = new Map(paragraphs.map((p) => [p.index, p]));
  const at = (m: Mention): readonly Token[] => byIndex.get(m.paragraph)?.tokens ?? [];
  const mentionsOf = mentionsByActor(resolved);
  const personEnds = new Map(resolved.mentions.filter((m) => m.kind === 'person').map((m) => [`${m.paragraph}:${m.last}`, m.actor]));
  const dropped = new Set<string>();
  for (const actor of resolved.actors) {
    if (actor.kind !== 'person' || actor.roles.length > 0) continue;
    const mentions = mentionsOf.get(actor.id) ?? [];
    if (mentions.some((m) => m.via === 'name' && isOwned(at(m), m, personEnds)) && !mentions.some((m) => actsAsSomeone(at(m), m.first, m.last) || saidBy(at(m), m))) {
      dropped.add(actor.id);
    }
  }
  return dropped.size === 0 ? resolved : withoutActors(resolved, dropped);
}
