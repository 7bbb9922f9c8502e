/**
 * Stage 36 of actors: a name introduced by a noun for a made or abstract thing and a naming word ("a technology called
 * Visual Radio", "a format known as Open Feed", "a new device dubbed Sky Pad") names that thing, not someone who acts:
 * people are introduced the same way only after nouns for people ("a man called Ann Roe"), which are not in the list.
 * Only people and bodies without roles are judged, and a mention that speaks, owns, has staff or is cited
 * (`actsAsSomeone`) keeps the name.
 */
import thingTitleSignalsJson from '../lexicons/thing-title-signals.json' with { type: 'json' };
import type { Actor } from '../schema.ts';
import type { Token, TokenizedParagraph } from './01-tokenize-text.ts';
import type { ResolvedActors } from './06-resolve-mentions.ts';
import { actsAsSomeone } from './16-drop-venues.ts';
import { dropActorsWhere } from './drop-actors-where.ts';

/** Nouns for things that introduce their name ("technology", "format", "disease"). */
const THING_NOUNS: ReadonlySet<string> = new Set(thingTitleSignalsJson.namedThingNouns);
/** "called", "dubbed", "named", "known as". */
const NAMING_WORDS: ReadonlySet<string> = new Set(thingTitleSignalsJson.namingWords);
/** How many lower-case words may stand between the noun and the naming word ("a technology now widely known as"). */
const GAP_WORDS = 2;

/** The mention at `first` follows a naming word that follows, within two lower-case words, a noun for a thing. */
function namedAsThing(tokens: readonly Token[], first: number): boolean {
  let k = first - 1;
  if (tokens[k]?.lower === 'as' && NAMING_WORDS.has(`${tokens[k - 1]?.lower} as`)) k -= 2;
  else if (NAMING_WORDS.has(tokens[k]?.lower ?? '')) k--;
  else return false;
  for (let n = 0; n <= GAP_WORDS; n++, k--) {
    const t = tokens[k];
    if (t === undefined || !t.word || t.cap) return false;
    if (THING_NOUNS.has(t.lower)) return true;
  }
  return false;
}

/** A person or body without roles. */
const isBareName = (actor: Actor): boolean => (actor.kind === 'person' || actor.kind === 'organization') && actor.roles.length === 0;

/**
 * Removes every person or body without roles that some mention introduces as the name of a thing ("a technology
 * called Visual Radio") and no mention lets act.
 *
 * @param paragraphs The article's tokenised paragraphs.
 * @param resolved The actors and mentions of the earlier stages.
 * @returns The same without the named things.
 * @example
 * // "Nokia is testing a technology called Sky Pad." → "Nokia" stays, no actor "Sky Pad".
 */
export function dropNamedThings(paragraphs: readonly TokenizedParagraph[], resolved: ResolvedActors): ResolvedActors {
  return dropActorsWhere(paragraphs, resolved, isBareName, (_actor, { mentions, tokensOf }) =>
    mentions.some((m) => namedAsThing(tokensOf(m), m.first)) && !mentions.some((m) => actsAsSomeone(tokensOf(m), m.first, m.last)));
}
